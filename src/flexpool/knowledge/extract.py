"""Checking uploaded files and taking their text out: PDF, DOCX, ODT, Markdown and HTML.

The type is decided by the content, not only by the name: a ``.pdf`` must start like a PDF, a
``.docx`` must be an Office Open XML package with a Word document inside, an ``.odt`` an
OpenDocument text package, and Markdown or HTML must be readable text. A file that is damaged or
protected with a password gets a clear message; nothing is stored until every file has passed.
This module imports no Django.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser

from flexpool.core.files import LABELS, MAX_BYTES, OLE_MAGIC, detect  # noqa: F401  (used by tests too)

# DOCX/ODT are ZIP packages: "zip bombs" are refused from the sizes in the package's directory,
# before anything is unpacked. Real documents unpack to a few MB; their text parts compress about
# 5-10 times, so a part that unpacks to more than 100 times its packed size is no document.
MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_RATIO = 100
MAX_PAGES = 500  # PDF pages, counted before the text is taken out
EXTENSIONS = {
    "pdf": "pdf",
    "docx": "docx",
    "odt": "odt",
    "md": "md",
    "markdown": "md",
    "html": "html",
    "htm": "html",
}


class ExtractionError(ValueError):
    """A file that cannot be accepted; the message is shown to the user as is (Dutch)."""


@dataclass(frozen=True)
class Extracted:
    name: str
    file_type: str
    size: int
    sha256: str
    text: str
    data: bytes

    @property
    def empty(self) -> bool:
        return not self.text.strip()


def extract(name: str, data: bytes, *, max_bytes: int = MAX_BYTES) -> Extracted:
    """Check one file and return its text, or raise `ExtractionError` with the reason."""
    file_type = check(name, data, max_bytes=max_bytes)
    text = READERS[file_type](name, data)
    return Extracted(
        name=name,
        file_type=file_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        text=tidy(text),
        data=data,
    )


def check(name: str, data: bytes, *, max_bytes: int = MAX_BYTES) -> str:
    """The quick checks, done in the web request before a file is stored: size, type by content,
    the unpacked sizes from a package's directory, a PDF's page count and password. Nothing is
    unpacked or read; that happens in the background (`extract_child`). Returns the file type."""
    if len(data) > max_bytes:
        raise ExtractionError(
            f"{name}: het bestand is {len(data) / 1048576:.1f} MB; de grens is {max_bytes // 1048576} MB."
        )
    if not data:
        raise ExtractionError(f"{name}: het bestand is leeg.")
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    file_type = EXTENSIONS.get(extension)
    if file_type is None:
        allowed = ", ".join(sorted({f".{e}" for e in EXTENSIONS}))
        raise ExtractionError(f"{name}: dit soort bestand wordt niet aangenomen (toegestaan: {allowed}).")
    detected = detect(data)
    if detected == "ole" and file_type in {"docx", "odt"}:
        raise ExtractionError(
            f"{name}: het document is met een wachtwoord beveiligd (of het is een oud .doc-bestand). "
            "Sla het op zonder wachtwoord als .docx of .odt en probeer het opnieuw."
        )
    if detected == "broken-zip" and file_type in {"docx", "odt"}:
        raise ExtractionError(f"{name}: het bestand is beschadigd en kan niet worden gelezen.")
    if detected != file_type:
        found = LABELS.get(detected, "een ander soort bestand") if detected else "een onbekend soort bestand"
        raise ExtractionError(
            f"{name}: de inhoud past niet bij de extensie .{extension}: dit is {found}, "
            f"geen {LABELS[file_type]}."
        )
    if file_type in {"docx", "odt"}:
        package = _check_package(name, data, test=False)
        if file_type == "odt":
            _check_odt_password(name, package)
    elif file_type == "pdf":
        _check_pages(name, data)
    return file_type


def _check_package(name: str, data: bytes, *, test: bool = True) -> zipfile.ZipFile:
    """The package's directory against the limits; `test` also unpacks every part to check it."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
        unpacked = sum(info.file_size for info in infos)
        if unpacked > MAX_UNCOMPRESSED:
            raise ExtractionError(
                f"{name}: het document is uitgepakt {unpacked / 1048576:.0f} MB; "
                f"de grens is {MAX_UNCOMPRESSED // 1048576} MB."
            )
        for info in infos:
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ExtractionError(
                    f"{name}: het document bevat een onderdeel dat uitgepakt meer dan {MAX_RATIO} keer "
                    "zo groot wordt; zo'n bestand wordt niet aangenomen."
                )
        bad = package.testzip() if test else None
    except zipfile.BadZipFile as error:
        raise ExtractionError(f"{name}: het bestand is beschadigd en kan niet worden gelezen.") from error
    if bad is not None:
        raise ExtractionError(f"{name}: het bestand is beschadigd ({bad}).")
    return package


def read_pdf(name: str, data: bytes) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    _check_pages(name, data)
    try:
        return extract_text(io.BytesIO(data), maxpages=MAX_PAGES)
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise ExtractionError(
            f"{name}: de PDF is met een wachtwoord beveiligd. "
            "Sla hem op zonder wachtwoord en probeer het opnieuw."
        ) from error
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ExtractionError(f"{name}: de PDF is beschadigd en kan niet worden gelezen.") from error
    except Exception as error:  # pdfminer raises many kinds of errors on broken files
        if "password" in str(error).lower() or "encrypt" in type(error).__name__.lower():
            raise ExtractionError(f"{name}: de PDF is met een wachtwoord beveiligd.") from error
        raise ExtractionError(f"{name}: de PDF is beschadigd en kan niet worden gelezen.") from error


def _check_pages(name: str, data: bytes) -> None:
    """Count the pages from the PDF's page tree before any text is taken out."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    locked = False
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # An empty user password (only "permissions" set) opens it; pdfminer reads those.
            locked = not reader.decrypt("")
        pages = 0 if locked else len(reader.pages)
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
        NotImplementedError,
    ):
        return  # pdfminer gives the message for a damaged file
    if locked:
        raise ExtractionError(
            f"{name}: de PDF is met een wachtwoord beveiligd. "
            "Sla hem op zonder wachtwoord en probeer het opnieuw."
        )
    if pages > MAX_PAGES:
        raise ExtractionError(f"{name}: de PDF heeft {pages} pagina's; de grens is {MAX_PAGES}.")


def read_docx(name: str, data: bytes) -> str:
    import docx

    _check_package(name, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:
        raise ExtractionError(
            f"{name}: het Word-document is beschadigd en kan niet worden gelezen."
        ) from error
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def read_odt(name: str, data: bytes) -> str:
    package = _check_package(name, data)
    _check_odt_password(name, package)
    from odf import teletype
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except Exception as error:
        raise ExtractionError(
            f"{name}: het ODT-document is beschadigd en kan niet worden gelezen."
        ) from error
    lines: list[str] = []

    def walk(node) -> None:
        for child in node.childNodes:
            if getattr(child, "qname", (None, None))[1] in {"p", "h"}:
                lines.append(teletype.extractText(child))
            elif child.nodeType == child.ELEMENT_NODE:
                walk(child)

    walk(document.text)
    return "\n".join(lines)


def _check_odt_password(name: str, package: zipfile.ZipFile) -> None:
    try:
        manifest = package.read("META-INF/manifest.xml")
    except KeyError:
        manifest = b""
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ExtractionError(f"{name}: het bestand is beschadigd en kan niet worden gelezen.") from error
    if b"encryption-data" in manifest:
        raise ExtractionError(
            f"{name}: het document is met een wachtwoord beveiligd. "
            "Sla het op zonder wachtwoord en probeer het opnieuw."
        )


def read_markdown(name: str, data: bytes) -> str:
    source = _decode(name, data)
    source = re.sub(r"```.*?```", " ", source, flags=re.DOTALL)
    source = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", source)  # links and images: keep the text
    source = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+", "", source, flags=re.MULTILINE)
    source = re.sub(r"[*_`~]{1,3}", "", source)
    return source


class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def read_html(name: str, data: bytes) -> str:
    parser = _HTMLText()
    parser.feed(_decode(name, data))
    parser.close()
    return "".join(parser.parts)


def _decode(name: str, data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExtractionError(f"{name}: de tekst kan niet worden gelezen (onbekende tekenset).")


def tidy(value: str) -> str:
    value = value.replace("\x00", " ").replace("\xad", "")
    value = re.sub(r"[ \t\r\f\v]+", " ", value)
    return re.sub(r"\n\s*\n+", "\n\n", value).strip()


READERS = {"pdf": read_pdf, "docx": read_docx, "odt": read_odt, "md": read_markdown, "html": read_html}
