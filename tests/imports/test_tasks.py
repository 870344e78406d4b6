from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import time_machine

from flexpool.core.models import TaskProgress
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.imports import tasks
from flexpool.matching import services as matching
from flexpool.matching import tasks as matching_tasks
from flexpool.pool.models import PoolMember
from tests import builders

DATA = Path(__file__).parent / "data"
HEADER = "naam;werkgever;email;contracturen;woongemeente;competenties"


def members_text(count: int) -> str:
    rows = [f"Fictief Taaklid {n:02d};Gemeente Assen;;24;GM0106;projectleiding:3" for n in range(count)]
    return "\n".join([HEADER, *rows])


def test_import_task_records_progress_and_result(
    pool, coordinator, django_capture_on_commit_callbacks, monkeypatch
):
    seen = []
    original = tasks.progress.advance
    monkeypatch.setattr(
        tasks.progress,
        "advance",
        lambda pid, fraction, message="": (seen.append(fraction), original(pid, fraction, message)),
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        row = tasks.start_import("members", pool, coordinator, members_text(30))
        assert TaskProgress.objects.get(pk=row.pk).status == TaskProgress.Status.QUEUED
    assert len(callbacks) == 1
    row.refresh_from_db()
    assert row.status == TaskProgress.Status.DONE
    assert row.result == {"created": 30}
    assert row.fraction == 1.0 and row.kind == "import.members" and row.owner == coordinator
    assert "30 poolleden" in row.message
    assert PoolMember.objects.count() == 30
    # One update for the first row and one per 10% of the rows, in each of the two phases.
    assert len(seen) == 22
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_import_task_reports_errors_and_imports_nothing(
    pool, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        row = tasks.start_import("members", pool, coordinator, (DATA / "members_one_bad_row.csv").read_text())
    row.refresh_from_db()
    assert row.status == TaskProgress.Status.FAILED
    assert row.result == {
        "errors": [{"row": 4, "column": "woongemeente", "message": "onbekende CBS-code 'GM9999'"}]
    }
    assert not PoolMember.objects.exists()


def test_import_task_refuses_someone_who_is_not_coordinator(pool, assen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        row = tasks.start_import("requests", pool, assen, "x")
    row.refresh_from_db()
    assert row.status == TaskProgress.Status.FAILED
    assert row.result["errors"][0]["row"] is None


def test_requests_import_task(pool, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        row = tasks.start_import("requests", pool, coordinator, (DATA / "requests_good.csv").read_text())
    row.refresh_from_db()
    assert row.result == {"created": 4}


def test_task_is_only_enqueued_on_commit(pool, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        row = tasks.start_import("members", pool, coordinator, members_text(1))
    assert len(callbacks) == 1
    row.refresh_from_db()
    assert row.status == TaskProgress.Status.QUEUED
    assert not PoolMember.objects.exists()


def test_unknown_kind_is_refused(pool, coordinator):
    with pytest.raises(ValueError):
        tasks.start_import("hours", pool, coordinator, "")


def test_start_due_assignments_task(pool, coordinator, assen, member):
    request = builders.make_request(pool, assen, start=date(2026, 3, 2))
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    [assignment] = matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    matching.accept_proposal(actor=assen, request=request)
    matching.confirm_assignment(actor=member.user, assignment=assignment, today=date(2026, 2, 1))
    request.refresh_from_db()
    assert request.status == RequestStatus.ACCEPTED
    with time_machine.travel(date(2026, 3, 2), tick=False):
        result = matching_tasks.start_due_assignments_task.enqueue()
    assert result.return_value == {"started": 1}
    request.refresh_from_db()
    assert request.status == RequestStatus.RUNNING


def test_start_due_assignments_command_starts_confirmed_requests(pool, coordinator, assen, member):
    from datetime import date
    from decimal import Decimal
    from io import StringIO

    from django.core.management import call_command

    from flexpool.demand import services as demand_services
    from flexpool.demand.lifecycle import RequestAction, RequestStatus
    from flexpool.matching import services as matching
    from tests import builders

    request = builders.make_request(pool, assen, start=date(2026, 1, 5))
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    [assignment] = matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    matching.accept_proposal(actor=assen, request=request)
    matching.confirm_assignment(actor=member.user, assignment=assignment, today=date(2026, 1, 1))
    request.refresh_from_db()
    assert request.status == RequestStatus.ACCEPTED
    out = StringIO()
    call_command("start_due_assignments", stdout=out)
    request.refresh_from_db()
    assert request.status == RequestStatus.RUNNING
    assert out.getvalue().startswith("1 ")
