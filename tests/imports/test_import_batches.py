"""Large request imports: checked first, written in short batches, still all or nothing.

See `imports.requests.import_requests` and docs/imports.md.
"""

import uuid

import pytest
from django.db import IntegrityError

from flexpool.core.models import AuditRecord, TaskProgress
from flexpool.demand import services as demand_services
from flexpool.demand.models import CapacityRequest, RequiredCompetence
from flexpool.imports.importers import ImportFailed, import_requests
from flexpool.imports.tasks import import_csv_task, start_import
from flexpool.knowledge.models import RequestIndex, TermStat
from flexpool.pool.models import Competence
from tests.builders import client_for

HEADER = (
    "gemeente;titel;omschrijving;uren_per_week;start;eind;prioriteit;bewonerscontact;"
    "verdeelbaar;competenties;indienen"
)


def row(n: int, competence: str = "projectleiding:2") -> str:
    return (
        f"GM0106;Warmtenet wijk {n};Uitwerking warmtenet wijk {n} met bewoners.;12;2027-02-01;"
        f"2027-06-25;normaal;nee;nee;{competence};ja"
    )


def nothing_written() -> bool:
    return not (
        CapacityRequest.objects.exists()
        or RequiredCompetence.objects.exists()
        or RequestIndex.objects.exists()
        or AuditRecord.objects.filter(action__startswith="vraag.")
        .exclude(action="vraag.import_teruggedraaid")
        .exists()
        or TermStat.objects.filter(index="request", df__gt=0).exists()
    )


def test_a_bad_last_row_is_named_and_nothing_is_written(pool, coordinator):
    lines = [HEADER, *(row(n) for n in range(250)), row(250).replace(";12;", ";veertig;")]
    with pytest.raises(ImportFailed) as excinfo:
        import_requests(pool, "\n".join(lines), coordinator, batch_size=20)
    [error] = excinfo.value.errors
    assert (error.row, error.column) == (252, "uren_per_week")
    assert str(error) == "Rij 252, kolom 'uren_per_week': 'veertig' is geen getal"
    assert nothing_written()


def test_many_rows_are_written_in_batches_and_all_become_visible(pool, coordinator):
    lines = [HEADER, *(row(n) for n in range(45))]
    phases = []
    result = import_requests(
        pool, "\n".join(lines), coordinator, batch_size=10, on_progress=lambda d, t, p: phases.append((p, d))
    )
    assert result.created == 45
    assert [d for p, d in phases if p == "importeren"] == [10, 20, 30, 40, 45]
    assert CapacityRequest.objects.filter(import_run__isnull=True).count() == 45
    assert RequestIndex.objects.count() == 45
    assert TermStat.objects.get(index="request", term="").df == 45
    assert TermStat.objects.get(index="request", term="warmtenet").df == 45
    response = client_for("c", {"c": coordinator}).get("/api/v1/requests/")
    assert response.json()["count"] == 45


@pytest.mark.django_db(transaction=True)
def test_a_failure_in_a_later_batch_leaves_nothing(pool, coordinator):
    """Batches 1 and 2 are committed; then someone deletes a competence the third batch needs, so
    its insert fails in the database. The earlier batches are removed again."""
    Competence.objects.create(code="tijdelijk", name="Tijdelijk", kind=Competence.Kind.PROCESS)
    lines = [HEADER, *(row(n) for n in range(20)), *(row(n, "tijdelijk:2") for n in range(20, 30))]

    def someone_deletes_the_competence(done: int, total: int, phase: str) -> None:
        if phase == "importeren" and done == 20:
            assert CapacityRequest.objects.count() == 20  # two batches committed, not yet visible
            Competence.objects.filter(code="tijdelijk").delete()

    with pytest.raises(IntegrityError):
        import_requests(
            pool, "\n".join(lines), coordinator, batch_size=10, on_progress=someone_deletes_the_competence
        )
    assert nothing_written()
    undone = AuditRecord.objects.get(action="vraag.import_teruggedraaid")
    assert undone.changes == {"verwijderd": 20} and undone.actor == coordinator


def test_rows_of_an_unfinished_import_are_hidden_and_a_rerun_removes_them(pool, coordinator, assen):
    """A worker died after writing a batch: nobody sees those rows, and the task's rerun (same
    progress id) removes them before importing the file once."""
    text = "\n".join([HEADER, *(row(n) for n in range(5))])
    progress = TaskProgress.objects.create(kind="import.requests", owner=coordinator)
    from flexpool.imports.csvfile import read_rows
    from flexpool.imports.requests import COLUMNS, _validate

    parsed = _validate(pool, read_rows(text, COLUMNS), None)
    demand_services.create_requests_in_bulk(
        actor=coordinator, pool=pool, new=parsed[:3], import_run=uuid.UUID(str(progress.pk))
    )
    assert CapacityRequest.objects.count() == 3
    for user in (coordinator, assen):
        assert client_for("u", {"u": user}).get("/api/v1/requests/").json()["count"] == 0
    outcome = import_csv_task.call(str(progress.pk), "requests", pool.pk, coordinator.pk, text)
    assert outcome == {"created": 5}
    assert CapacityRequest.objects.filter(import_run__isnull=True).count() == 5
    assert CapacityRequest.objects.count() == 5
    assert AuditRecord.objects.filter(action="vraag.aangemaakt").count() == 5
    progress.refresh_from_db()
    assert progress.status == TaskProgress.Status.DONE


def test_the_background_import_reports_done(pool, coordinator, django_capture_on_commit_callbacks):
    text = "\n".join([HEADER, *(row(n) for n in range(3))])
    with django_capture_on_commit_callbacks(execute=True):
        progress = start_import("requests", pool, coordinator, text)
    progress.refresh_from_db()
    assert progress.status == TaskProgress.Status.DONE
    assert progress.result == {"created": 3}


def test_a_nul_byte_is_still_refused_with_a_clear_message(pool, coordinator):
    text = "\n".join([HEADER, row(1), row(2).replace("wijk 2", "wijk\x002")])
    with pytest.raises(ImportFailed) as excinfo:
        import_requests(pool, text, coordinator)
    assert [str(e) for e in excinfo.value.errors] == [
        "Rij 3, kolom 'omschrijving': bevat een onzichtbaar NUL-teken; sla het bestand opnieuw op als CSV",
        "Rij 3, kolom 'titel': bevat een onzichtbaar NUL-teken; sla het bestand opnieuw op als CSV",
    ]
    assert nothing_written()
