"""Figures for the fairness ledger, the transparency report and the public page.

Each function runs a fixed number of queries, whatever the number of rows. No personal data:
members are counted, never named.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils.dates import MONTHS_3
from django.utils.translation import gettext as _

from flexpool.agreements.selectors import host_of
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest, RequestShare
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import HourEntry, SettlementFunding, SettlementLine
from flexpool.hours.money import format_hours
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import Membership, Pool
from flexpool.regions.models import Municipality

ZERO = Decimal("0.00")


# Short month names in the active language: "mrt" in Dutch, "mar" in English.
def month_labels() -> list[str]:
    return [str(MONTHS_3[month]) for month in range(1, 13)]


# --- fairness ledger -------------------------------------------------------------------------


@dataclass
class LedgerRow:
    municipality: Municipality
    tier: str
    contribution: Decimal = ZERO
    secondment: Decimal = ZERO
    use: Decimal = ZERO
    hours: Decimal = ZERO
    # The part of its use that the pool's funders paid.
    funded: Decimal = ZERO

    @property
    def contributed(self) -> Decimal:
        return self.contribution + self.secondment

    @property
    def own_use(self) -> Decimal:
        """Use that the municipality pays itself: use minus what the funders paid of it."""
        return self.use - self.funded

    @property
    def balance(self) -> Decimal:
        """Contributed minus own use: positive means the municipality gave more than it took."""
        return self.contributed - self.own_use

    @property
    def use_percent(self) -> int | None:
        return round(self.use * 100 / self.contributed) if self.contributed else None


@dataclass
class PeriodPoint:
    label: str
    contributed: Decimal = ZERO
    use: Decimal = ZERO
    funded: Decimal = ZERO
    cumulative_balance: Decimal = ZERO


@dataclass(frozen=True)
class FunderTotal:
    name: str
    amount: Decimal


def funder_totals(pool: Pool, year: int | None) -> list[FunderTotal]:
    """What each funder paid in the pool's settlements (of one year, or of all years)."""
    rows = SettlementFunding.objects.filter(settlement__pool=pool)
    if year:
        rows = rows.filter(settlement__period__start__year=year)
    return [
        FunderTotal(name, amount)
        for name, amount in rows.values_list("name").annotate(a=Sum("amount")).order_by("name")
    ]


def ledger(pool: Pool, year: int | None, municipality_ids: list[int] | None = None):
    """Per municipality: credited contributions and secondments against use, from settlements."""
    memberships = Membership.objects.filter(pool=pool).select_related("municipality")
    lines = SettlementLine.objects.filter(settlement__pool=pool)
    if year:
        lines = lines.filter(settlement__period__start__year=year)
    if municipality_ids is not None:
        memberships = memberships.filter(municipality_id__in=municipality_ids)
        lines = lines.filter(municipality_id__in=municipality_ids)
    rows = {m.municipality_id: LedgerRow(m.municipality, m.get_tier_display()) for m in memberships}
    per_period: dict[date, PeriodPoint] = {}
    for municipality_id, start, kind, contribution, secondment, use, hours, funded in (
        lines.values_list("municipality_id", "settlement__period__start", "settlement__period__kind")
        .annotate(
            c=Sum("contribution_credit"),
            s=Sum("secondment_credit"),
            u=Sum("use_amount"),
            h=Sum("hours"),
            f=Sum("funder_credit"),
        )
        .order_by("settlement__period__start")
    ):
        row = rows.get(municipality_id)
        if row is None:
            continue
        row.contribution += contribution
        row.secondment += secondment
        row.use += use
        row.hours += hours
        row.funded += funded
        label = label_of(start, kind)
        point = per_period.setdefault(start, PeriodPoint(label))
        point.contributed += contribution + secondment
        point.use += use
        point.funded += funded
    running = ZERO
    points = []
    for start in sorted(per_period):
        point = per_period[start]
        running += point.contributed - (point.use - point.funded)
        point.cumulative_balance = running
        points.append(point)
    return sorted(rows.values(), key=lambda r: r.municipality.name), points


# --- transparency report per municipality ----------------------------------------------------


@dataclass
class Report:
    pool: Pool
    municipality: Municipality
    year: int
    membership: Membership | None
    requests_by_status: dict[str, int] = field(default_factory=dict)
    requests_filed: int = 0
    shared_requests: int = 0
    proposals: int = 0
    accepted: int = 0
    assignments_running: int = 0
    assignments_completed: int = 0
    people: int = 0
    hours_by_month: list[Decimal] = field(default_factory=list)
    # Approved hours of this year's weeks that no settlement has taken yet, and hours still
    # waiting for approval (not part of `hours_total`): they explain `hours_total` against
    # `settled_hours` (see `hours_explanation`).
    hours_unsettled: Decimal = ZERO
    hours_pending: Decimal = ZERO
    settled: list[dict] = field(default_factory=list)
    products: list[dict] = field(default_factory=list)
    # The pool's host organisation and what each funder paid in this year's settlements (pool-wide).
    host: object = None
    funders: list[FunderTotal] = field(default_factory=list)

    @property
    def hours_total(self) -> Decimal:
        return sum(self.hours_by_month, ZERO)

    @property
    def hours_other_years(self) -> Decimal:
        """What is left of the difference: approved hours of this year settled in a period of
        another year, minus hours of other years settled in this year's periods (late approvals),
        and cents from the split of shared requests. Zero in most reports."""
        return self.hours_total - self.settled_hours - self.hours_unsettled

    @property
    def hours_explanation(self) -> list[str]:
        """Short sentences (B1) that explain why the hours received differ from the settled hours.
        The parts add up: settled + unsettled + other years = received."""
        return hours_explanation(self)

    @property
    def costs(self) -> Decimal:
        return sum((s["use"] for s in self.settled), ZERO)

    @property
    def settled_hours(self) -> Decimal:
        return sum((s["hours"] for s in self.settled), ZERO)

    @property
    def contribution_total(self) -> Decimal:
        return sum((s["contribution"] for s in self.settled), ZERO)

    @property
    def secondment_total(self) -> Decimal:
        return sum((s["secondment"] for s in self.settled), ZERO)

    @property
    def funded_total(self) -> Decimal:
        return sum((s["funded"] for s in self.settled), ZERO)

    @property
    def contributions(self) -> Decimal:
        return sum((s["contribution"] + s["secondment"] for s in self.settled), ZERO)

    @property
    def balance(self) -> Decimal:
        return sum((s["balance"] for s in self.settled), ZERO)


def _requests_of(pool: Pool, municipality: Municipality):
    return CapacityRequest.objects.filter(pool=pool).filter(
        Q(municipality=municipality) | Q(shares__municipality=municipality)
    )


def report(pool: Pool, municipality: Municipality, year: int) -> Report:
    membership = Membership.objects.filter(pool=pool, municipality=municipality).first()
    result = Report(pool=pool, municipality=municipality, year=year, membership=membership)
    filed = (
        CapacityRequest.objects.filter(pool=pool, municipality=municipality, created_at__year=year)
        .exclude(status=RequestStatus.CONCEPT)
        .values_list("status")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts = Counter(dict(filed))
    result.requests_by_status = {
        label: counts.get(value, 0) for value, label in RequestStatus.choices if value != "concept"
    }
    result.requests_filed = sum(counts.values())
    result.shared_requests = (
        RequestShare.objects.filter(
            request__pool=pool, municipality=municipality, request__created_at__year=year
        )
        .exclude(request__status=RequestStatus.CONCEPT)
        .count()
    )
    assignments = Assignment.objects.filter(
        request__pool=pool, request__municipality=municipality, created_at__year=year
    ).aggregate(
        proposals=Count("id"),
        accepted=Count("id", filter=Q(accepted_at__isnull=False)),
        running=Count("id", filter=Q(status=AssignmentStatus.RUNNING)),
        completed=Count("id", filter=Q(status=AssignmentStatus.COMPLETED)),
        people=Count("member", distinct=True, filter=Q(accepted_at__isnull=False)),
    )
    result.proposals = assignments["proposals"]
    result.accepted = assignments["accepted"]
    result.assignments_running = assignments["running"]
    result.assignments_completed = assignments["completed"]
    result.people = assignments["people"]
    result.hours_by_month = hours_by_month(pool, year, municipality)
    result.hours_unsettled = sum(hours_by_month(pool, year, municipality, unsettled_only=True), ZERO)
    result.hours_pending = sum(hours_by_month(pool, year, municipality, status=HourStatus.SUBMITTED), ZERO)
    lines = SettlementLine.objects.filter(
        settlement__pool=pool, municipality=municipality, settlement__period__start__year=year
    )
    result.settled = [
        {
            "label": label_of(start, kind),
            "hours": hours,
            "use": use,
            "contribution": contribution,
            "secondment": secondment,
            "funded": funded,
            "balance": balance,
        }
        for start, kind, hours, use, contribution, secondment, funded, balance in lines.order_by(
            "settlement__period__start"
        ).values_list(
            "settlement__period__start",
            "settlement__period__kind",
            "hours",
            "use_amount",
            "contribution_credit",
            "secondment_credit",
            "funder_credit",
            "balance",
        )
    ]
    result.host = host_of(pool.pk)
    result.funders = funder_totals(pool, year)
    result.products = list(
        CapacityRequest.objects.filter(
            pool=pool, municipality=municipality, status=RequestStatus.COMPLETED, end__year=year
        )
        .order_by("end")
        .values("title", "start", "end")
    )
    return result


def label_of(start: date, kind: str) -> str:
    """The machine label of a period ("2026-08", "Q3 2026"), as in the API; pages show it with
    `core.dates.period_label_text` ("augustus 2026", "kwartaal 3 van 2026")."""
    return f"Q{(start.month - 1) // 3 + 1} {start.year}" if kind == "kwartaal" else f"{start:%Y-%m}"


def hours_explanation(report: Report) -> list[str]:
    total, settled = report.hours_total, report.settled_hours
    if not total and not settled and not report.hours_pending:
        return []
    sentences = []
    if total == settled:
        sentences.append(_("Alle %(total)s ontvangen uren zijn verrekend.") % {"total": format_hours(total)})
    else:
        sentences.append(
            _("Van de %(total)s ontvangen uren zijn er %(settled)s verrekend.")
            % {"total": format_hours(total), "settled": format_hours(settled)}
        )
        if report.hours_unsettled:
            sentences.append(
                _(
                    "%(hours)s uur is goedgekeurd, maar valt in een periode die nog niet is "
                    "afgesloten. Die uren worden later verrekend."
                )
                % {"hours": format_hours(report.hours_unsettled)}
            )
        other = report.hours_other_years
        if other > 0:
            sentences.append(
                _("%(hours)s uur is verrekend in een periode van een ander jaar.")
                % {"hours": format_hours(other)}
            )
        elif other < 0:
            sentences.append(
                _(
                    "%(hours)s uur van de verrekende uren hoort bij weken van een eerder jaar. Die "
                    "uren zijn later goedgekeurd en daarom dit jaar verrekend."
                )
                % {"hours": format_hours(-other)}
            )
    if report.hours_pending:
        sentences.append(
            _(
                "Daarnaast wacht %(hours)s uur nog op goedkeuring. Die uren tellen pas mee als ze "
                "zijn goedgekeurd."
            )
            % {"hours": format_hours(report.hours_pending)}
        )
    return sentences


def hours_by_month(
    pool: Pool,
    year: int,
    municipality: Municipality | None = None,
    *,
    status: str = HourStatus.APPROVED,
    unsettled_only: bool = False,
) -> list[Decimal]:
    """Approved hours per month (a week counts in its Monday's month); a shared request's hours
    count for each municipality by its share. `status` counts other hours (such as those still
    waiting for approval); `unsettled_only` only the hours no settlement has taken yet."""
    months = [ZERO] * 12
    entries = HourEntry.objects.filter(assignment__request__pool=pool, status=status, week__year=year)
    if unsettled_only:
        entries = entries.filter(settled_in__isnull=True)
    if municipality is None:
        for week, hours in entries.values_list("week").annotate(h=Sum("hours")).order_by():
            months[week.month - 1] += hours
        return months
    # The shared requests by a subquery, not a join: a join gives the filing municipality one row
    # per share of its request, and the sum below would count its hours once per share.
    shared = RequestShare.objects.filter(request__pool=pool, municipality=municipality).values("request_id")
    entries = entries.filter(
        Q(assignment__request__municipality=municipality) | Q(assignment__request_id__in=shared)
    )
    share_of = dict(
        RequestShare.objects.filter(request__pool=pool, municipality=municipality).values_list(
            "request_id", "percentage"
        )
    )
    for request_id, week, hours in (
        entries.values_list("assignment__request_id", "week").annotate(h=Sum("hours")).order_by()
    ):
        share = share_of.get(request_id, Decimal(100))
        months[week.month - 1] += (hours * share / 100).quantize(Decimal("0.01"))
    return months


# --- the public page: the whole pool, aggregates only -----------------------------------------


def public_summary(pool: Pool, year: int) -> dict:
    requests = CapacityRequest.objects.filter(pool=pool).exclude(status=RequestStatus.CONCEPT)
    by_status = Counter(dict(requests.values_list("status").annotate(n=Count("id")).order_by()))
    filed = dict(
        requests.filter(created_at__year=year)
        .values_list("municipality_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    money = {
        municipality_id: (use, contribution, hours)
        for municipality_id, use, contribution, hours in SettlementLine.objects.filter(
            settlement__pool=pool, settlement__period__start__year=year
        )
        .values_list("municipality_id")
        .annotate(
            u=Sum("use_amount"), c=Sum("contribution_credit") + Sum("secondment_credit"), h=Sum("hours")
        )
        .order_by()
    }
    months = hours_by_month(pool, year)
    rows = []
    for membership in Membership.objects.filter(pool=pool).select_related("municipality"):
        use, contribution, hours = money.get(membership.municipality_id, (ZERO, ZERO, ZERO))
        rows.append(
            {
                "municipality": membership.municipality,
                "tier": membership.get_tier_display(),
                "filed": filed.get(membership.municipality_id, 0),
                "hours": hours,
                "use": use,
                "contribution": contribution,
            }
        )
    return {
        "municipalities": len(rows),
        "members": pool.members.filter(active=True).count(),
        "by_status": {
            label: by_status.get(value, 0) for value, label in RequestStatus.choices if value != "concept"
        },
        "hours_by_month": months,
        "hours_approved": sum(months, ZERO),
        "hours_not_settled": sum(months, ZERO) - sum((r["hours"] for r in rows), ZERO),
        "rows": rows,
        "use": sum((r["use"] for r in rows), ZERO),
        "contribution": sum((r["contribution"] for r in rows), ZERO),
        "hours": sum((r["hours"] for r in rows), ZERO),
    }


def years_with_data(pool: Pool) -> list[int]:
    years = {d.year for d in HourEntry.objects.filter(assignment__request__pool=pool).dates("week", "year")}
    years |= {d.year for d in CapacityRequest.objects.filter(pool=pool).dates("start", "year")}
    return sorted(years, reverse=True)
