"""Hours, approval, corrections and settlement through the services."""

from datetime import date
from decimal import Decimal

import pytest

from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.models import AuditRecord
from flexpool.hours import services
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import HourEntry, Settlement, SettlementItem, SettlementLine
from flexpool.pool.models import Membership
from tests import builders
from tests.hours.helpers import make_tariffs, running_assignment

TODAY = date(2026, 3, 10)
JAN_12 = date(2026, 1, 12)


@pytest.fixture
def assignment(pool, coordinator, assen, member):
    make_tariffs(pool)
    return running_assignment(pool, coordinator, assen, member)


def write(member, assignment, week, hours, **kw):
    return services.write_hours(
        actor=member.user, assignment=assignment, week=week, hours=hours, today=TODAY, **kw
    )


def message(error) -> str:
    return " ".join(error.value.messages)


def test_member_writes_and_contact_approves(assignment, member, assen):
    entry = write(member, assignment, JAN_12, "16")
    assert entry.status == HourStatus.SUBMITTED and entry.hours == Decimal("16.00")
    entry = services.approve_hours(actor=assen, entry=entry)
    assert entry.status == HourStatus.APPROVED
    actions = list(AuditRecord.objects.filter(object_type="hours.hourentry").values_list("action", flat=True))
    assert sorted(actions) == ["uren.goedgekeurd", "uren.ingediend"]


@pytest.mark.parametrize(
    "week,hours,field,text",
    [
        (JAN_12, "-1", "hours", "negatief"),
        (JAN_12, "168.01", "hours", "maximaal 168"),
        (date(2025, 12, 29), "8", "week", "buiten de inzet"),
        (date(2026, 7, 6), "8", "week", "buiten de inzet"),
        (date(2026, 3, 16), "8", "week", "nog niet begonnen"),
        (JAN_12, "acht", "hours", "Vul een getal in"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(assignment, member, week, hours, field, text):
    with pytest.raises(ValidationError) as error:
        write(member, assignment, week, hours)
    assert field in error.value.message_dict
    assert text in message(error)
    assert not HourEntry.objects.exists()


def test_partial_first_week_counts_only_its_days(pool, coordinator, assen, member):
    make_tariffs(pool)
    wednesday = running_assignment(pool, coordinator, assen, member, start=date(2026, 1, 7))
    with pytest.raises(ValidationError) as error:
        write(member, wednesday, date(2026, 1, 5), "121", note="Inhaalwerk")
    assert "maximaal 120 uur" in message(error)
    assert write(member, wednesday, date(2026, 1, 5), "120", note="Inhaalwerk").hours == 120


def test_all_assignments_of_a_member_share_the_168_hours(pool, coordinator, assen, emmen, member):
    make_tariffs(pool)
    first = running_assignment(pool, coordinator, assen, member, hours_per_week="8")
    second = running_assignment(pool, coordinator, emmen, member, hours_per_week="8", title="Tweede")
    write(member, first, JAN_12, "100", note="Inhaalwerk")
    with pytest.raises(ValidationError) as error:
        write(member, second, JAN_12, "70", note="Inhaalwerk")
    assert "168" in message(error)


def test_only_the_member_writes_and_only_the_owner_approves(assignment, member, assen, emmen, coordinator):
    with pytest.raises(NotAllowed):
        services.write_hours(actor=assen, assignment=assignment, week=JAN_12, hours="8", today=TODAY)
    entry = write(member, assignment, JAN_12, "8")
    for other in (emmen, coordinator, member.user):
        with pytest.raises(NotAllowed):
            services.approve_hours(actor=other, entry=entry)


def test_reject_needs_a_reason_and_the_member_can_resubmit(assignment, member, assen):
    entry = write(member, assignment, JAN_12, "20", note="Extra avond")
    with pytest.raises(ValidationError):
        services.reject_hours(actor=assen, entry=entry, reason=" ")
    entry = services.reject_hours(actor=assen, entry=entry, reason="Was 16 uur afgesproken")
    assert entry.status == HourStatus.REJECTED and entry.reason == "Was 16 uur afgesproken"
    again = write(member, assignment, JAN_12, "16")
    assert again.pk == entry.pk and again.status == HourStatus.SUBMITTED and again.version == 3
    assert again.reason == ""


def test_approving_twice_counts_once(assignment, member, assen):
    entry = write(member, assignment, JAN_12, "16")
    services.approve_hours(actor=assen, entry=entry)
    with pytest.raises(ValidationError) as error:
        services.approve_hours(actor=assen, entry=entry)
    assert "al beoordeeld" in message(error)
    assert AuditRecord.objects.filter(action="uren.goedgekeurd").count() == 1


def test_approved_hours_change_only_through_a_correction(assignment, member, assen):
    entry = write(member, assignment, JAN_12, "16")
    services.approve_hours(actor=assen, entry=entry)
    with pytest.raises(ValidationError) as error:
        write(member, assignment, JAN_12, "12")
    assert "correctie" in message(error)


def settle(finance, pool, start, kind="maand", today=TODAY):
    period = services.open_period(actor=finance, pool=pool, kind=kind, start=start)
    return services.settle_period(actor=finance, period=period, today=today)


def test_settlement_of_one_month(assignment, member, assen, finance, pool):
    for week in (date(2026, 1, 5), JAN_12, date(2026, 1, 19), date(2026, 1, 26), date(2026, 2, 2)):
        services.approve_hours(actor=assen, entry=write(member, assignment, week, "16"))
    write(member, assignment, date(2026, 2, 9), "16")  # pending: not in January anyway
    settlement = settle(finance, pool, date(2026, 1, 1))
    line = SettlementLine.objects.get(settlement=settlement, municipality__code="GM0106")
    # Assen is an associate in the test pool (every third municipality): 108.00 per hour at level 2.
    assert line.tier == Membership.Tier.ASSOCIATE
    assert line.hours == Decimal("64.00")
    assert line.use_amount == Decimal("6912.00")
    assert line.contribution_credit == 0  # associates pay per use
    assert line.balance == Decimal("6912.00")
    full = SettlementLine.objects.get(settlement=settlement, municipality__code="GM0109")
    # 25,000 a year, 31 of 365 days: 2123.29 (rounded once, half up).
    assert full.contribution_credit == Decimal("2123.29")
    assert full.balance == Decimal("-2123.29")
    assert settlement.total_use == Decimal("6912.00")
    assert settlement.total_balance == sum(line.balance for line in settlement.lines.all())
    assert HourEntry.objects.filter(settled_in=settlement).count() == 4
    assert settlement.period.is_closed


def test_settling_again_changes_nothing(assignment, member, assen, finance, pool):
    services.approve_hours(actor=assen, entry=write(member, assignment, JAN_12, "16"))
    first = settle(finance, pool, date(2026, 1, 1))
    counts = (SettlementLine.objects.count(), SettlementItem.objects.count(), AuditRecord.objects.count())
    again = services.settle_period(actor=finance, period=first.period, today=TODAY)
    assert again.pk == first.pk and again.total_use == first.total_use
    assert counts == (
        SettlementLine.objects.count(),
        SettlementItem.objects.count(),
        AuditRecord.objects.count(),
    )


def test_a_closed_period_is_locked_and_corrections_go_to_the_next(assignment, member, assen, finance, pool):
    entry = write(member, assignment, JAN_12, "16")
    services.approve_hours(actor=assen, entry=entry)
    pending = write(member, assignment, date(2026, 1, 19), "16")
    january = settle(finance, pool, date(2026, 1, 1))
    assert january.total_use == Decimal("1728.00")
    with pytest.raises(ValidationError) as error:
        write(member, assignment, date(2026, 1, 26), "16")
    assert "afgesloten" in message(error) and "correctie" in message(error)
    with pytest.raises(ValidationError):
        write(member, assignment, date(2026, 1, 19), "10")
    # The late approval and a correction of settled hours land in February, marked as corrections.
    services.approve_hours(actor=assen, entry=pending)
    correction = services.submit_correction(
        actor=member.user,
        assignment=assignment,
        week=JAN_12,
        hours="12",
        reason="Dubbel geschreven",
        today=TODAY,
    )
    assert correction.hours == Decimal("-4.00") and correction.correction_of == entry
    services.approve_hours(actor=assen, entry=correction)
    late = services.submit_correction(
        actor=member.user,
        assignment=assignment,
        week=date(2026, 1, 26),
        hours="8",
        reason="Vergeten",
        today=TODAY,
    )
    services.approve_hours(actor=assen, entry=late)
    services.approve_hours(actor=assen, entry=write(member, assignment, date(2026, 2, 2), "16"))
    february = settle(finance, pool, date(2026, 2, 1))
    line = february.lines.get(municipality__code="GM0106")
    # (16 - 4 + 8) correction hours and 16 regular hours, at 108.00
    assert line.correction_amount == Decimal("2160.00")
    assert line.use_amount == Decimal("3888.00")
    kinds = sorted(line.items.values_list("kind", "weeks"))
    assert kinds == [("correctie", "2026-W03, 2026-W04, 2026-W05"), ("regulier", "")]
    january.refresh_from_db()
    assert january.total_use == Decimal("1728.00")
    assert set(HourEntry.objects.filter(settled_in=january).values_list("pk", flat=True)) == {entry.pk}


def test_periods_settle_in_order_after_they_end(assignment, member, finance, pool):
    services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
    february = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 2, 1))
    with pytest.raises(ValidationError) as error:
        services.settle_period(actor=finance, period=february, today=TODAY)
    assert "eerst de eerdere periode 2026-01" in message(error)
    march = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 3, 1))
    with pytest.raises(ValidationError) as error:
        services.settle_period(actor=finance, period=march, today=TODAY)
    assert "nog niet voorbij" in message(error)
    with pytest.raises(ValidationError) as error:
        services.open_period(actor=finance, pool=pool, kind="kwartaal", start=date(2026, 1, 1))
    assert "overlapt" in message(error)


def test_only_finance_settles(assignment, coordinator, assen, pool, finance):
    period = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
    for actor in (coordinator, assen):
        with pytest.raises(NotAllowed):
            services.settle_period(actor=actor, period=period, today=TODAY)


def test_missing_tariffs_are_named_and_nothing_is_written(pool, coordinator, assen, member, finance):
    assignment = running_assignment(pool, coordinator, assen, member)
    services.approve_hours(actor=assen, entry=write(member, assignment, JAN_12, "16"))
    period = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
    with pytest.raises(ValidationError) as error:
        services.settle_period(actor=finance, period=period, today=TODAY)
    assert "2026 geassocieerd lid gevorderd" in message(error)
    assert not Settlement.objects.exists()
    assert HourEntry.objects.get().settled_in is None
    period.refresh_from_db()
    assert not period.is_closed


def test_shared_request_is_split_by_shares_to_the_cent(pool, coordinator, assen, member, finance):
    make_tariffs(pool)
    shared = running_assignment(
        pool,
        coordinator,
        assen,
        member,
        shares=[("GM0106", Decimal("33.33")), ("GM0109", Decimal("33.33")), ("GM0114", Decimal("33.34"))],
    )
    services.approve_hours(actor=assen, entry=write(member, shared, JAN_12, "7.25"))
    settlement = settle(finance, pool, date(2026, 1, 1))
    items = {i.line.municipality.code: i for i in SettlementItem.objects.select_related("line__municipality")}
    assert len(items) == 3
    total = next(iter(items.values())).request_total
    assert sum(i.amount for i in items.values()) == total
    assert sum(i.line.hours for i in items.values()) == Decimal("7.25")
    # Assen associate (108), Coevorden and Emmen full (90): 7.25 * (.3333*108 + .3333*90 + .3334*90)
    assert total == Decimal("696.00")  # 7.25 * 95.9994 = 695.99565
    assert settlement.total_use == total


def test_seconded_hours_are_credited_at_the_full_rate_of_level_2(assignment, pool, finance):
    Membership.objects.filter(pool=pool, municipality__code="GM0109").update(
        yearly_seconded_hours=Decimal("365"), yearly_contribution_eur=0
    )
    settlement = settle(finance, pool, date(2026, 1, 1))
    line = settlement.lines.get(municipality__code="GM0109")
    assert line.secondment_credit == Decimal("2790.00")  # 31 days of 365 hours * 90.00


def test_contact_sees_only_its_own_lines(assignment, member, assen, emmen, finance, pool):
    from flexpool.hours import selectors

    services.approve_hours(actor=assen, entry=write(member, assignment, JAN_12, "16"))
    settlement = settle(finance, pool, date(2026, 1, 1))
    assert [line.municipality.code for line in selectors.lines_for(assen, settlement)] == ["GM0106"]
    assert [line.municipality.code for line in selectors.lines_for(emmen, settlement)] == ["GM0114"]
    assert len(selectors.lines_for(finance, settlement)) == len(builders.DRENTHE)
    assert selectors.hours_for(emmen).count() == 0
    assert selectors.hours_for(assen).count() == 1


def test_corrections_of_two_years_on_a_shared_request(pool, coordinator, assen, member, finance):
    """Late hours and corrections are summed per week in the database: each week at its own year's
    tariff and each municipality at its own tier, the item lists the weeks and has no single rate."""
    make_tariffs(pool)
    from flexpool.hours.models import Tariff

    Tariff.objects.filter(pool=pool, year=2025).update(hourly_rate=Decimal("80.00"))
    shared = running_assignment(
        pool,
        coordinator,
        assen,
        member,
        start=date(2025, 12, 1),
        shares=[("GM0106", Decimal("50.00")), ("GM0114", Decimal("50.00"))],
    )
    december = write(member, shared, date(2025, 12, 15), "10")
    services.approve_hours(actor=assen, entry=december)
    pending = write(member, shared, date(2025, 12, 22), "6")
    january = write(member, shared, JAN_12, "8")
    services.approve_hours(actor=assen, entry=january)
    settle(finance, pool, date(2025, 12, 1))
    settle(finance, pool, date(2026, 1, 1))
    # In February: the December week approved late, a 2026 correction, and February's own hours.
    services.approve_hours(actor=assen, entry=pending)
    correction = services.submit_correction(
        actor=member.user, assignment=shared, week=JAN_12, hours="5", reason="Te veel", today=TODAY
    )
    services.approve_hours(actor=assen, entry=correction)
    services.approve_hours(actor=assen, entry=write(member, shared, date(2026, 2, 2), "4"))
    february = settle(finance, pool, date(2026, 2, 1))
    items = {
        (i.kind, i.line.municipality.code): i
        for i in SettlementItem.objects.filter(line__settlement=february).select_related("line__municipality")
    }
    assert set(items) == {
        ("correctie", "GM0106"),
        ("correctie", "GM0114"),
        ("regulier", "GM0106"),
        ("regulier", "GM0114"),
    }
    fix = items[("correctie", "GM0106")]
    assert fix.weeks == "2025-W52, 2026-W03" and fix.request_hours == Decimal("3.00")
    assert fix.hourly_rate is None  # 2025 and 2026 tariffs in one item
    # Assen (associate, level 2): 6 h at 80.00 (2025) - 3 h at 108.00 (2026) = 156.00, half each.
    # Emmen (full): 6 h at 80.00 - 3 h at 90.00 = 210.00, half: 105.00.
    assert fix.amount == Decimal("78.00") and items[("correctie", "GM0114")].amount == Decimal("105.00")
    assert fix.request_total == Decimal("183.00")
    regular = items[("regulier", "GM0114")]
    assert regular.hourly_rate == Decimal("90.00") and regular.request_hours == Decimal("4.00")
    assert february.total_corrections == Decimal("183.00")
    assert february.total_use == Decimal("183.00") + Decimal("216.00") + Decimal("180.00")
    assert sum(line.hours for line in february.lines.all()) == Decimal("7.00")
