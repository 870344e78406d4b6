"""Properties of the settlement computation itself (`hours.settlement.compute`), without a database.

- every total is the sum of its lines, every line the sum of its items, to the cent;
- the parts of a shared request add up to the request's total (money and hours), and each part
  is within a cent of its exact share;
- with hours, tariffs and contributions that are not negative, no amount is negative;
- the result does not depend on the order of the input, nor on whether hours come summed;
- yearly contributions and seconded hours are prorated over the days of membership;
- the result equals an independent computation (hours x tariff x share, rounded once per request).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flexpool.hours import money, services
from flexpool.hours.models import SettlementItem
from flexpool.hours.rules import SECONDMENT_LEVEL, SECONDMENT_TIER
from flexpool.hours.settlement import (
    ASSOCIATE,
    CORRECTION,
    FULL,
    REGULAR,
    Hours,
    Member,
    MissingTariffs,
    Request,
    SettlementInput,
    Span,
    Tariff,
    compute,
)
from flexpool.pool.models import Membership

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MUNICIPALITIES = [1, 2, 3, 4, 5]
LEVELS = [1, 2, 3, 4]
YEAR = 2026
PROPERTY = settings(max_examples=100, deadline=None)

hour_values = st.decimals(min_value=Decimal("0"), max_value=Decimal("80"), places=2, allow_nan=False)
signed_hours = st.decimals(min_value=Decimal("-40"), max_value=Decimal("80"), places=2, allow_nan=False)
rate_values = st.decimals(min_value=Decimal("0"), max_value=Decimal("250"), places=2, allow_nan=False)
yearly_values = st.decimals(min_value=Decimal("0"), max_value=Decimal("500000"), places=2, allow_nan=False)
seconded_values = st.decimals(min_value=Decimal("0"), max_value=Decimal("2000"), places=1, allow_nan=False)
days_of_year = st.dates(min_value=date(YEAR, 1, 1), max_value=date(YEAR, 12, 31))


@st.composite
def periods(draw: st.DrawFn) -> Span:
    kind = draw(st.sampled_from(["maand", "kwartaal"]))
    month = draw(st.integers(min_value=1, max_value=12))
    return Span(*services.period_bounds(kind, date(YEAR, month, 1)))


@st.composite
def shares(draw: st.DrawFn) -> tuple[tuple[int, Decimal], ...]:
    """No shares (the owner carries it all), or two to four municipalities whose percentages
    (in hundredths) add up to 100."""
    count = draw(st.sampled_from([0, 0, 2, 3, 4]))
    if not count:
        return ()
    municipalities = draw(st.permutations(MUNICIPALITIES))[:count]
    cuts = sorted(draw(st.lists(st.integers(1, 9999), min_size=count - 1, max_size=count - 1, unique=True)))
    bounds = [0, *cuts, 10000]
    return tuple((m, Decimal(bounds[i + 1] - bounds[i]) / 100) for i, m in enumerate(municipalities))


@st.composite
def members(draw: st.DrawFn) -> tuple[Member, ...]:
    result = []
    for municipality_id in draw(st.lists(st.sampled_from(MUNICIPALITIES), unique=True, max_size=5)):
        joined = draw(st.one_of(st.just(date(2020, 1, 1)), days_of_year))
        left = draw(st.one_of(st.none(), days_of_year.filter(lambda d, j=joined: d >= j)))
        result.append(
            Member(
                municipality_id=municipality_id,
                tier=draw(st.sampled_from([FULL, ASSOCIATE])),
                joined_on=joined,
                left_on=left,
                yearly_contribution=draw(yearly_values),
                yearly_seconded_hours=draw(st.one_of(st.just(ZERO), seconded_values)),
            )
        )
    return tuple(result)


def all_tariffs(rates: dict[tuple[str, int], Decimal], earlier: Decimal) -> tuple[Tariff, ...]:
    """Tariffs for every tier and level in YEAR; those of the two years before are `earlier`
    everywhere (a correction can reach back more than a year)."""
    return tuple(
        [Tariff(YEAR, tier, level, rate) for (tier, level), rate in rates.items()]
        + [Tariff(year, tier, level, earlier) for tier, level in rates for year in (YEAR - 1, YEAR - 2)]
    )


@st.composite
def inputs(draw: st.DrawFn, hours: st.SearchStrategy[Decimal] = hour_values) -> SettlementInput:
    period = draw(periods())
    requests = tuple(
        Request(
            request_id=request_id,
            municipality_id=draw(st.sampled_from(MUNICIPALITIES)),
            level=draw(st.sampled_from(LEVELS)),
            shares=draw(shares()),
        )
        for request_id in range(1, draw(st.integers(1, 6)) + 1)
    )
    # Corrections and late hours: Mondays of earlier weeks, also of the previous year.
    earlier_weeks = st.integers(1, 60).map(
        lambda n: period.start - timedelta(days=period.start.weekday()) - timedelta(weeks=n)
    )
    entries = draw(
        st.lists(
            st.builds(
                Hours,
                request_id=st.sampled_from([r.request_id for r in requests]),
                hours=hours,
                week=st.one_of(st.none(), st.none(), earlier_weeks),
            ),
            max_size=20,
        )
    )
    rates = {(tier, level): draw(rate_values) for tier in (FULL, ASSOCIATE) for level in LEVELS}
    return SettlementInput(
        period=period,
        hours=tuple(entries),
        requests=requests,
        members=draw(members()),
        tariffs=all_tariffs(rates, draw(rate_values)),
    )


def shuffled(data: SettlementInput, seed: int) -> SettlementInput:
    rng = random.Random(seed)

    def mix(values):
        values = list(values)
        rng.shuffle(values)
        return tuple(values)

    return SettlementInput(
        period=data.period,
        hours=mix(data.hours),
        requests=mix(Request(r.request_id, r.municipality_id, r.level, mix(r.shares)) for r in data.requests),
        members=mix(data.members),
        tariffs=mix(data.tariffs),
    )


# --- the properties --------------------------------------------------------------------------


@PROPERTY
@given(inputs(hours=signed_hours))
def test_totals_are_the_sums_of_the_lines_and_the_lines_of_the_items(data):
    result = compute(data)
    totals, lines, items = result.totals, result.lines, result.items
    for column in ("hours", "use_amount", "correction_amount", "contribution_credit", "secondment_credit"):
        assert getattr(totals, column) == sum((getattr(line, column) for line in lines), ZERO)
    assert totals.balance == totals.use_amount - totals.contribution_credit - totals.secondment_credit
    assert totals.hours == sum((h.hours for h in data.hours), ZERO)
    for line in lines:
        own = [item for item in items if item.municipality_id == line.municipality_id]
        assert line.use_amount == sum((item.amount for item in own), ZERO)
        assert line.hours == sum((item.hours for item in own), ZERO)
        assert line.correction_amount == sum((i.amount for i in own if i.kind == CORRECTION), ZERO)
        for amount in (line.use_amount, line.contribution_credit, line.secondment_credit, line.balance):
            assert amount == amount.quantize(CENT)
    assert len({line.municipality_id for line in lines}) == len(lines)


@PROPERTY
@given(inputs(hours=signed_hours))
def test_the_parts_of_a_shared_request_add_up_to_its_total(data):
    result = compute(data)
    by_item: dict[tuple[int, str], list] = {}
    for item in result.items:
        by_item.setdefault((item.request_id, item.kind), []).append(item)
    for (request_id, _kind), parts in by_item.items():
        request = next(r for r in data.requests if r.request_id == request_id)
        total, hours = parts[0].request_total, parts[0].request_hours
        assert all(p.request_total == total and p.request_hours == hours for p in parts)
        assert sum((p.amount for p in parts), ZERO) == total
        assert sum((p.hours for p in parts), ZERO) == hours
        assert sum((p.share for p in parts), ZERO) == Decimal(100)
        assert {p.municipality_id for p in parts} == (
            {m for m, _p in request.shares} or {request.municipality_id}
        )
        exact = sum((p.request_hours * p.share / 100 * (p.hourly_rate or 0) for p in parts), ZERO)
        if all(p.hourly_rate is not None for p in parts):
            # The total is the exact amount rounded once, and each part is within a cent of its
            # exact share of it.
            assert total == exact.quantize(CENT, rounding=ROUND_HALF_UP)
            for p in parts:
                assert abs(p.amount - p.request_hours * p.share / 100 * p.hourly_rate) < CENT


@PROPERTY
@given(inputs())
def test_no_amount_is_negative(data):
    result = compute(data)
    for item in result.items:
        assert item.amount >= 0 and item.request_total >= 0 and item.hours >= 0
    for line in result.lines:
        assert line.hours >= 0
        assert line.use_amount >= 0 and line.correction_amount >= 0
        assert line.contribution_credit >= 0 and line.secondment_credit >= 0


@PROPERTY
@given(inputs(hours=signed_hours), st.integers())
def test_the_order_of_the_input_does_not_matter(data, seed):
    assert compute(shuffled(data, seed)) == compute(data)


@PROPERTY
@given(inputs(), st.data())
def test_hours_may_come_one_entry_at_a_time_or_summed(data, draw):
    """The database sums hours per request and week before computing; single entries give the
    same result."""
    split = []
    for entry in data.hours:
        first = draw.draw(st.decimals(min_value=0, max_value=entry.hours, places=2, allow_nan=False))
        split += [
            Hours(entry.request_id, first, entry.week),
            Hours(entry.request_id, entry.hours - first, entry.week),
        ]
    again = SettlementInput(data.period, tuple(split), data.requests, data.members, data.tariffs)
    assert compute(again) == compute(data)


@PROPERTY
@given(inputs())
def test_the_result_equals_an_independent_computation(data):
    """Per request and kind: sum over weeks and shares of hours x share x own tariff (the tariff of
    the week's year for corrections, of the municipality's tier; associate without membership),
    rounded once."""
    rates = {t.key: t.hourly_rate for t in data.tariffs}
    tiers = {m.municipality_id: m.tier for m in data.members}
    expected: dict[tuple[int, bool], Decimal] = {}
    for entry in data.hours:
        request = next(r for r in data.requests if r.request_id == entry.request_id)
        year = entry.week.year if entry.week else YEAR
        for municipality_id, percentage in request.shares or ((request.municipality_id, Decimal(100)),):
            rate = rates[(year, tiers.get(municipality_id, ASSOCIATE), request.level)]
            key = (entry.request_id, entry.week is not None)
            expected[key] = expected.get(key, ZERO) + entry.hours * percentage / 100 * rate
    total = sum((amount.quantize(CENT, rounding=ROUND_HALF_UP) for amount in expected.values()), ZERO)
    assert compute(data).totals.use_amount == total


@PROPERTY
@given(
    yearly_values,
    seconded_values,
    rate_values,
    days_of_year,
    days_of_year,
    st.sampled_from(["maand", "kwartaal"]),
)
def test_a_partial_membership_is_credited_for_its_days(yearly, seconded, rate, first, second, kind):
    """Over all periods of the year, a full member who joined on `joined` and left on `left` is
    credited yearly x member days / days of the year, rounded once, and as much for its
    seconded hours at the secondment tariff; no period outside the membership has a line."""
    joined, left = min(first, second), max(first, second)
    member = Member(1, FULL, joined, left, yearly_contribution=yearly, yearly_seconded_hours=seconded)
    tariffs = (Tariff(YEAR, str(SECONDMENT_TIER.value), int(SECONDMENT_LEVEL), rate),)
    contribution = secondment = ZERO
    start = date(YEAR, 1, 1)
    while start.year == YEAR:
        period = Span(*services.period_bounds(kind, start))
        result = compute(SettlementInput(period, (), (), (member,), tariffs))
        overlaps = joined <= period.end and left >= period.start
        assert [line.municipality_id for line in result.lines] == ([1] if overlaps else [])
        if overlaps:
            contribution += result.line(1).contribution_credit
            secondment += result.line(1).secondment_credit
        start = period.end + timedelta(days=1)
    days = Decimal((left - joined).days + 1)
    assert contribution == money.round_cents(yearly * days / 365)
    assert secondment == money.round_cents(seconded * rate * days / 365)


@PROPERTY
@given(yearly_values, periods())
def test_an_associate_member_gets_no_contribution_credit(yearly, period):
    member = Member(1, ASSOCIATE, date(2020, 1, 1), None, yearly_contribution=yearly)
    result = compute(SettlementInput(period, (), (), (member,), ()))
    assert result.line(1).contribution_credit == ZERO
    assert result.line(1).balance == ZERO


# --- cases -----------------------------------------------------------------------------------


def test_a_small_case_by_hand():
    # January 2026. Municipality 1 is a full member (yearly 3,650.00, 36.5 seconded hours),
    # municipality 2 is an associate member, 3 has no membership.
    # Request 10 (of 1, level 2): 12.5 hours.            12.5 x 80.00 = 1,000.00 for 1.
    # Request 11 (of 2, level 2), shared 1: 33.33 %, 2: 33.33 %, 3: 33.34 %; 10 hours.
    #   1: 10 x 0.3333 x 80.00 = 266.64;  2: 10 x 0.3333 x 90.00 = 299.97;
    #   3 (no membership, associate tariff): 10 x 0.3334 x 90.00 = 300.06;  total 866.67.
    #   Hours: 3.333, 3.333, 3.334 -> floors 3.33, 3.33, 3.33, the missing cent to 3 (largest
    #   remainder .004): 3.33 + 3.33 + 3.34 = 10.
    # Request 12 (of 2, level 1): corrections (each week at the tariff of its Monday's year) of
    #   week 2025-W50 (tariff 2025: 50.00), -2 hours = -100.00, and of week 2026-W02 (tariff
    #   2026: 60.00), +3 hours = 180.00; one item of -100.00 + 180.00 = 80.00, no single rate.
    # Credits of 1: 3,650.00 x 31 / 365 = 310.00 contribution; seconded hours at the full
    #   members' tariff of level 2: 36.5 x 80.00 x 31 / 365 = 2,920.00 x 31 / 365 = 248.00.
    # Lines: 1: use 1,000.00 + 266.64 = 1,266.64, balance 1,266.64 - 310.00 - 248.00 = 708.64;
    #        2: use 299.97 + 80.00 = 379.97 (correction 80.00); 3: use 300.06.
    # Total use 1,946.67; hours 12.5 + 10 + 1 = 23.5.
    period = Span(date(2026, 1, 1), date(2026, 1, 31))
    data = SettlementInput(
        period=period,
        hours=(
            Hours(10, Decimal("12.50")),
            Hours(11, Decimal("10.00")),
            Hours(12, Decimal("-2.00"), date(2025, 12, 8)),
            Hours(12, Decimal("3.00"), date(2026, 1, 5)),
        ),
        requests=(
            Request(10, 1, 2),
            Request(11, 2, 2, ((1, Decimal("33.33")), (2, Decimal("33.33")), (3, Decimal("33.34")))),
            Request(12, 2, 1),
        ),
        members=(
            Member(1, FULL, date(2020, 1, 1), None, Decimal("3650.00"), Decimal("36.5")),
            Member(2, ASSOCIATE, date(2020, 1, 1)),
        ),
        tariffs=(
            Tariff(2026, FULL, 2, Decimal("80.00")),
            Tariff(2026, ASSOCIATE, 2, Decimal("90.00")),
            Tariff(2026, ASSOCIATE, 1, Decimal("60.00")),
            Tariff(2025, ASSOCIATE, 1, Decimal("50.00")),
        ),
    )
    assert (SECONDMENT_TIER, SECONDMENT_LEVEL) == (FULL, 2)
    result = compute(data)
    assert [(i.request_id, i.municipality_id, i.amount, i.hours) for i in result.items] == [
        (10, 1, Decimal("1000.00"), Decimal("12.50")),
        (11, 1, Decimal("266.64"), Decimal("3.33")),
        (11, 2, Decimal("299.97"), Decimal("3.33")),
        (11, 3, Decimal("300.06"), Decimal("3.34")),
        (12, 2, Decimal("80.00"), Decimal("1.00")),
    ]
    correction = result.items[-1]
    assert correction.kind == CORRECTION and correction.hourly_rate is None
    assert correction.weeks == "2025-W50, 2026-W02"
    assert result.items[0].kind == REGULAR and result.items[0].hourly_rate == Decimal("80.00")
    one, two, three = result.lines
    assert (one.use_amount, one.contribution_credit, one.secondment_credit) == (
        Decimal("1266.64"),
        Decimal("310.00"),
        Decimal("248.00"),
    )
    assert one.balance == Decimal("708.64")
    assert (two.tier, two.use_amount, two.correction_amount) == (
        ASSOCIATE,
        Decimal("379.97"),
        Decimal("80.00"),
    )
    assert (three.tier, three.use_amount, three.balance) == (ASSOCIATE, Decimal("300.06"), Decimal("300.06"))
    assert result.totals.use_amount == Decimal("1946.67")
    assert result.totals.hours == Decimal("23.50")


def test_missing_tariffs_are_named():
    period = Span(date(2026, 1, 1), date(2026, 1, 31))
    data = SettlementInput(
        period=period,
        hours=(Hours(1, Decimal("4")), Hours(1, Decimal("1"), date(2025, 12, 1))),
        requests=(Request(1, 7, 3),),
        members=(Member(7, FULL, date(2020, 1, 1), None, ZERO, Decimal("10")),),
        tariffs=(),
    )
    with pytest.raises(MissingTariffs) as raised:
        compute(data)
    assert raised.value.missing == {
        (2026, FULL, 3),
        (2025, FULL, 3),
        (2026, str(SECONDMENT_TIER.value), int(SECONDMENT_LEVEL)),
    }


def test_hours_on_an_unknown_request_are_refused():
    data = SettlementInput(Span(date(2026, 1, 1), date(2026, 1, 31)), (Hours(5, Decimal(1)),), (), (), ())
    with pytest.raises(ValueError, match="request 5"):
        compute(data)


def test_the_constants_are_the_model_choices():
    assert {FULL, ASSOCIATE} == set(Membership.Tier.values)
    assert {REGULAR, CORRECTION} == set(SettlementItem.Kind.values)
