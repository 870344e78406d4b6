"""Small generated documents of every accepted type, plus broken and protected ones."""

from __future__ import annotations

import io
import zipfile

TEXT = "Haalbaarheidsstudie warmtenetten Kloosterveen: restwarmte voor 1.200 woningen."


def pdf(text: str = TEXT, *, password: str | None = None) -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    encrypt = pdfencrypt.StandardEncryption(password, ownerPassword="eigenaar") if password else None
    page = canvas.Canvas(buffer, encrypt=encrypt)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def docx(text: str = TEXT) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.add_heading("Studie", level=1)
    document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Isolatiemaatregelen"
    table.rows[0].cells[1].text = "kosten"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt(text: str = TEXT) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Studie"))
    document.text.addElement(P(text=text))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def encrypted_odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
            "</manifest:file-entry></manifest:manifest>",
        )
        package.writestr("content.xml", b"\x8f\x00garbled")
    return buffer.getvalue()


def markdown(text: str = TEXT) -> bytes:
    return f"# Studie\n\n**{text}**\n\n- [Bron](https://example.org/warmte)\n".encode()


def html(text: str = TEXT) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>x</title><style>.a{{}}</style>"
        f"<script>var geheim = 'scriptwoord';</script></head><body><h1>Studie</h1><p>{text}</p></body></html>"
    ).encode()


OLE_PROTECTED = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024


def heavy_docx(paragraphs: int = 200_000) -> bytes:
    """A small, valid DOCX whose document part is tens of MB of short paragraphs: within the
    package limits (50 MB unpacked, no part more than 100 times its packed size), but reading it
    takes many seconds and hundreds of MB of memory."""
    import zipfile

    body = "".join(
        f"<w:p><w:r><w:t>Warmtenet wijk {n} isolatie {n * 7919 % 100003}</w:t></w:r></w:p>"
        for n in range(paragraphs)
    )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx()), "r") as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                head, _sep, tail = data.decode().partition("<w:body>")
                data = (head + "<w:body>" + body + tail).encode()
            target.writestr(info.filename, data)
    return out.getvalue()
