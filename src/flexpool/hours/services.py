"""Writing hours, approving them, corrections, tariffs, periods and settlement.

Every function is atomic, checks the actor, and writes an audit record. Approval locks the entry
row, so two approvals at once count once; settlement locks the period row, and a settled (closed)
period is returned as it is, so running it again changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import connection, transaction
from django.db.models import Max, Sum
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
from flexpool.demand.models import CapacityRequest, RequestShare
from flexpool.hours import money
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


def _municipality_code(entry: HourEntry) -> str:
    return entry.assignment.request.municipality.code


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
    return _decide(actor, entry, HourAction.REJECT, reason)


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
class _Entry:
    request_id: int
    week: date
    hours: Decimal
    correction: bool


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
    entries = _mark_and_read(settlement, locked)
    result = compute_settlement(locked, entries)
    _write_result(settlement, result)
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
    codes = dict(result.codes)
    AuditRecord.objects.bulk_create(
        [
            AuditRecord(
                actor=actor if getattr(actor, "is_authenticated", False) else None,
                action="verrekening.regel",
                object_type=SettlementLine._meta.label_lower,
                object_id=str(line.pk),
                object_label=f"{locked.label}: {codes[line.municipality_id][1]}"[:255],
                changes={"gebruik": str(line.use_amount), "saldo": str(line.balance)},
                municipality_code=codes[line.municipality_id][0],
            )
            for line in result.saved_lines
        ]
    )
    return settlement


def _mark_and_read(settlement: Settlement, period: Period) -> list[_Entry]:
    """Mark every approved, unsettled entry of the pool up to the period's end as settled in this
    settlement, and read back exactly the marked rows, in one statement (UPDATE ... RETURNING).

    An approval that commits meanwhile is either marked and counted, or neither: never counted
    without being marked. Raw SQL because the ORM cannot return rows from an update; it runs on
    PostgreSQL and on SQLite (3.35+) alike.
    """
    entry = HourEntry._meta.db_table
    assignment = Assignment._meta.db_table
    request = CapacityRequest._meta.db_table
    sql = (
        f"UPDATE {entry} SET settled_in_id = %s "
        f"WHERE status = %s AND settled_in_id IS NULL AND week <= %s AND assignment_id IN "
        f"(SELECT a.id FROM {assignment} a INNER JOIN {request} r ON r.id = a.request_id "
        f"WHERE r.pool_id = %s) RETURNING assignment_id, week, hours, kind"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [settlement.pk, HourStatus.APPROVED.value, period.end, period.pool_id])
        rows = cursor.fetchall()
    if not rows:
        return []
    request_of = dict(
        Assignment.objects.filter(pk__in={row[0] for row in rows}).values_list("pk", "request_id")
    )
    regular: dict[int, Decimal] = defaultdict(Decimal)
    entries = []
    for assignment_id, week, hours, kind in rows:
        week = week if isinstance(week, date) else date.fromisoformat(str(week))
        hours = hours if isinstance(hours, Decimal) else Decimal(str(hours)).quantize(Decimal("0.01"))
        request_id = request_of[assignment_id]
        if kind == HourEntry.Kind.CORRECTION or week < period.start:
            # Corrections and late hours row by row: their weeks are listed on the item.
            entries.append(_Entry(request_id, week, hours, True))
        else:
            regular[request_id] += hours
    return [_Entry(r, period.start, h, False) for r, h in regular.items()] + entries


@dataclass
class ComputedItem:
    request_id: int
    municipality_id: int
    correction: bool
    weeks: str
    level: int
    request_hours: Decimal
    share: Decimal
    hourly_rate: Decimal | None
    amount: Decimal
    request_total: Decimal


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
    saved_lines: list = None  # filled when written


def compute_settlement(period: Period, entries: list[_Entry]) -> ComputedSettlement:
    """Read the requests, shares, memberships and tariffs the entries need (constant number of
    queries) and compute every line and item with the rounding rule of `money`."""
    request_ids = sorted({e.request_id for e in entries})
    requests = (
        {
            pk: (municipality_id, level or DEFAULT_LEVEL)
            for pk, municipality_id, level in CapacityRequest.objects.filter(pk__in=request_ids)
            .annotate(level=Max("required_competences__min_level"))
            .values_list("pk", "municipality_id", "level")
        }
        if request_ids
        else {}
    )
    shares: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    if request_ids:
        for request_id, municipality_id, percentage in (
            RequestShare.objects.filter(request_id__in=request_ids)
            .values_list("request_id", "municipality_id", "percentage")
            .order_by("request_id", "municipality_id")
        ):
            shares[request_id].append((municipality_id, percentage))
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
        if key not in rates:
            missing.add(key)
            return Decimal(0)
        return rates[key]

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

    grouped: dict[tuple[int, bool], list[_Entry]] = defaultdict(list)
    for entry in entries:
        grouped[(entry.request_id, entry.correction)].append(entry)
    items: list[ComputedItem] = []
    for (request_id, correction), group in sorted(grouped.items()):
        owner, level = requests[request_id]
        parts_of = shares.get(request_id) or [(owner, Decimal(100))]
        hours = sum((e.hours for e in group), Decimal(0))
        exact: dict[int, Decimal] = {}
        used_rates: dict[int, set[Decimal]] = defaultdict(set)
        for municipality_id, percentage in parts_of:
            amount = Decimal(0)
            for e in group:
                rate = rate_for(e.week.year, municipality_id, level)
                used_rates[municipality_id].add(rate)
                amount += e.hours * rate
            exact[municipality_id] = amount * percentage / Decimal(100)
        total, parts = money.split_by_amounts(exact)
        # Hours are split the same way, so the lines' hours add up to the request's hours.
        hour_parts = money.allocate(hours, {m: hours * p / Decimal(100) for m, p in parts_of})
        weeks = ", ".join(sorted({iso_label(e.week) for e in group})) if correction else ""
        for municipality_id, percentage in parts_of:
            line = lines.get(municipality_id)
            if line is None:
                line = lines[municipality_id] = ComputedLine(
                    municipality_id, tiers.get(municipality_id, Membership.Tier.ASSOCIATE)
                )
            rates_used = used_rates[municipality_id]
            items.append(
                ComputedItem(
                    request_id=request_id,
                    municipality_id=municipality_id,
                    correction=correction,
                    weeks=weeks[:255],
                    level=level,
                    request_hours=hours,
                    share=percentage,
                    hourly_rate=next(iter(rates_used)) if len(rates_used) == 1 else None,
                    amount=parts[municipality_id],
                    request_total=total,
                )
            )
            line.hours += hour_parts[municipality_id]
            line.use_amount += parts[municipality_id]
            if correction:
                line.correction_amount += parts[municipality_id]
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


def _write_result(settlement: Settlement, result: ComputedSettlement) -> None:
    ordered = sorted(result.lines.values(), key=lambda line: result.codes[line.municipality_id][1])
    saved = SettlementLine.objects.bulk_create(
        [
            SettlementLine(
                settlement=settlement,
                municipality_id=line.municipality_id,
                tier=line.tier,
                hours=line.hours,
                use_amount=line.use_amount,
                correction_amount=line.correction_amount,
                contribution_credit=line.contribution_credit,
                secondment_credit=line.secondment_credit,
                balance=line.balance,
            )
            for line in ordered
        ]
    )
    by_municipality = {line.municipality_id: line for line in saved}
    _insert_items(
        [
            (
                SettlementItem.Kind.CORRECTION.value
                if item.correction
                else SettlementItem.Kind.REGULAR.value,
                by_municipality[item.municipality_id].pk,
                item.request_id,
                item.weeks,
                item.level,
                item.request_hours,
                item.share,
                item.hourly_rate,
                item.amount,
                item.request_total,
            )
            for item in result.items
        ]
    )
    zero = Decimal("0.00")
    settlement.total_hours = sum((line.hours for line in saved), zero)
    settlement.total_use = sum((line.use_amount for line in saved), zero)
    settlement.total_corrections = sum((line.correction_amount for line in saved), zero)
    settlement.total_contribution = sum((line.contribution_credit for line in saved), zero)
    settlement.total_secondment = sum((line.secondment_credit for line in saved), zero)
    settlement.total_balance = sum((line.balance for line in saved), zero)
    settlement.save()
    result.saved_lines = saved


ITEM_COLUMNS = ["kind", "line_id", "request_id", "weeks", "level", "request_hours", "share", "hourly_rate",
                "amount", "request_total"]  # fmt: skip


def _insert_items(rows: list[tuple]) -> None:
    """Write the items (tuples in ITEM_COLUMNS order) in one statement: COPY on PostgreSQL (a
    national pool has thousands per period, and bulk_create spends most of its time building and
    preparing model instances), else bulk_create."""
    if connection.vendor != "postgresql":
        SettlementItem.objects.bulk_create(
            [SettlementItem(**dict(zip(ITEM_COLUMNS, row, strict=True))) for row in rows], batch_size=2000
        )
        return
    table = SettlementItem._meta.db_table
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({', '.join(ITEM_COLUMNS)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)
