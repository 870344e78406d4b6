"""Properties of the money rules and of settlement, with hypothesis.

- the parts of every split add up to the total to the cent, and no part is off by a cent or more;
- yearly amounts prorated over the months of a year add up to the yearly amount exactly;
- a settlement's totals equal the sum of approved hours x tariff (rounded once per request and
  period) minus the offsets, and its lines add up to its totals;
- a closed period never changes, whatever happens afterwards.
"""

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.hours import money, services
from flexpool.hours.models import HourEntry, Settlement, SettlementItem, SettlementLine, Tariff
from flexpool.pool.models import Membership
from tests.hours.helpers import make_tariffs, running_assignment

CENT = Decimal("0.01")
amounts = st.decimals(min_value=Decimal("-100000"), max_value=Decimal("100000"), places=6, allow_nan=False)
cents = st.decimals(min_value=Decimal("-1000000"), max_value=Decimal("1000000"), places=2, allow_nan=False)
weights = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100"), places=2, allow_nan=False)


@given(st.lists(amounts, min_size=1, max_size=12))
def test_rounded_parts_add_up_to_the_rounded_total(parts):
    exact = dict(enumerate(parts))
    total, rounded = money.split_by_amounts(exact)
    assert total == sum(parts, Decimal(0)).quantize(CENT, rounding=ROUND_HALF_UP)
    assert sum(rounded.values(), Decimal(0)) == total
    assert all(abs(rounded[k] - exact[k]) < CENT for k in exact)
    assert all(v == v.quantize(CENT) for v in rounded.values())


@given(cents, st.lists(weights, min_size=1, max_size=12))
def test_a_total_split_by_weights_adds_up_exactly(total, shares):
    parts = money.split_exact(total, dict(enumerate(shares)))
    assert sum(parts.values(), Decimal(0)) == total
    weight_sum = sum(shares, Decimal(0))
    assert all(abs(parts[i] - total * w / weight_sum) < CENT for i, w in enumerate(shares))


@given(
    st.decimals(min_value=Decimal("0"), max_value=Decimal("10000000"), places=2, allow_nan=False),
    st.integers(min_value=2000, max_value=2100),
    st.sampled_from(["maand", "kwartaal"]),
)
def test_a_year_of_periods_credits_exactly_the_yearly_amount(yearly, year, kind):
    start, total = date(year, 1, 1), Decimal(0)
    while start.year == year:
        first, last = services.period_bounds(kind, start)
        total += money.prorate_yearly(yearly, first, last, date(1990, 1, 1), None)
        start = last + timedelta(days=1)
    assert total == yearly


@given(
    st.decimals(min_value=Decimal("0"), max_value=Decimal("1000000"), places=2, allow_nan=False),
    st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)),
    st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)),
)
def test_joining_or_leaving_mid_year_credits_the_days_of_membership(yearly, joined, left):
    joined, left = min(joined, left), max(joined, left)
    total = sum(
        (
            money.prorate_yearly(yearly, *services.period_bounds("maand", date(2026, m, 1)), joined, left)
            for m in range(1, 13)
        ),
        Decimal(0),
    )
    assert total == money.round_cents(yearly * ((left - joined).days + 1) / 365)


# --- settlement in the database --------------------------------------------------------------

JANUARY = [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19), date(2026, 1, 26)]
TODAY = date(2026, 3, 10)
SHARES = [("GM0106", Decimal("33.33")), ("GM0109", Decimal("33.33")), ("GM0114", Decimal("33.34"))]
DB_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hour_values = st.decimals(
    min_value=Decimal("0"), max_value=Decimal("56"), places=2, allow_nan=False
)  # three assignments in a week: at most 168
rates = st.decimals(min_value=Decimal("0"), max_value=Decimal("250"), places=2, allow_nan=False)
# One member on three assignments: at most a third of the 168 hours of a week on each.
third_of_a_week = st.decimals(min_value=Decimal("0"), max_value=Decimal("56"), places=2, allow_nan=False)


@pytest.fixture
def three_assignments(pool, coordinator, assen, emmen, member, finance):
    make_tariffs(pool)
    return [
        running_assignment(pool, coordinator, assen, member, hours_per_week="8", title="Alleen Assen"),
        running_assignment(pool, coordinator, emmen, member, hours_per_week="8", title="Alleen Emmen"),
        running_assignment(
            pool, coordinator, assen, member, hours_per_week="8", title="Gedeeld", shares=SHARES
        ),
    ]


def _rollback_after(body):
    with transaction.atomic():
        body()
        transaction.set_rollback(True)


def _expected_use(assignments, approved, rate_table, tiers, levels):
    """Independent of the service: per request, sum hours x (share x own rate), round once."""
    total = Decimal(0)
    for assignment in assignments:
        request = assignment.request
        shares = list(request.shares.values_list("municipality_id", "percentage")) or [
            (request.municipality_id, Decimal(100))
        ]
        hours = sum((h for (a, _w), h in approved.items() if a == assignment.pk), Decimal(0))
        exact = sum(
            (hours * p / 100 * rate_table[(tiers[m], levels[request.pk])] for m, p in shares), Decimal(0)
        )
        total += exact.quantize(CENT, rounding=ROUND_HALF_UP)
    return total


@DB_SETTINGS
@given(
    data=st.lists(st.tuples(third_of_a_week, st.booleans()), min_size=12, max_size=12),
    full_rate=rates,
    associate_rate=rates,
)
def test_settlement_totals_are_approved_hours_times_tariff_minus_offsets(
    three_assignments, pool, member, assen, emmen, finance, data, full_rate, associate_rate
):
    def body():
        Tariff.objects.filter(pool=pool, year=2026, tier="deelnemer").update(hourly_rate=full_rate)
        Tariff.objects.filter(pool=pool, year=2026, tier="geassocieerd").update(hourly_rate=associate_rate)
        approved = {}
        for index, (hours, approve) in enumerate(data):
            assignment, week = three_assignments[index % 3], JANUARY[index // 3]
            entry = services.write_hours(
                actor=member.user, assignment=assignment, week=week, hours=hours, note="Overleg", today=TODAY
            )
            if approve:
                owner = assen if assignment.request.municipality.code == "GM0106" else emmen
                services.approve_hours(actor=owner, entry=entry)
                approved[(assignment.pk, week)] = hours
        period = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
        settlement = services.settle_period(actor=finance, period=period, today=TODAY)
        lines = list(SettlementLine.objects.filter(settlement=settlement))
        items = list(SettlementItem.objects.filter(line__settlement=settlement))
        tiers = dict(Membership.objects.filter(pool=pool).values_list("municipality_id", "tier"))
        rate_table = {("deelnemer", 2): full_rate, ("geassocieerd", 2): associate_rate}
        levels = {a.request.pk: 2 for a in three_assignments}
        expected = _expected_use(three_assignments, approved, rate_table, tiers, levels)
        assert settlement.total_use == expected
        assert settlement.total_hours == sum(approved.values(), Decimal(0))
        assert settlement.total_use == sum((line.use_amount for line in lines), Decimal(0))
        assert settlement.total_balance == sum((line.balance for line in lines), Decimal(0))
        assert settlement.total_balance == (
            settlement.total_use - settlement.total_contribution - settlement.total_secondment
        )
        for line in lines:
            assert line.balance == line.use_amount - line.contribution_credit - line.secondment_credit
            assert line.use_amount == sum((i.amount for i in items if i.line_id == line.pk), Decimal(0))
        by_request = {}
        for item in items:
            by_request.setdefault(item.request_id, []).append(item)
        for parts in by_request.values():
            assert sum((p.amount for p in parts), Decimal(0)) == parts[0].request_total
        assert HourEntry.objects.filter(settled_in=settlement).count() == len(approved)

    _rollback_after(body)


def _snapshot(settlement):
    return (
        Settlement.objects.filter(pk=settlement.pk).values_list(
            "total_hours", "total_use", "total_contribution", "total_secondment", "total_balance"
        )[0],
        sorted(SettlementLine.objects.filter(settlement=settlement).values_list()),
        sorted(SettlementItem.objects.filter(line__settlement=settlement).values_list()),
        sorted(
            HourEntry.objects.filter(settled_in=settlement).values_list("pk", "hours", "status", "version")
        ),
        sorted(
            HourEntry.objects.filter(week__in=JANUARY, kind="regulier").values_list("pk", "hours", "status")
        ),
    )


operations = st.lists(
    st.tuples(
        st.sampled_from(["write", "correct", "approve", "reject", "settle_again", "settle_next"]),
        st.integers(min_value=0, max_value=2),
        st.sampled_from([*JANUARY, date(2026, 2, 2), date(2026, 2, 9)]),
        hour_values,
    ),
    max_size=12,
)


@DB_SETTINGS
@given(ops=operations)
def test_a_closed_period_never_changes(three_assignments, pool, member, assen, emmen, finance, ops):
    def owner(assignment):
        return assen if assignment.request.municipality.code == "GM0106" else emmen

    def body():
        for assignment in three_assignments:
            for week in JANUARY[:3]:
                entry = services.write_hours(
                    actor=member.user, assignment=assignment, week=week, hours="8", today=TODAY
                )
                services.approve_hours(actor=owner(assignment), entry=entry)
            services.write_hours(
                actor=member.user, assignment=assignment, week=JANUARY[3], hours="8", today=TODAY
            )
        january = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
        settlement = services.settle_period(actor=finance, period=january, today=TODAY)
        before = _snapshot(settlement)
        for op, index, week, hours in ops:
            assignment = three_assignments[index]
            try:
                if op == "write":
                    services.write_hours(
                        actor=member.user,
                        assignment=assignment,
                        week=week,
                        hours=hours,
                        note="Overleg",
                        today=TODAY,
                    )
                elif op == "correct":
                    services.submit_correction(
                        actor=member.user,
                        assignment=assignment,
                        week=week,
                        hours=hours,
                        reason="x",
                        today=TODAY,
                    )
                elif op in ("approve", "reject"):
                    for entry in HourEntry.objects.filter(assignment=assignment, status="ingediend"):
                        if op == "approve":
                            services.approve_hours(actor=owner(assignment), entry=entry)
                        else:
                            services.reject_hours(actor=owner(assignment), entry=entry, reason="nee")
                elif op == "settle_again":
                    services.settle_period(actor=finance, period=january, today=TODAY)
                else:
                    february = services.open_period(
                        actor=finance, pool=pool, kind="maand", start=date(2026, 2, 1)
                    )
                    services.settle_period(actor=finance, period=february, today=TODAY)
            except (ValidationError, NotAllowed):
                pass
        # January's regular entries may only change status from pending (late approvals).
        after = _snapshot(settlement)
        assert after[:4] == before[:4]
        settled_regular = {pk for pk, *_ in before[3]}
        assert {r for r in after[4] if r[0] in settled_regular} == {
            r for r in before[4] if r[0] in settled_regular
        }

    _rollback_after(body)
