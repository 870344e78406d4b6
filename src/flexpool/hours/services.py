"""Writing hours, approving them, corrections, tariffs, periods and settlement.

Every function is atomic, checks the actor, and writes an audit record. Approval locks the entry
row, so two approvals at once count once; settlement locks the period row, and a settled (closed)
period is returned as it is, so running it again changes nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from typing import Any

from django.db import connection, models, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import (
    can_act_for_municipality,
    has_permission,
    is_member,
)
from flexpool.core import audit
from flexpool.core.errors import NotAllowed, ValidationError, field_error
from flexpool.core.models import AuditRecord
from flexpool.core.weeks import iso_label, monday_of
from flexpool.demand.models import CapacityRequest, RequestShare, RequiredCompetence
from flexpool.hours import money
from flexpool.hours import notify as events
from flexpool.hours.lifecycle import HOUR_LIFECYCLE, HourAction, HourStatus
from flexpool.hours.models import (
    HourEntry,
    Period,
    Settlement,
    SettlementItem,
    SettlementLine,
    Tariff,
)
from flexpool.hours.rules import (
    DEFAULT_LEVEL,
    HOURS_PER_DAY,
    HOURS_PER_WEEK,
    SECONDMENT_LEVEL,
    SECONDMENT_TIER,
)
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import Level, Membership, Pool, PoolMember
from flexpool.regions.models import Municipality

# Hours can be written on assignments that are running or done.
WRITABLE_ASSIGNMENT_STATUSES = (AssignmentStatus.RUNNING, AssignmentStatus.COMPLETED)
MONTHS = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]  # fmt: skip
HUNDRED = Decimal(100)


# --- periods and locking ---------------------------------------------------------------------


def closed_period_for(pool_id: int, week: date) -> Period | None:
    """The closed period of the pool that holds this week (a week belongs to its Monday's period)."""
    return (
        Period.objects.filter(pool_id=pool_id, start__lte=week, end__gte=week, closed_at__isnull=False)
        .order_by("start")
        .first()
    )


def _locked_message(period: Period) -> str:
    return _(
        "De periode %(period)s is afgesloten en verrekend; uren in die periode kunnen niet meer "
        "worden gewijzigd. Dien een correctie in: die wordt in de volgende periode verrekend."
    ) % {"period": period.label}


def _as_hours(value: Any, field: str = "hours") -> Decimal:
    try:
        hours = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError, TypeError):
        raise field_error(field, _("Vul een getal in, bijvoorbeeld 7,5.")) from None
    if not hours.is_finite():
        raise field_error(field, _("Vul een getal in, bijvoorbeeld 7,5."))
    return hours


def week_limit(assignment: Assignment, week: date) -> Decimal:
    """The most hours that fit in this week of the assignment: 24 per calendar day inside it."""
    first = max(week, assignment.start)
    last = min(week + timedelta(days=6), assignment.end)
    days = max(0, (last - first).days + 1)
    return HOURS_PER_DAY * days


def _check_week(assignment: Assignment, week: date, today: date) -> None:
    if week + timedelta(days=6) < assignment.start or week > assignment.end:
        raise field_error(
            "week",
            _("Week %(week)s valt buiten de inzet (%(start)s t/m %(end)s).")
            % {
                "week": iso_label(week),
                "start": assignment.start.strftime("%d-%m-%Y"),
                "end": assignment.end.strftime("%d-%m-%Y"),
            },
        )
    if week > today:
        raise field_error("week", _("Een week die nog niet begonnen is, kunt u nog niet invullen."))


def _check_total(assignment: Assignment, week: date, total: Decimal, *, exclude_entry: int | None) -> None:
    if total < 0:
        raise field_error("hours", _("Het aantal uren kan niet negatief zijn."))
    limit = week_limit(assignment, week)
    if total > limit:
        raise field_error(
            "hours",
            _("%(hours)s uur past niet in week %(week)s van deze inzet: die telt maximaal %(limit)s uur.")
            % {
                "hours": money.format_hours(total),
                "week": iso_label(week),
                "limit": money.format_hours(limit),
            },
        )
    others = (
        HourEntry.objects.filter(assignment__member_id=assignment.member_id, week=week)
        .exclude(assignment_id=assignment.pk)
        .exclude(status=HourStatus.REJECTED)
    )
    if exclude_entry:
        others = others.exclude(pk=exclude_entry)
    other_total = others.aggregate(s=Sum("hours"))["s"] or Decimal(0)
    if other_total + total > HOURS_PER_WEEK:
        raise field_error(
            "hours",
            _("Samen met uw andere inzet komt week %(week)s op %(sum)s uur; een week heeft er 168.")
            % {"week": iso_label(week), "sum": money.format_hours(other_total + total)},
        )


def _lock_assignment(assignment: Assignment) -> Assignment:
    # Lock the member first (fixed order), so writes for one member's week are serialised.
    PoolMember.objects.select_for_update().filter(pk=assignment.member_id).first()
    return (
        Assignment.objects.select_for_update()
        .select_related("request__municipality", "member")
        .get(pk=assignment.pk)
    )


# --- members write hours ---------------------------------------------------------------------


@transaction.atomic
def write_hours(
    *,
    actor: Any,
    assignment: Assignment,
    week: date,
    hours: Any,
    note: str = "",
    expected_version: int | None = None,
    today: date | None = None,
) -> HourEntry:
    """The member writes (or changes) the hours of one week of one assignment."""
    today = today or timezone.localdate()
    locked = _lock_assignment(assignment)
    if not is_member(actor, locked.member_id):
        raise NotAllowed(_("Alleen het poollid zelf kan uren schrijven op deze inzet."))
    if locked.status not in WRITABLE_ASSIGNMENT_STATUSES:
        raise field_error("assignment", _("Op deze inzet kunt u (nog) geen uren schrijven: hij loopt niet."))
    week = monday_of(week)
    hours = _as_hours(hours)
    _check_week(locked, week, today)
    if hours < 0:
        raise field_error("hours", _("Het aantal uren kan niet negatief zijn."))
    period = closed_period_for(locked.request.pool_id, week)
    if period:
        raise field_error("week", _locked_message(period))
    entry = (
        HourEntry.objects.select_for_update()
        .filter(assignment=locked, week=week, kind=HourEntry.Kind.REGULAR)
        .first()
    )
    if entry and expected_version is not None and entry.version != expected_version:
        raise field_error("hours", _("Deze uren zijn intussen gewijzigd. Laad de pagina opnieuw."))
    _check_total(locked, week, hours, exclude_entry=entry.pk if entry else None)
    if entry is None:
        entry = HourEntry.objects.create(
            assignment=locked, week=week, hours=hours, note=note[:255], submitted_by=actor
        )
        audit.record(
            actor=actor,
            action="uren.ingediend",
            obj=entry,
            changes={"week": iso_label(week), "hours": hours},
            municipality_code=locked.request.municipality.code,
        )
        events.hours_submitted(actor=actor, entry=entry)
        return entry
    if entry.status == HourStatus.APPROVED:
        raise field_error(
            "hours",
            _("Deze uren zijn al goedgekeurd. Dien een correctie in als ze niet kloppen."),
        )
    action = HourAction.CHANGE if entry.status == HourStatus.SUBMITTED else HourAction.RESUBMIT
    old_status, old_hours = entry.status, entry.hours
    entry.status = HOUR_LIFECYCLE.target(entry.status, action)
    entry.hours, entry.note, entry.reason = hours, note[:255], ""
    entry.submitted_by, entry.submitted_at = actor, timezone.now()
    entry.version += 1
    entry.save()
    audit.record(
        actor=actor,
        action=f"uren.{action}",
        obj=entry,
        changes={"week": iso_label(week), "hours": [old_hours, hours], "status": [old_status, entry.status]},
        municipality_code=locked.request.municipality.code,
    )
    events.hours_submitted(actor=actor, entry=entry)
    return entry


@transaction.atomic
def submit_correction(
    *,
    actor: Any,
    assignment: Assignment,
    week: date,
    hours: Any,
    reason: str,
    today: date | None = None,
) -> HourEntry:
    """Correct approved hours (or add late ones to a closed period): `hours` is the new total.

    The correction is an entry of its own holding the difference; once approved, the next
    settlement carries it, marked as a correction. The settled period itself does not change.
    """
    today = today or timezone.localdate()
    locked = _lock_assignment(assignment)
    if not is_member(actor, locked.member_id):
        raise NotAllowed(_("Alleen het poollid zelf kan een correctie indienen."))
    week = monday_of(week)
    new_total = _as_hours(hours)
    _check_week(locked, week, today)
    if not reason.strip():
        raise field_error("reason", _("Geef een reden voor de correctie."))
    entries = list(HourEntry.objects.select_for_update().filter(assignment=locked, week=week))
    regular = next((e for e in entries if e.kind == HourEntry.Kind.REGULAR), None)
    if any(e.kind == HourEntry.Kind.CORRECTION and e.status == HourStatus.SUBMITTED for e in entries):
        raise field_error("hours", _("Er ligt al een correctie voor deze week ter goedkeuring."))
    period = closed_period_for(locked.request.pool_id, week)
    if not period and (regular is None or regular.status != HourStatus.APPROVED):
        raise field_error(
            "hours",
            _("Deze week is niet afgesloten en niet goedgekeurd: pas de uren gewoon aan."),
        )
    current = sum((e.hours for e in entries if e.status == HourStatus.APPROVED), Decimal(0))
    delta = new_total - current
    if delta == 0:
        raise field_error("hours", _("Dit is gelijk aan de goedgekeurde uren; er is niets te corrigeren."))
    _check_total(locked, week, new_total, exclude_entry=None)
    # The other-assignment check above counted none of this assignment's entries: correct.
    entry = HourEntry.objects.create(
        assignment=locked,
        week=week,
        hours=delta,
        kind=HourEntry.Kind.CORRECTION,
        correction_of=regular if regular and regular.status == HourStatus.APPROVED else None,
        note=reason.strip()[:255],
        submitted_by=actor,
    )
    audit.record(
        actor=actor,
        action="uren.correctie_ingediend",
        obj=entry,
        changes={"week": iso_label(week), "hours": [current, new_total], "reason": reason.strip()},
        municipality_code=locked.request.municipality.code,
    )
    events.hours_submitted(actor=actor, entry=entry)
    return entry


# --- the municipality approves ---------------------------------------------------------------


def _decide(actor: Any, entry: HourEntry, action: str, reason: str = "") -> HourEntry:
    locked = (
        HourEntry.objects.select_for_update()
        .select_related("assignment__request__municipality")
        .get(pk=entry.pk)
    )
    request = locked.assignment.request
    if not can_act_for_municipality(actor, request.municipality_id):
        raise NotAllowed(_("Alleen de gemeente die de vraag indiende, beoordeelt deze uren."))
    if locked.status != HourStatus.SUBMITTED:
        raise field_error(
            "status",
            _("Deze uren zijn al beoordeeld (%(status)s).") % {"status": locked.get_status_display().lower()},
        )
    old = locked.status
    locked.status = HOUR_LIFECYCLE.target(old, action)
    locked.decided_by, locked.decided_at = actor, timezone.now()
    locked.reason = reason.strip()[:255]
    locked.version += 1
    locked.save(update_fields=["status", "decided_by", "decided_at", "reason", "version"])
    changes: dict[str, Any] = {
        **audit.status_change(old, locked.status),
        "week": iso_label(locked.week),
        "hours": locked.hours,
    }
    if reason:
        changes["reason"] = reason.strip()
    audit.record(
        actor=actor,
        action="uren.goedgekeurd" if action == HourAction.APPROVE else "uren.afgekeurd",
        obj=locked,
        changes=changes,
        municipality_code=request.municipality.code,
    )
    return locked


@transaction.atomic
def approve_hours(*, actor: Any, entry: HourEntry) -> HourEntry:
    return _decide(actor, entry, HourAction.APPROVE)


@transaction.atomic
def reject_hours(*, actor: Any, entry: HourEntry, reason: str) -> HourEntry:
    if not reason.strip():
        raise field_error("reason", _("Geef een reden, zodat het poollid de uren kan verbeteren."))
    rejected = _decide(actor, entry, HourAction.REJECT, reason)
    events.hours_rejected(actor=actor, entry=rejected)
    return rejected


# --- tariffs ---------------------------------------------------------------------------------


@transaction.atomic
def set_tariff(*, actor: Any, pool: Pool, year: int, tier: str, level: int, hourly_rate: Any) -> Tariff:
    if not has_permission(actor, "tariff.manage"):
        raise NotAllowed(_("Alleen de coördinator of financiën stelt tarieven vast."))
    rate = _as_hours(hourly_rate, "hourly_rate")
    if rate < 0:
        raise field_error("hourly_rate", _("Een tarief kan niet negatief zijn."))
    if tier not in Membership.Tier.values:
        raise field_error("tier", _("Onbekende soort lidmaatschap."))
    if level not in Level.values:
        raise field_error("level", _("Onbekend niveau."))
    used = Settlement.objects.filter(pool=pool, period__start__year=year).exists()
    existing = Tariff.objects.select_for_update().filter(pool=pool, year=year, tier=tier, level=level).first()
    if existing and used and existing.hourly_rate != rate:
        raise field_error(
            "hourly_rate",
            _("Met de tarieven van %(year)s is al verrekend; wijzigen kan niet meer.") % {"year": year},
        )
    old = existing.hourly_rate if existing else None
    tariff, _created = Tariff.objects.update_or_create(
        pool=pool, year=year, tier=tier, level=level, defaults={"hourly_rate": rate}
    )
    audit.record(actor=actor, action="tarief.vastgesteld", obj=tariff, changes={"hourly_rate": [old, rate]})
    return tariff


# --- periods and settlement ------------------------------------------------------------------


def period_bounds(kind: str, start: date) -> tuple[date, date]:
    if kind == Period.Kind.MONTH:
        first = start.replace(day=1)
        months = 1
    elif kind == Period.Kind.QUARTER:
        first = date(start.year, (start.month - 1) // 3 * 3 + 1, 1)
        months = 3
    else:
        raise field_error("kind", _("Kies maand of kwartaal."))
    month = first.month - 1 + months
    after = date(first.year + month // 12, month % 12 + 1, 1)
    return first, after - timedelta(days=1)


@transaction.atomic
def open_period(*, actor: Any, pool: Pool, kind: str, start: date) -> Period:
    """Finance opens a settlement period (idempotent for the same kind and start)."""
    if not has_permission(actor, "settlement.run"):
        raise NotAllowed(_("Alleen financiën verrekent."))
    first, last = period_bounds(kind, start)
    Pool.objects.select_for_update().filter(pk=pool.pk).first()
    existing = Period.objects.filter(pool=pool, start=first, end=last, kind=kind).first()
    if existing:
        return existing
    overlap = Period.objects.filter(pool=pool, start__lte=last, end__gte=first).first()
    if overlap:
        raise field_error(
            "start",
            _("Deze periode overlapt met %(other)s.") % {"other": overlap.label},
        )
    period = Period.objects.create(pool=pool, kind=kind, start=first, end=last)
    audit.record(
        actor=actor, action="periode.geopend", obj=period, changes={"van": first, "tot_en_met": last}
    )
    return period


@dataclass(frozen=True)
class _Group:
    """Approved hours of one request marked in a settlement, summed: the period's own regular
    hours (`week` is None), or the corrections and late-approved hours of one earlier week."""

    request_id: int
    week: date | None
    hours: Decimal

    @property
    def correction(self) -> bool:
        return self.week is not None


@dataclass
class _Marked:
    """What one settlement run marked, summed per request and week, with what it needs to know of
    those requests: the owning municipality, the level billed and the shares."""

    groups: list[_Group]
    requests: dict[int, tuple[int, int]]
    shares: dict[int, list[tuple[int, Decimal]]]


@transaction.atomic
def settle_period(*, actor: Any, period: Period, today: date | None = None) -> Settlement:
    """Settle and close a period. A closed period is returned unchanged (idempotent)."""
    if not has_permission(actor, "settlement.run"):
        raise NotAllowed(_("Alleen financiën verrekent."))
    today = today or timezone.localdate()
    locked = Period.objects.select_for_update().select_related("pool").get(pk=period.pk)
    if locked.closed_at is not None:
        return Settlement.objects.get(period=locked)
    if locked.end >= today:
        raise field_error(
            "period",
            _("Periode %(p)s is nog niet voorbij; verrekenen kan vanaf de dag erna.") % {"p": locked.label},
        )
    earlier = Period.objects.filter(pool_id=locked.pool_id, start__lt=locked.start, closed_at__isnull=True)
    if earlier.exists():
        raise field_error(
            "period",
            _("Verreken eerst de eerdere periode %(p)s.") % {"p": earlier.order_by("start").first().label},
        )
    settlement = Settlement.objects.create(period=locked, pool_id=locked.pool_id, created_by=actor)
    marked = _mark_and_sum(settlement, locked)
    result = compute_settlement(locked, marked)
    lines = sorted(result.lines.values(), key=lambda line: result.codes[line.municipality_id][1])
    line_ids = _write_result(settlement, result, lines)
    locked.closed_at, locked.closed_by = timezone.now(), actor
    locked.save(update_fields=["closed_at", "closed_by"])
    audit.record(
        actor=actor,
        action="verrekening.vastgesteld",
        obj=settlement,
        changes={
            "periode": locked.label,
            "uren": settlement.total_hours,
            "gebruik": settlement.total_use,
            "bijdragen": settlement.total_contribution,
            "detachering": settlement.total_secondment,
            "saldo": settlement.total_balance,
        },
    )
    _record_lines(actor, locked, result, lines, line_ids)
    return settlement


def _mark_and_sum(settlement: Settlement, period: Period) -> _Marked:
    """Mark every approved, unsettled entry of the pool up to the period's end as settled in this
    settlement, and sum exactly the marked hours per request in the database.

    The period's own regular hours are summed per request; corrections and hours of earlier weeks
    (approved after their period closed) per request and week, because their weeks are listed on
    the item and the tariff year is the year of the week. Each row comes back with the request's
    municipality, the level billed (the highest minimum level it asks for) and its shares (one row
    per share), so a month of a national pool returns a few thousand rows in one query, whatever
    the number of hour entries.

    On PostgreSQL the UPDATE is a data-modifying CTE and the sums are taken over its RETURNING
    rows: an approval that commits meanwhile is either marked and counted, or neither, never
    counted without being marked. SQLite has no data-modifying CTEs, but it lets one transaction
    write at a time: there the UPDATE runs first and the same sums are taken over the rows it
    marked with this settlement (in whole cents, because SQLite sums decimals as floats).
    """
    entry = HourEntry._meta.db_table
    assignment = Assignment._meta.db_table
    request = CapacityRequest._meta.db_table
    required = RequiredCompetence._meta.db_table
    share = RequestShare._meta.db_table
    on_postgresql = connection.vendor == "postgresql"
    where = (
        f"status = %s AND settled_in_id IS NULL AND week <= %s AND assignment_id IN "
        f"(SELECT a.id FROM {assignment} a INNER JOIN {request} r ON r.id = a.request_id "
        f"WHERE r.pool_id = %s)"
    )
    where_params = [HourStatus.APPROVED.value, period.end, period.pool_id]
    # The week of corrections and late hours; NULL for the period's own regular hours.
    week = "CASE WHEN kind = %s OR week < %s THEN week END"
    week_params = [HourEntry.Kind.CORRECTION.value, period.start]
    if on_postgresql:
        marked = (
            f"UPDATE {entry} SET settled_in_id = %s WHERE {where} "
            f"RETURNING assignment_id, {week} AS week, hours"
        )
        marked_params = [settlement.pk, *where_params, *week_params]
        hours, percentage = "m.hours", "s.percentage"
    else:
        marked = f"SELECT assignment_id, {week} AS week, hours FROM {entry} WHERE settled_in_id = %s"
        marked_params = [*week_params, settlement.pk]
        hours, percentage = (
            "CAST(ROUND(m.hours * 100) AS INTEGER)",
            "CAST(ROUND(s.percentage * 100) AS INTEGER)",
        )
    sql = (
        f"WITH marked AS ({marked}), "
        f"grouped AS (SELECT a.request_id, m.week, SUM({hours}) AS hours "
        f"FROM marked m INNER JOIN {assignment} a ON a.id = m.assignment_id GROUP BY a.request_id, m.week), "
        f"levels AS (SELECT c.request_id, MAX(c.min_level) AS level FROM {required} c "
        f"WHERE c.request_id IN (SELECT request_id FROM grouped) GROUP BY c.request_id) "
        f"SELECT g.request_id, g.week, g.hours, r.municipality_id, l.level, s.municipality_id, {percentage} "
        f"FROM grouped g INNER JOIN {request} r ON r.id = g.request_id "
        f"LEFT OUTER JOIN levels l ON l.request_id = g.request_id "
        f"LEFT OUTER JOIN {share} s ON s.request_id = g.request_id"
    )
    with connection.cursor() as cursor:
        if on_postgresql:
            # A statement over a few thousand rows: compiling it (JIT, when the planner's estimate
            # for a large table passes jit_above_cost) takes longer than running it.
            cursor.execute("SET LOCAL jit = off")
        else:
            cursor.execute(
                f"UPDATE {entry} SET settled_in_id = %s WHERE {where}", [settlement.pk, *where_params]
            )
        cursor.execute(sql, marked_params)
        rows = cursor.fetchall()
    groups: dict[tuple[int, date | None], Decimal] = {}
    requests: dict[int, tuple[int, int]] = {}
    shares: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for request_id, week_of, summed, owner, level, share_municipality, share_percentage in rows:
        if week_of is not None and not isinstance(week_of, date):
            week_of = date.fromisoformat(str(week_of))
        if not on_postgresql:
            summed = Decimal(summed) / 100
            share_percentage = None if share_percentage is None else Decimal(share_percentage) / 100
        groups[(request_id, week_of)] = summed.quantize(money.CENT)
        requests[request_id] = (owner, level or DEFAULT_LEVEL)
        if share_municipality is not None:
            shares[request_id][share_municipality] = share_percentage.quantize(money.CENT)
    return _Marked(
        groups=[_Group(request_id, week_of, summed) for (request_id, week_of), summed in groups.items()],
        requests=requests,
        shares={r: sorted(parts.items()) for r, parts in shares.items()},
    )


# An item as it is written, in ITEM_COLUMNS order but with the municipality where the line goes:
# (kind, municipality id, request id, weeks, level, request hours, share, hourly rate, amount,
# request total).
ComputedItem = tuple


@dataclass
class ComputedLine:
    municipality_id: int
    tier: str
    hours: Decimal = Decimal("0.00")
    use_amount: Decimal = Decimal("0.00")
    correction_amount: Decimal = Decimal("0.00")
    contribution_credit: Decimal = Decimal("0.00")
    secondment_credit: Decimal = Decimal("0.00")

    @property
    def balance(self) -> Decimal:
        return self.use_amount - self.contribution_credit - self.secondment_credit


@dataclass
class ComputedSettlement:
    lines: dict[int, ComputedLine]
    items: list[ComputedItem]
    codes: dict[int, tuple[str, str]]


def compute_settlement(period: Period, marked: _Marked) -> ComputedSettlement:
    """Read the memberships and tariffs (constant number of queries) and compute every line and
    item from the summed hours with the rounding rule of `money`."""
    requests, shares = marked.requests, marked.shares
    memberships = list(
        Membership.objects.filter(pool_id=period.pool_id).values_list(
            "municipality_id",
            "tier",
            "joined_on",
            "left_on",
            "yearly_contribution_eur",
            "yearly_seconded_hours",
            "municipality__code",
            "municipality__name",
        )
    )
    rates = {
        (year, tier, level): rate
        for year, tier, level, rate in Tariff.objects.filter(pool_id=period.pool_id).values_list(
            "year", "tier", "level", "hourly_rate"
        )
    }
    tiers = {m[0]: m[1] for m in memberships}
    codes = {m[0]: (m[6], m[7]) for m in memberships}
    missing: set[tuple[int, str, int]] = set()

    def rate_for(year: int, municipality_id: int, level: int) -> Decimal:
        key = (year, tiers.get(municipality_id, Membership.Tier.ASSOCIATE), level)
        rate = rates.get(key)
        if rate is None:
            missing.add(key)
            return Decimal(0)
        return rate

    lines: dict[int, ComputedLine] = {}
    for municipality_id, tier, joined, left, yearly, seconded, _code, _name in memberships:
        if joined > period.end or (left and left < period.start):
            continue
        line = lines[municipality_id] = ComputedLine(municipality_id, tier)
        if tier == Membership.Tier.FULL:
            line.contribution_credit = money.prorate_yearly(yearly, period.start, period.end, joined, left)
        if seconded:
            rate = rates.get((period.start.year, SECONDMENT_TIER, SECONDMENT_LEVEL))
            if rate is None:
                missing.add((period.start.year, SECONDMENT_TIER, SECONDMENT_LEVEL))
            else:
                line.secondment_credit = money.prorate_yearly(
                    seconded * rate, period.start, period.end, joined, left
                )

    grouped: dict[tuple[int, bool], list[_Group]] = defaultdict(list)
    for group in marked.groups:
        grouped[(group.request_id, group.correction)].append(group)
    year = period.start.year
    items: list[ComputedItem] = []
    for (request_id, correction), groups in sorted(grouped.items(), key=itemgetter(0)):
        owner, level = requests[request_id]
        parts_of = shares.get(request_id) or [(owner, HUNDRED)]
        hours = sum((g.hours for g in groups), Decimal(0))
        exact: dict[int, Decimal] = {}
        item_rate: dict[int, Decimal | None] = {}
        for municipality_id, percentage in parts_of:
            if correction:
                # Per week: the tariff is that of the week's year.
                used: set[Decimal] = set()
                amount = Decimal(0)
                for g in groups:
                    rate = rate_for(g.week.year, municipality_id, level)
                    used.add(rate)
                    amount += g.hours * rate
                item_rate[municipality_id] = next(iter(used)) if len(used) == 1 else None
            else:
                rate = item_rate[municipality_id] = rate_for(year, municipality_id, level)
                amount = hours * rate
            exact[municipality_id] = amount * percentage / HUNDRED
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
            kind = SettlementItem.Kind.CORRECTION.value
            weeks = ", ".join(sorted({iso_label(g.week) for g in groups}))[:255]
        else:
            kind, weeks = SettlementItem.Kind.REGULAR.value, ""
        for municipality_id, percentage in parts_of:
            line = lines.get(municipality_id)
            if line is None:
                line = lines[municipality_id] = ComputedLine(
                    municipality_id, tiers.get(municipality_id, Membership.Tier.ASSOCIATE)
                )
            part = parts[municipality_id]
            items.append(
                (
                    kind,
                    municipality_id,
                    request_id,
                    weeks,
                    level,
                    hours,
                    percentage,
                    item_rate[municipality_id],
                    part,
                    total,
                )
            )
            line.hours += hour_parts[municipality_id]
            line.use_amount += part
            if correction:
                line.correction_amount += part
    if missing:
        labels = sorted(
            f"{year} {Membership.Tier(tier).label.lower()} {Level(level).label.lower()}"
            for year, tier, level in missing
        )
        raise ValidationError(
            {"period": [_("Er ontbreken tarieven: %(list)s.") % {"list": "; ".join(labels)}]}
        )
    if not codes or any(m not in codes for m in lines):
        for pk, code, name in Municipality.objects.filter(pk__in=list(lines)).values_list(
            "pk", "code", "name"
        ):
            codes.setdefault(pk, (code, name))
    return ComputedSettlement(lines=lines, items=items, codes=codes)


LINE_COLUMNS = ["settlement_id", "municipality_id", "tier", "hours", "use_amount", "correction_amount",
                "contribution_credit", "secondment_credit", "balance"]  # fmt: skip
ITEM_COLUMNS = ["kind", "line_id", "request_id", "weeks", "level", "request_hours", "share", "hourly_rate",
                "amount", "request_total"]  # fmt: skip
AUDIT_COLUMNS = ["occurred_at", "actor_id", "action", "object_type", "object_id", "object_label", "changes",
                 "municipality_code", "pool_ref"]  # fmt: skip


def _write_result(
    settlement: Settlement, result: ComputedSettlement, lines: list[ComputedLine]
) -> dict[int, int]:
    """Write the lines (in the order given: by municipality name), the items and the settlement's
    totals; return the line id of each municipality.

    On PostgreSQL every table is written with one COPY (a national pool has thousands of items
    per period, and bulk_create spends most of its time building and preparing model
    instances); elsewhere with bulk_create."""
    line_rows = [(settlement.pk, *(getattr(line, column) for column in LINE_COLUMNS[1:])) for line in lines]
    _copy_or_bulk_create(SettlementLine, LINE_COLUMNS, line_rows)
    line_ids = dict(SettlementLine.objects.filter(settlement=settlement).values_list("municipality_id", "pk"))
    _copy_or_bulk_create(
        SettlementItem,
        ITEM_COLUMNS,
        [(item[0], line_ids[item[1]], *item[2:]) for item in result.items],
    )
    for total, column in TOTALS.items():
        setattr(settlement, total, sum((getattr(line, column) for line in lines), Decimal("0.00")))
    settlement.save(update_fields=list(TOTALS))
    return line_ids


def _record_lines(
    actor: Any,
    period: Period,
    result: ComputedSettlement,
    lines: list[ComputedLine],
    line_ids: dict[int, int],
) -> None:
    """One `verrekening.regel` audit record per line, so a contact sees its own settlement in its log."""
    now = timezone.now()
    actor_id = actor.pk if getattr(actor, "is_authenticated", False) else None
    object_type = SettlementLine._meta.label_lower
    _copy_or_bulk_create(
        AuditRecord,
        AUDIT_COLUMNS,
        [
            (
                now,
                actor_id,
                "verrekening.regel",
                object_type,
                str(line_ids[line.municipality_id]),
                f"{period.label}: {result.codes[line.municipality_id][1]}"[:255],
                {"gebruik": str(line.use_amount), "saldo": str(line.balance)},
                result.codes[line.municipality_id][0],
                period.pool_id,
            )
            for line in lines
        ],
    )


# The settlement's totals: each the sum of one column of its lines.
TOTALS = {
    "total_hours": "hours",
    "total_use": "use_amount",
    "total_corrections": "correction_amount",
    "total_contribution": "contribution_credit",
    "total_secondment": "secondment_credit",
    "total_balance": "balance",
}


def _copy_or_bulk_create(model: type[models.Model], columns: list[str], rows: list[tuple]) -> None:
    """Insert rows (tuples in `columns` order, attribute names) in one statement: COPY on
    PostgreSQL, else bulk_create. JSON values are written as JSON text."""
    if connection.vendor != "postgresql":
        model.objects.bulk_create(
            [model(**dict(zip(columns, row, strict=True))) for row in rows], batch_size=500
        )
        return
    fields = [model._meta.get_field(c) for c in columns]
    as_json = [i for i, field in enumerate(fields) if isinstance(field, models.JSONField)]
    quoted = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    sql = f"COPY {connection.ops.quote_name(model._meta.db_table)} ({quoted}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            if as_json:
                row = list(row)
                for i in as_json:
                    row[i] = json.dumps(row[i])
            copy.write_row(row)
