"""Uploaded files: what kind a file is by its content, and the size limit. Imports no Django.

`knowledge.extract` checks knowledge files with these; `agreements` checks agreement documents.
"""

from __future__ import annotations

import io
import re
import zipfile

import filetype

MAX_BYTES = 20 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, and every password-protected Office file
LABELS = {"pdf": "PDF", "docx": "Word (DOCX)", "odt": "OpenDocument (ODT)", "md": "Markdown", "html": "HTML"}


def detect(data: bytes) -> str | None:
    """The file type by content: pdf, docx, odt, html, md, ole, broken-zip, or None."""
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data[:1024].lstrip().startswith(b"%PDF-") or data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                names = set(package.namelist())
                if "mimetype" in names and package.read("mimetype").strip() in {
                    b"application/vnd.oasis.opendocument.text"
                }:
                    return "odt"
                if "word/document.xml" in names:
                    return "docx"
        except zipfile.BadZipFile:
            return "broken-zip"
        kind = filetype.guess(data)
        return kind.extension if kind else None
    kind = filetype.guess(data)
    if kind is not None:
        return kind.extension
    try:
        sample = data[:65536].decode("utf-8")
    except UnicodeDecodeError:
        # A cut in the middle of a multi-byte character at the end of the sample is fine.
        try:
            sample = data[:65532].decode("utf-8")
        except UnicodeDecodeError:
            return None
    if "\x00" in sample:
        return None
    if re.search(r"<\s*(!doctype\s+html|html|body|p|div|h[1-6])\b", sample[:4096], re.IGNORECASE):
        return "html"
    return "md"
