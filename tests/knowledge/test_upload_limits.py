"""Uploads are refused from their package directory and page tree, before any text is taken out."""

import io
import time
import zipfile

import pytest

from flexpool.knowledge.extract import MAX_PAGES, ExtractionError, extract
from tests.knowledge import files


def with_part(package: bytes, name: str, size: int) -> bytes:
    """The package with one more part of `size` zero bytes (compresses about 1000 times)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr(name, b"\0" * size)
    return out.getvalue()


@pytest.mark.parametrize("make, name", [(files.docx, "studie.docx"), (files.odt, "studie.odt")])
def test_a_zip_bomb_is_refused_without_unpacking(make, name):
    bomb = with_part(make(), "word/document2.xml", 185 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ExtractionError, match=r"uitgepakt 18\d MB; de grens is 50 MB"):
        extract(name, bomb)
    assert time.perf_counter() - started < 2


def test_a_part_that_unpacks_far_beyond_its_size_is_refused():
    with pytest.raises(ExtractionError, match="meer dan 100 keer"):
        extract("studie.docx", with_part(files.docx(), "word/media/leeg.bin", 8 * 1024 * 1024))


def test_too_many_pdf_pages_are_refused_before_reading():
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for n in range(MAX_PAGES + 1):
        page.drawString(72, 720, f"Pagina {n}")
        page.showPage()
    page.save()
    with pytest.raises(ExtractionError, match=f"{MAX_PAGES + 1} pagina's; de grens is {MAX_PAGES}"):
        extract("lang.pdf", buffer.getvalue())


def test_ordinary_documents_still_pass():
    assert "Kloosterveen" in extract("studie.docx", files.docx()).text
    assert "Kloosterveen" in extract("studie.pdf", files.pdf()).text
