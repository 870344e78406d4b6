"""Two approvals of the same hours at once count once; two settlement runs at once settle once."""

import threading
from datetime import date

import pytest
from django.db import connection

from flexpool.core.errors import ValidationError
from flexpool.core.models import AuditRecord
from flexpool.hours import services
from flexpool.hours.models import HourEntry, Settlement, SettlementLine
from tests.hours.helpers import make_tariffs, running_assignment

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
TODAY = date(2026, 3, 10)


def race(*calls):
    barrier = threading.Barrier(len(calls))
    outcomes: list[str] = []

    def run(call):
        try:
            barrier.wait()
            call()
            outcomes.append("ok")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(outcomes)


def test_two_approvals_at_once_count_once(pool, coordinator, assen, member):
    make_tariffs(pool)
    assignment = running_assignment(pool, coordinator, assen, member)
    entry = services.write_hours(
        actor=member.user, assignment=assignment, week=date(2026, 1, 12), hours="16", today=TODAY
    )
    outcomes = race(
        lambda: services.approve_hours(actor=assen, entry=entry),
        lambda: services.approve_hours(actor=assen, entry=entry),
    )
    assert outcomes == ["ok", "refused"]
    assert AuditRecord.objects.filter(action="uren.goedgekeurd").count() == 1
    assert HourEntry.objects.get(pk=entry.pk).version == 2


def test_two_settlement_runs_at_once_settle_once(pool, coordinator, assen, member, finance):
    make_tariffs(pool)
    assignment = running_assignment(pool, coordinator, assen, member)
    entry = services.write_hours(
        actor=member.user, assignment=assignment, week=date(2026, 1, 12), hours="16", today=TODAY
    )
    services.approve_hours(actor=assen, entry=entry)
    period = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
    outcomes = race(
        lambda: services.settle_period(actor=finance, period=period, today=TODAY),
        lambda: services.settle_period(actor=finance, period=period, today=TODAY),
    )
    assert outcomes == ["ok", "ok"]
    assert Settlement.objects.count() == 1
    assert SettlementLine.objects.filter(municipality__code="GM0106").get().use_amount == 1728
    assert AuditRecord.objects.filter(action="verrekening.vastgesteld").count() == 1
