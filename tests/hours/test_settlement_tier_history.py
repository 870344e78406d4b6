"""A tier or contribution change counts from its date: settling (or previewing) a period before the
change uses the tier and contribution of that time (docs/hours-and-settlement.md)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from flexpool.hours import money, services
from flexpool.hours.settlement import (
    ASSOCIATE,
    FULL,
    Hours,
    Member,
    Request,
    SettlementInput,
    Span,
    Tariff,
    TierChange,
    compute,
)
from flexpool.pool import services as pool_services
from flexpool.pool.models import Membership, MembershipEvent
from tests.hours.helpers import make_tariffs, running_assignment

TODAY = date(2026, 3, 10)
JAN = [date(2026, 1, 5) + timedelta(days=7 * i) for i in range(3)]


@pytest.fixture
def january(pool, coordinator, assen, member):
    """Three approved weeks of 16 hours in January on a request of Assen."""
    make_tariffs(pool)
    assignment = running_assignment(pool, coordinator, assen, member)
    entries = [
        services.write_hours(actor=member.user, assignment=assignment, week=w, hours="16", today=TODAY)
        for w in JAN
    ]
    services.decide_many(actor=assen, entries=entries, approve=True)
    return entries


def _lines(preview):
    return {line.municipality: (line.hours, line.use_amount, line.credits) for line in preview.lines}


def test_a_later_tier_change_does_not_change_an_earlier_period(january, finance, pool, coordinator):
    membership = Membership.objects.select_related("municipality").get(pool=pool, municipality__code="GM0106")
    before = services.preview_settlement(
        actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1), today=TODAY
    )
    old_tier, old_amount = membership.tier, membership.yearly_contribution_eur
    new_tier = ASSOCIATE if old_tier == FULL else FULL

    pool_services.change_tier(actor=coordinator, membership=membership, tier=new_tier, contribution="1200.00")

    event = MembershipEvent.objects.get(membership=membership, kind=MembershipEvent.Kind.TIER)
    assert (event.previous_tier, event.previous_contribution_eur) == (old_tier, old_amount)
    assert (event.tier, event.yearly_contribution_eur) == (new_tier, Decimal("1200.00"))
    after = services.preview_settlement(
        actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1), today=TODAY
    )
    assert _lines(after) == _lines(before)
    assen = next(line for line in after.lines if line.municipality == "Assen")
    rate = Decimal("90.00") if old_tier == FULL else Decimal("108.00")
    assert assen.use_amount == 48 * rate
    expected = money.prorate_yearly(old_amount, date(2026, 1, 1), date(2026, 1, 31), date(2024, 1, 1), None)
    assert assen.credits == (expected if old_tier == FULL else 0)


def test_an_older_tier_change_without_previous_values_falls_back_to_the_joining_step(
    january,
    finance,
    pool,
    coordinator,
):
    """A change recorded before the previous tier was kept: before it holds the joining step's tier."""
    membership = Membership.objects.get(pool=pool, municipality__code="GM0106")
    old_tier = membership.tier
    new_tier = ASSOCIATE if old_tier == FULL else FULL
    MembershipEvent.objects.create(
        membership=membership,
        kind=MembershipEvent.Kind.JOINED,
        on=date(2024, 1, 1),
        tier=old_tier,
        yearly_contribution_eur=membership.yearly_contribution_eur,
    )
    MembershipEvent.objects.create(
        membership=membership,
        kind=MembershipEvent.Kind.TIER,
        on=date(2026, 2, 1),
        tier=new_tier,
        yearly_contribution_eur=Decimal("0"),
    )
    Membership.objects.filter(pk=membership.pk).update(tier=new_tier, yearly_contribution_eur=0)
    preview = services.preview_settlement(
        actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1), today=TODAY
    )
    assen = next(line for line in preview.lines if line.municipality == "Assen")
    assert assen.use_amount == 48 * (Decimal("90.00") if old_tier == FULL else Decimal("108.00"))


RATES = (
    Tariff(2026, FULL, 2, Decimal("90.00")),
    Tariff(2026, ASSOCIATE, 2, Decimal("108.00")),
)


def test_a_change_in_the_middle_of_a_period_prorates_per_day_and_bills_the_start_tier():
    """Full member (€ 36.500 a year) until 15 March, associate from 16 March (€ 0).
    March: the contribution of 15 days; the period's own hours at the tier of 1 March (full);
    late hours of the week of 16 March at the tier of that Monday (associate)."""
    member = Member(
        municipality_id=1,
        tier=FULL,
        joined_on=date(2024, 1, 1),
        yearly_contribution=Decimal("36500.00"),
        changes=(TierChange(date(2026, 3, 16), ASSOCIATE, Decimal("0")),),
    )
    data = SettlementInput(
        period=Span(date(2026, 3, 1), date(2026, 3, 31)),
        hours=(Hours(7, Decimal("10")),),
        requests=(Request(7, 1, 2),),
        members=(member,),
        tariffs=RATES,
    )
    line = compute(data).line(1)
    assert line.tier == FULL
    assert line.contribution_credit == Decimal("1500.00")  # 15 days of € 100
    assert line.use_amount == Decimal("900.00")
    # April: associate for the whole month, no contribution.
    april = SettlementInput(
        period=Span(date(2026, 4, 1), date(2026, 4, 30)),
        hours=(Hours(7, Decimal("10")), Hours(7, Decimal("2"), week=date(2026, 3, 16))),
        requests=(Request(7, 1, 2),),
        members=(member,),
        tariffs=RATES,
    )
    line = compute(april).line(1)
    assert line.tier == ASSOCIATE and line.contribution_credit == 0
    assert line.use_amount == Decimal("1080.00") + Decimal("216.00")
    # The months of the year still add up to the days' worth of each stretch.
    total = Decimal(0)
    for month in range(1, 13):
        start = date(2026, month, 1)
        end = (date(2026, month + 1, 1) if month < 12 else date(2027, 1, 1)) - timedelta(days=1)
        empty = SettlementInput(
            period=Span(start, end), hours=(), requests=(), members=(member,), tariffs=RATES
        )
        total += compute(empty).line(1).contribution_credit
    assert total == Decimal("100.00") * (31 + 28 + 15)
