"""Uploads: text from every accepted type is indexed; bad files are refused with a clear message."""

import pytest
from django.core.files.storage import default_storage

from flexpool.core.errors import ValidationError
from flexpool.knowledge import extract
from flexpool.knowledge.models import KnowledgeFile, KnowledgeItem
from flexpool.knowledge.search import search_items
from flexpool.knowledge.services import Upload
from flexpool.knowledge.visibility import viewer_for
from tests.knowledge import files
from tests.knowledge.helpers import make_item

GOOD = {
    "studie.pdf": files.pdf,
    "studie.docx": files.docx,
    "studie.odt": files.odt,
    "studie.md": files.markdown,
    "studie.html": files.html,
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_text_is_extracted_from_every_type(name):
    result = extract.extract(name, GOOD[name]())
    assert "Kloosterveen" in result.text and "warmtenetten" in result.text
    assert result.file_type == name.rsplit(".", 1)[1]


def test_markdown_and_html_lose_their_markup():
    assert "**" not in extract.extract("a.md", files.markdown()).text
    text = extract.extract("a.html", files.html()).text
    assert "scriptwoord" not in text and "<p>" not in text


@pytest.mark.parametrize("name", sorted(GOOD))
def test_an_uploaded_file_is_indexed_and_found(name, pool, coordinator):
    item = make_item(coordinator, pool, "Bijlage", summary="", uploads=[Upload(name, GOOD[name]())])
    stored = item.files.get()
    assert stored.file_type == name.rsplit(".", 1)[1] and default_storage.exists(stored.file.name)
    hits = search_items(viewer=viewer_for(coordinator), text_query="warmtenet Kloosterveen").hits
    assert [h.item.pk for h in hits] == [item.pk]
    assert "<mark>Kloosterveen</mark>" in hits[0].snippet
    if name == "studie.docx":
        assert search_items(viewer=viewer_for(coordinator), text_query="isolatiemaatregel").hits


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("rapport.pdf", files.docx(), "de inhoud past niet bij de extensie .pdf"),
        ("rapport.docx", files.pdf(), "de inhoud past niet bij de extensie .docx"),
        ("rapport.odt", files.docx(), "de inhoud past niet bij de extensie .odt"),
        ("rapport.html", files.pdf(), "de inhoud past niet bij de extensie .html"),
        ("rapport.exe", b"MZ\x90\x00", "dit soort bestand wordt niet aangenomen"),
        ("rapport.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "de PDF is beschadigd"),
        ("rapport.pdf", files.pdf()[:300], "de PDF is beschadigd"),
        ("rapport.pdf", files.pdf(password="geheim"), "de PDF is met een wachtwoord beveiligd"),
        ("rapport.docx", files.OLE_PROTECTED, "met een wachtwoord beveiligd"),
        ("rapport.docx", files.docx()[:400], "beschadigd"),
        ("rapport.odt", files.encrypted_odt(), "met een wachtwoord beveiligd"),
        ("rapport.md", b"", "het bestand is leeg"),
        ("rapport.md", b"\xff\xfe\x00\x00binary\x00", "de inhoud past niet"),
    ],
)
def test_bad_files_get_a_clear_message(name, data, message):
    with pytest.raises(extract.ExtractionError) as error:
        extract.extract(name, data)
    assert message in str(error.value)
    assert str(error.value).startswith(name)


def test_size_limit():
    with pytest.raises(extract.ExtractionError, match="de grens is 1 MB"):
        extract.extract("groot.md", b"a" * (1024 * 1024 + 1), max_bytes=1024 * 1024)


def test_nothing_is_half_stored(pool, coordinator):
    before = set(_stored_files())
    with pytest.raises(ValidationError) as error:
        make_item(
            coordinator,
            pool,
            "Twee bestanden, één kapot",
            uploads=[Upload("goed.pdf", files.pdf()), Upload("kapot.pdf", files.pdf(password="x"))],
        )
    assert "kapot.pdf" in str(error.value.message_dict["files"])
    assert not KnowledgeItem.objects.exists() and not KnowledgeFile.objects.exists()
    assert set(_stored_files()) == before


def test_files_are_removed_when_storing_fails_midway(pool, coordinator, monkeypatch):
    from flexpool.knowledge import services

    before = set(_stored_files())

    def broken(*args, **kwargs):
        raise RuntimeError("schijf vol")

    # The last step after the files are stored: queueing the task that reads them.
    monkeypatch.setattr(services, "_queue_reading", broken)
    with pytest.raises(RuntimeError):
        make_item(coordinator, pool, "Halverwege", uploads=[Upload("goed.pdf", files.pdf())])
    assert not KnowledgeItem.objects.exists()
    assert set(_stored_files()) == before


def _stored_files():
    try:
        folders, _ = default_storage.listdir("kennis")
    except FileNotFoundError:
        return []
    return [
        f"{folder}/{name}" for folder in folders for name in default_storage.listdir(f"kennis/{folder}")[1]
    ]
