"""The settlement of one period as a pure function: plain frozen data in, plain results out.

`compute` reads nothing and writes nothing. What it needs comes in as a `SettlementInput`: the
period, the approved hours (per request, and for corrections and late hours per week), what each
request bills (its municipality, its level and its shares), the memberships with their yearly
contributions and seconded hours, and the pool's tariffs. It returns a `SettlementResult`: one
`Item` per request and municipality that carries part of it, one `Line` per municipality, and the
`Totals` of the lines. `hours.services.settle_period` loads the input from the database, calls
`compute` and writes the result.

The rules (docs/hours-and-settlement.md):
- the period's own regular hours of a request make one item, billed at the tariff of the period's
  year; corrections and hours of earlier weeks make a second item, each week billed at the
  tariff of its own year;
- the tariff is that of the municipality's tier and the request's level; a municipality without
  a membership pays the associate tariff. The tier is the one valid on the period's first day for
  the period's own hours, and the one valid on the week's Monday for corrections and late hours;
- a shared request is split by its percentages: the request's amount is rounded once and the
  cents are handed out with the largest-remainder method (`money.split_by_amounts`), so the
  parts add up to the item total exactly; its hours are split the same way;
- full members are credited their yearly contribution, and every member its seconded hours at
  the secondment tariff, both prorated over the days of membership (`money.prorate_yearly`); when
  the tier or contribution changes, each day counts with the tier and contribution valid that day;
- funders pay part of the cost of use: a yearly amount prorated over the days of the period, or
  a percentage of the period's cost of use; together never more than that cost (funders in the
  order of the input, each capped at what is left). What they pay is split over the municipalities
  in proportion to their use (largest remainder, in cents) and lowers each one's balance, so the
  municipalities' use minus their funder credit plus the funders' amounts is the cost of use,
  exactly;
- the result does not depend on the order of the input.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from flexpool.core.weeks import iso_label
from flexpool.hours import money
from flexpool.hours.models import SettlementItem
from flexpool.hours.rules import SECONDMENT_LEVEL, SECONDMENT_TIER
from flexpool.pool.models import Membership

HUNDRED = Decimal(100)
ZERO = Decimal("0.00")
FULL = str(Membership.Tier.FULL.value)
ASSOCIATE = str(Membership.Tier.ASSOCIATE.value)
REGULAR = str(SettlementItem.Kind.REGULAR.value)
CORRECTION = str(SettlementItem.Kind.CORRECTION.value)
# (year, tier, level): the key of a tariff.
TariffKey = tuple[int, str, int]


# --- input -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """The first and last day of the period (within one calendar year)."""

    start: date
    end: date


@dataclass(frozen=True)
class Hours:
    """Approved hours on one request.

    `week` is None for hours of the period's own weeks; for a correction, or for hours of a week
    before the period (approved after that week's period was closed), it is that week's Monday.
    Several `Hours` with the same request and week are added up, so the input may be single hour
    entries or sums of them."""

    request_id: int
    hours: Decimal
    week: date | None = None


@dataclass(frozen=True)
class Request:
    """What a request bills: its municipality, its level, and its shares (municipality id,
    percentage) when it is shared; without shares its municipality carries it all."""

    request_id: int
    municipality_id: int
    level: int
    shares: tuple[tuple[int, Decimal], ...] = ()


@dataclass(frozen=True)
class TierChange:
    """From `on`, the membership has this tier and yearly contribution."""

    on: date
    tier: str
    yearly_contribution: Decimal = ZERO


@dataclass(frozen=True)
class Member:
    """A municipality's membership of the pool.

    `tier` and `yearly_contribution` hold from `joined_on`; each of `changes` (in the order they
    were made) replaces them from its own date on."""

    municipality_id: int
    tier: str
    joined_on: date
    left_on: date | None = None
    yearly_contribution: Decimal = ZERO
    yearly_seconded_hours: Decimal = ZERO
    changes: tuple[TierChange, ...] = ()

    def _steps(self) -> list[TierChange]:
        # A stable sort: changes on the same day keep their order, the last one counts.
        later = sorted(self.changes, key=lambda change: change.on)
        return [TierChange(self.joined_on, self.tier, self.yearly_contribution), *later]

    def tier_on(self, day: date) -> str:
        """The tier valid on `day` (before joining: the tier it joined with)."""
        tier = self.tier
        for change in self._steps():
            if change.on <= day:
                tier = change.tier
        return tier

    def spans(self) -> list[tuple[date, date | None, str, Decimal]]:
        """(first day, last day or None, tier, yearly contribution) per stretch of the membership."""
        steps = self._steps()
        result: list[tuple[date, date | None, str, Decimal]] = []
        for index, step in enumerate(steps):
            first = max(step.on, self.joined_on)
            last = self.left_on
            if index + 1 < len(steps):
                day_before_next = steps[index + 1].on - timedelta(days=1)
                last = day_before_next if last is None else min(last, day_before_next)
            if last is not None and last < first:
                continue
            result.append((first, last, step.tier, step.yearly_contribution))
        return result


@dataclass(frozen=True)
class Tariff:
    year: int
    tier: str
    level: int
    hourly_rate: Decimal

    @property
    def key(self) -> TariffKey:
        return (self.year, self.tier, self.level)


@dataclass(frozen=True)
class Funding:
    """A funder's contribution in the period's year: an amount per year or a percentage of the cost."""

    funder_id: int
    yearly_amount: Decimal | None = None
    percentage: Decimal | None = None


@dataclass(frozen=True)
class SettlementInput:
    period: Span
    hours: tuple[Hours, ...]
    requests: tuple[Request, ...]
    members: tuple[Member, ...]
    tariffs: tuple[Tariff, ...]
    funding: tuple[Funding, ...] = ()


# --- result ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """The part of one request that one municipality carries in this settlement."""

    kind: str
    municipality_id: int
    request_id: int
    weeks: str
    level: int
    request_hours: Decimal
    share: Decimal
    # The part of `request_hours` this municipality carries (split like the amount).
    hours: Decimal
    # None for a correction over weeks of years with different tariffs.
    hourly_rate: Decimal | None
    amount: Decimal
    request_total: Decimal


@dataclass(frozen=True)
class Line:
    """One municipality's line: its use of the pool and its credits in this period."""

    municipality_id: int
    tier: str
    hours: Decimal = ZERO
    use_amount: Decimal = ZERO
    correction_amount: Decimal = ZERO
    contribution_credit: Decimal = ZERO
    secondment_credit: Decimal = ZERO
    # This municipality's part of what the funders pay.
    funder_credit: Decimal = ZERO

    @property
    def balance(self) -> Decimal:
        return self.use_amount - self.contribution_credit - self.secondment_credit - self.funder_credit


@dataclass(frozen=True)
class FunderLine:
    """What one funder pays in this settlement."""

    funder_id: int
    amount: Decimal


@dataclass(frozen=True)
class Totals:
    hours: Decimal = ZERO
    use_amount: Decimal = ZERO
    correction_amount: Decimal = ZERO
    contribution_credit: Decimal = ZERO
    secondment_credit: Decimal = ZERO
    funder_credit: Decimal = ZERO
    balance: Decimal = ZERO


@dataclass(frozen=True)
class SettlementResult:
    # By municipality id.
    lines: tuple[Line, ...]
    # By request, regular before correction, then in the order of the request's shares.
    items: tuple[Item, ...]
    totals: Totals
    # By funder, in the order of the input; only funders that pay something.
    funders: tuple[FunderLine, ...] = ()

    def line(self, municipality_id: int) -> Line:
        return next(line for line in self.lines if line.municipality_id == municipality_id)


class MissingTariffs(Exception):
    """Tariffs that the hours or the secondments need are not set: (year, tier, level) keys."""

    def __init__(self, missing: Iterable[TariffKey]) -> None:
        self.missing = frozenset(missing)
        super().__init__(sorted(self.missing))


# --- the computation -------------------------------------------------------------------------


@dataclass
class _Sums:
    """A line while it is being added up."""

    tier: str
    hours: Decimal = ZERO
    use_amount: Decimal = ZERO
    correction_amount: Decimal = ZERO
    contribution_credit: Decimal = ZERO
    secondment_credit: Decimal = ZERO


@dataclass
class _Rates:
    rates: dict[TariffKey, Decimal]
    members: dict[int, Member]
    missing: set[TariffKey] = field(default_factory=set)

    def get(self, key: TariffKey) -> Decimal | None:
        rate = self.rates.get(key)
        if rate is None:
            self.missing.add(key)
        return rate

    def tier(self, municipality_id: int, day: date) -> str:
        """The municipality's tier on `day`; without a membership: associate."""
        member = self.members.get(municipality_id)
        return member.tier_on(day) if member is not None else ASSOCIATE

    def for_use(self, day: date, municipality_id: int, level: int) -> Decimal:
        """The tariff of hours billed by `day`: that day's year and the tier valid on that day."""
        return self.get((day.year, self.tier(municipality_id, day), level)) or Decimal(0)


def compute(data: SettlementInput) -> SettlementResult:
    """Every item, line and total of one period's settlement; raises `MissingTariffs`."""
    period = data.period
    if period.start.year != period.end.year or period.start > period.end:
        raise ValueError("a period lies within one calendar year")
    rates = _Rates(
        rates={t.key: t.hourly_rate for t in data.tariffs},
        members={m.municipality_id: m for m in data.members},
    )
    sums: dict[int, _Sums] = {}
    for member in data.members:
        joined, left = member.joined_on, member.left_on
        if joined > period.end or (left and left < period.start):
            continue
        line = sums[member.municipality_id] = _Sums(member.tier_on(max(period.start, joined)))
        # Day by day the contribution of the tier valid that day (full members only).
        for first, last, tier, yearly in member.spans():
            if tier == FULL and first <= period.end and (last is None or last >= period.start):
                line.contribution_credit += money.prorate_yearly(
                    yearly, period.start, period.end, first, last
                )
        if member.yearly_seconded_hours:
            rate = rates.get((period.start.year, SECONDMENT_TIER, SECONDMENT_LEVEL))
            if rate is not None:
                line.secondment_credit = money.prorate_yearly(
                    member.yearly_seconded_hours * rate, period.start, period.end, joined, left
                )

    requests = {r.request_id: r for r in data.requests}
    summed: dict[tuple[int, date | None], Decimal] = defaultdict(Decimal)
    for entry in data.hours:
        if entry.request_id not in requests:
            raise ValueError(f"hours on request {entry.request_id}, which is not in the input")
        summed[(entry.request_id, entry.week)] += entry.hours
    # Per request: the regular hours (week None) and the corrections (week by week).
    grouped: dict[tuple[int, bool], list[tuple[date | None, Decimal]]] = defaultdict(list)
    for (request_id, week), hours in summed.items():
        grouped[(request_id, week is not None)].append((week, hours))

    items: list[Item] = []
    for (request_id, correction), weeks in sorted(grouped.items()):
        request = requests[request_id]
        for item in _items(request, correction, sorted(weeks, key=_week_order), period.start, rates):
            items.append(item)
            if item.municipality_id not in sums:
                sums[item.municipality_id] = _Sums(rates.tier(item.municipality_id, period.start))
            line = sums[item.municipality_id]
            line.hours += item.hours
            line.use_amount += item.amount
            if correction:
                line.correction_amount += item.amount
    if rates.missing:
        raise MissingTariffs(rates.missing)

    use = {municipality_id: s.use_amount for municipality_id, s in sums.items()}
    funders, credits = _funding(data.funding, period, use)
    lines = tuple(
        Line(
            municipality_id=municipality_id,
            tier=s.tier,
            hours=s.hours,
            use_amount=s.use_amount,
            correction_amount=s.correction_amount,
            contribution_credit=s.contribution_credit,
            secondment_credit=s.secondment_credit,
            funder_credit=credits.get(municipality_id, ZERO),
        )
        for municipality_id, s in sorted(sums.items())
    )
    return SettlementResult(lines=lines, items=tuple(items), totals=_totals(lines), funders=funders)


def _funding(
    funding: tuple[Funding, ...], period: Span, use: dict[int, Decimal]
) -> tuple[tuple[FunderLine, ...], dict[int, Decimal]]:
    """What each funder pays (capped at the cost of use that is left), and each municipality's part
    of the total, in proportion to its use."""
    cost = sum((amount for amount in use.values() if amount > 0), ZERO)
    year_start = date(period.start.year, 1, 1)
    left = cost
    paid: list[FunderLine] = []
    for funder in funding:
        if funder.percentage is not None:
            wanted = money.round_cents(cost * funder.percentage / HUNDRED)
        elif funder.yearly_amount is not None:
            wanted = money.prorate_yearly(funder.yearly_amount, period.start, period.end, year_start, None)
        else:
            continue
        amount = min(max(wanted, ZERO), left)
        if amount > 0:
            paid.append(FunderLine(funder_id=funder.funder_id, amount=amount))
            left -= amount
    total = cost - left
    if total <= 0:
        return tuple(paid), {}
    weights = {municipality_id: amount for municipality_id, amount in use.items() if amount > 0}
    return tuple(paid), money.split_exact(total, weights)


def _week_order(group: tuple[date | None, Decimal]) -> date:
    return group[0] or date.min


def _items(
    request: Request,
    correction: bool,
    weeks: list[tuple[date | None, Decimal]],
    start: date,
    rates: _Rates,
) -> list[Item]:
    """The items of one request's regular hours, or of its corrections, one per municipality."""
    level = request.level
    parts_of = sorted(request.shares) or [(request.municipality_id, HUNDRED)]
    hours = sum((h for _week, h in weeks), Decimal(0))
    exact: dict[int, Decimal] = {}
    item_rate: dict[int, Decimal | None] = {}
    for municipality_id, percentage in parts_of:
        if correction:
            # Per week: the tariff of the week's year and of the tier valid on its Monday.
            used: set[Decimal] = set()
            amount = Decimal(0)
            for week, week_hours in weeks:
                assert week is not None
                rate = rates.for_use(week, municipality_id, level)
                used.add(rate)
                amount += week_hours * rate
            item_rate[municipality_id] = next(iter(used)) if len(used) == 1 else None
        else:
            # The period's own weeks: the tier valid on the period's first day.
            rate = rates.for_use(start, municipality_id, level)
            item_rate[municipality_id] = rate
            amount = hours * rate
        exact[municipality_id] = amount * percentage / HUNDRED
    parts: dict[int, Decimal]
    if len(parts_of) == 1 and parts_of[0][1] == HUNDRED:
        # One municipality carries the whole request: its part is the rounded total.
        only = parts_of[0][0]
        total = money.round_cents(exact[only])
        parts, hour_parts = {only: total}, {only: hours}
    else:
        total, parts = money.split_by_amounts(exact)
        # Hours are split the same way, so the lines' hours add up to the request's hours.
        hour_parts = money.allocate(hours, {m: hours * p / HUNDRED for m, p in parts_of})
    if correction:
        kind = CORRECTION
        weeks_label = ", ".join(sorted({iso_label(week) for week, _h in weeks if week is not None}))[:255]
    else:
        kind, weeks_label = REGULAR, ""
    return [
        Item(
            kind=kind,
            municipality_id=municipality_id,
            request_id=request.request_id,
            weeks=weeks_label,
            level=level,
            request_hours=hours,
            share=percentage,
            hours=hour_parts[municipality_id],
            hourly_rate=item_rate[municipality_id],
            amount=parts[municipality_id],
            request_total=total,
        )
        for municipality_id, percentage in parts_of
    ]


def _totals(lines: tuple[Line, ...]) -> Totals:
    def total(column: str) -> Decimal:
        return sum((getattr(line, column) for line in lines), ZERO)

    return Totals(
        hours=total("hours"),
        use_amount=total("use_amount"),
        correction_amount=total("correction_amount"),
        contribution_credit=total("contribution_credit"),
        secondment_credit=total("secondment_credit"),
        funder_credit=total("funder_credit"),
        balance=total("balance"),
    )
