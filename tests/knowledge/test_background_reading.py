"""Uploaded files are read in a background task, in a child process with a time and memory limit.

These tests queue the task in the database (as production does) and run a real `db_worker`
batch, so the web request is seen doing only the quick checks.
"""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from flexpool.core.models import AuditRecord, TaskProgress
from flexpool.knowledge.models import KnowledgeFile, KnowledgeItem, Processing
from flexpool.knowledge.services import Upload
from tests.builders import client_for
from tests.knowledge import files
from tests.knowledge.helpers import make_item


@pytest.fixture
def queued(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.KNOWLEDGE_EXTRACT_SECONDS = 30
    settings.KNOWLEDGE_EXTRACT_MEMORY_MB = 512
    return settings


# The worker closes the connection that holds the test's transaction on PostgreSQL (as in
# tests/notifications/test_email.py); there these tests are skipped, on SQLite they run.
needs_worker = pytest.mark.skipif(
    connection.vendor == "postgresql",
    reason="the worker closes the connection that holds the test's transaction; on SQLite it runs",
)


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def upload_page(client, title: str, name: str, data: bytes):
    return client.post(
        reverse("knowledge-create"),
        {
            "title": title,
            "summary": "",
            "kind": "plan_van_aanpak",
            "phase": "uitvoering",
            "published_on": "2025-02-01",
            "visibility": "pool",
            "files": [SimpleUploadedFile(name, data)],
        },
    )


def found(user, words: str) -> str:
    client = client_for("u", {"u": user})
    return client.get(reverse("knowledge-search"), {"q": words}).content.decode()


@needs_worker
def test_a_docx_is_searchable_once_the_task_has_read_it(queued, pool, coordinator, assen):
    client = client_for("coordinator", {"coordinator": coordinator})
    response = upload_page(
        client, "Plan isolatie", "plan.docx", files.docx("Isolatiemaatregelen Kloosterveen.")
    )
    assert response.status_code == 302
    item = KnowledgeItem.objects.get(title="Plan isolatie")
    assert item.processing == Processing.PROCESSING
    assert item.files.get().read is False
    assert DBTaskResult.objects.filter(task_path__endswith="read_files_task").count() == 1
    page = client.get(reverse("knowledge-detail", args=[item.pk])).content.decode()
    assert "Wordt verwerkt." in page and "wordt gelezen" in page
    # Not in the list for others yet; the person who added it sees it with its label.
    assert (
        "Plan isolatie" not in client_for("a", {"a": assen}).get(reverse("knowledge-search")).content.decode()
    )
    assert "(wordt verwerkt)" in client.get(reverse("knowledge-search")).content.decode()

    run_worker()
    item.refresh_from_db()
    assert item.processing == Processing.READY and item.processing_note == ""
    assert "Kloosterveen" in item.files.get().extracted_text
    assert "<mark>Kloosterveen</mark>" in found(assen, "Kloosterveen")
    assert "Wordt verwerkt." not in client.get(reverse("knowledge-detail", args=[item.pk])).content.decode()
    assert AuditRecord.objects.filter(action="kennis.verwerkt", object_id=str(item.pk)).exists()
    assert TaskProgress.objects.get(kind="kennis.bestanden_lezen").status == TaskProgress.Status.DONE


@needs_worker
def test_a_file_that_takes_too_long_is_refused_and_the_request_returns_fast(queued, pool, coordinator, assen):
    queued.KNOWLEDGE_EXTRACT_SECONDS = 2
    heavy = files.heavy_docx(100_000)  # about 7 MB of paragraphs: reading takes several seconds
    client = client_for("coordinator", {"coordinator": coordinator})
    started = time.perf_counter()
    response = upload_page(client, "Zwaar document", "zwaar.docx", heavy)
    assert response.status_code == 302
    assert time.perf_counter() - started < 2  # only the quick checks ran in the request
    item = KnowledgeItem.objects.get(title="Zwaar document")
    assert item.processing == Processing.PROCESSING

    run_worker()
    item.refresh_from_db()
    assert item.processing == Processing.REFUSED
    assert item.processing_note == (
        "zwaar.docx: Het bestand kon niet worden gelezen: het uitpakken duurde langer dan 2 seconden."
    )
    page = client.get(reverse("knowledge-detail", args=[item.pk])).content.decode()
    assert "Geweigerd." in page and "het uitpakken duurde langer dan 2 seconden" in page
    assert not KnowledgeFile.objects.filter(item=item).exists()  # the refused file is not kept
    assert (
        "Zwaar document"
        not in client_for("a", {"a": assen}).get(reverse("knowledge-search")).content.decode()
    )
    assert AuditRecord.objects.filter(action="kennis.geweigerd", object_id=str(item.pk)).exists()


def test_a_file_that_needs_too_much_memory_is_refused(settings, pool, coordinator):
    settings.KNOWLEDGE_EXTRACT_MEMORY_MB = 20  # too little for the Word reader itself
    item = make_item(
        coordinator, pool, "Te weinig geheugen", summary="", uploads=[Upload("s.docx", files.docx())]
    )
    assert item.processing == Processing.REFUSED
    assert item.processing_note == (
        "s.docx: Het bestand kon niet worden gelezen: het uitpakken had meer dan 20 MB geheugen nodig."
    )


@needs_worker
def test_the_worker_goes_on_after_a_child_was_killed(queued, pool, coordinator):
    """The child reading the first file is killed at the time limit; the same worker run then
    reads the next item's file as usual."""
    queued.KNOWLEDGE_EXTRACT_SECONDS = 3
    slow = make_item(
        coordinator, pool, "Traag", summary="", uploads=[Upload("traag.docx", files.heavy_docx(150_000))]
    )
    normal = make_item(
        coordinator, pool, "Gewoon", summary="", uploads=[Upload("gewoon.md", files.markdown())]
    )
    assert DBTaskResult.objects.count() == 2
    run_worker()
    slow.refresh_from_db()
    normal.refresh_from_db()
    assert slow.processing == Processing.REFUSED and "langer dan 3 seconden" in slow.processing_note
    assert normal.processing == Processing.READY
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_text_without_files_is_still_indexed_at_once(queued, pool, coordinator, assen):
    item = make_item(coordinator, pool, "Alleen tekst", summary="Warmtenet Kloosterveen in het kort.")
    assert item.processing == Processing.READY
    assert not DBTaskResult.objects.exists()
    assert "<mark>Kloosterveen</mark>" in found(assen, "Kloosterveen")


@needs_worker
def test_the_api_shows_the_processing_state(queued, pool, coordinator):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(coordinator)
    response = client.post(
        "/api/v1/knowledge/items/",
        {"title": "Via de API", "kind": "onderzoek", "published_on": "2025-01-01",
         "files": [SimpleUploadedFile("s.odt", files.odt())]},
        format="multipart",
    )  # fmt: skip
    assert response.status_code == 201
    assert (response.json()["processing"], response.json()["processing_note"]) == ("verwerken", "")
    run_worker()
    item_id = response.json()["id"]
    assert client.get(f"/api/v1/knowledge/items/{item_id}/").json()["processing"] == "klaar"


def test_the_form_states_the_limits(settings, pool, coordinator):
    settings.KNOWLEDGE_EXTRACT_SECONDS = 30
    settings.KNOWLEDGE_EXTRACT_MEMORY_MB = 512
    page = client_for("c", {"c": coordinator}).get(reverse("knowledge-create")).content.decode()
    assert "hoogstens 30 seconden en 512 MB geheugen per bestand" in page


def test_running_the_task_again_changes_nothing(pool, coordinator):
    """A rerun of the task (after a worker died) for an item that is already read changes nothing."""
    from flexpool.knowledge.services import read_files

    item = make_item(coordinator, pool, "Klaar", summary="", uploads=[Upload("s.md", files.markdown())])
    assert item.processing == Processing.READY
    assert read_files(item_id=item.pk) == Processing.READY
    assert AuditRecord.objects.filter(action="kennis.verwerkt", object_id=str(item.pk)).count() == 1
