"""Funders in the settlement computation (`hours.settlement.compute`), without a database.

- what the municipalities pay of their use plus what the funders pay is the cost of use, exactly
  in cents, for every input (a property over random inputs);
- each municipality's part of the funding is within a cent of its share of the use;
- a percentage is of the period's cost; an amount per year is prorated over the period's days;
- funders together never pay more than the cost, and never a negative amount.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from flexpool.hours.settlement import (
    ASSOCIATE,
    FULL,
    Funding,
    Hours,
    Member,
    Request,
    SettlementInput,
    Span,
    Tariff,
    compute,
)
from tests.hours.test_settlement_pure import PROPERTY, inputs

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
JANUARY = Span(date(2026, 1, 1), date(2026, 1, 31))


def case(*funding: Funding) -> SettlementInput:
    """Assen 40 hours and Emmen 20 hours at 100.00 (full members): cost 6,000.00 in January."""
    return SettlementInput(
        period=JANUARY,
        hours=(Hours(1, Decimal("40")), Hours(2, Decimal("20"))),
        requests=(Request(1, 106, 2), Request(2, 114, 2)),
        members=(
            Member(106, FULL, date(2024, 1, 1), yearly_contribution=Decimal("36500.00")),
            Member(114, FULL, date(2024, 1, 1)),
        ),
        tariffs=(Tariff(2026, FULL, 2, Decimal("100.00")), Tariff(2026, ASSOCIATE, 2, Decimal("120.00"))),
        funding=funding,
    )


def paid_by_municipalities(result) -> Decimal:
    return sum((line.use_amount - line.funder_credit for line in result.lines), ZERO)


def test_a_percentage_and_an_amount_lower_what_each_municipality_pays_in_proportion():
    # Province: 25 % of 6,000.00 = 1,500.00. Programme: 36,500.00 a year = 100.00 a day, January
    # 3,100.00. Together 4,600.00: Assen (4,000.00 of use) 2/3, Emmen (2,000.00) 1/3.
    result = compute(
        case(Funding(1, percentage=Decimal("25")), Funding(2, yearly_amount=Decimal("36500.00")))
    )
    assert [(f.funder_id, f.amount) for f in result.funders] == [
        (1, Decimal("1500.00")),
        (2, Decimal("3100.00")),
    ]
    assen, emmen = result.line(106), result.line(114)
    assert (assen.funder_credit, emmen.funder_credit) == (Decimal("3066.67"), Decimal("1533.33"))
    assert result.totals.use_amount == Decimal("6000.00") and result.totals.funder_credit == Decimal(
        "4600.00"
    )
    assert paid_by_municipalities(result) + sum(f.amount for f in result.funders) == result.totals.use_amount
    # Assen's balance: use 4,000.00 - contribution 3,100.00 - funders 3,066.67.
    assert assen.balance == Decimal("-2166.67")
    assert result.totals.balance == sum((line.balance for line in result.lines), ZERO)


def test_funders_never_pay_more_than_the_cost():
    result = compute(
        case(Funding(1, percentage=Decimal("80")), Funding(2, yearly_amount=Decimal("365000.00")))
    )
    # 80 % = 4,800.00; the programme would pay 31,000.00 but only 1,200.00 is left.
    assert [(f.funder_id, f.amount) for f in result.funders] == [
        (1, Decimal("4800.00")),
        (2, Decimal("1200.00")),
    ]
    assert paid_by_municipalities(result) == ZERO


def test_without_use_nobody_is_funded():
    data = dataclasses.replace(case(Funding(1, yearly_amount=Decimal("1000.00"))), hours=())
    result = compute(data)
    assert result.funders == () and all(line.funder_credit == ZERO for line in result.lines)


funding_lists = st.lists(
    st.one_of(
        st.builds(
            Funding,
            funder_id=st.integers(1, 9),
            percentage=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100"), places=2),
        ),
        st.builds(
            Funding,
            funder_id=st.integers(1, 9),
            yearly_amount=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("900000"), places=2),
        ),
    ),
    max_size=3,
    unique_by=lambda f: f.funder_id,
)


@PROPERTY
@given(data=inputs(), funding=funding_lists)
def test_municipalities_and_funders_together_pay_the_cost_to_the_cent(data, funding):
    result = compute(dataclasses.replace(data, funding=tuple(funding)))
    funded = sum((f.amount for f in result.funders), ZERO)
    assert paid_by_municipalities(result) + funded == result.totals.use_amount
    assert result.totals.funder_credit == funded
    assert all(f.amount > 0 for f in result.funders)
    positive = sum((line.use_amount for line in result.lines if line.use_amount > 0), ZERO)
    assert funded <= positive
    for line in result.lines:
        assert line.funder_credit == line.funder_credit.quantize(CENT)
        if line.use_amount <= 0:
            assert line.funder_credit == ZERO
        else:
            exact = funded * line.use_amount / positive
            assert abs(line.funder_credit - exact) < CENT
    assert result.totals.balance == sum((line.balance for line in result.lines), ZERO)
