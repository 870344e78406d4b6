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
from typing import Any

from django.db import connection, models, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from flexpool.accounts.permissions import (
    has_permission,
    is_member,
    may_approve_hours_of,
)
from flexpool.agreements import selectors as funding_selectors
from flexpool.agreements.models import Funder
from flexpool.core import audit
from flexpool.core.dates import day_text, week_text
from flexpool.core.errors import NotAllowed, ValidationError, field_error
from flexpool.core.models import AuditRecord
from flexpool.core.weeks import iso_label, monday_of
from flexpool.demand.models import CapacityRequest, RequestShare, RequiredCompetence
from flexpool.hours import money
from flexpool.hours import notify as events
from flexpool.hours import settlement as settlement_rules
from flexpool.hours.lifecycle import HOUR_LIFECYCLE, HourAction, HourStatus
from flexpool.hours.models import (
    HourEntry,
    Period,
    Settlement,
    SettlementFunding,
    SettlementItem,
    SettlementLine,
    Tariff,
)
from flexpool.hours.rules import (
    DEFAULT_LEVEL,
    HOURS_PER_DAY,
    HOURS_PER_WEEK,
)
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import Level, Membership, MembershipEvent, Pool, PoolMember
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
            _("%(week)s valt buiten de inzet (%(start)s t/m %(end)s).")
            % {
                "week": week_text(week),
                "start": day_text(assignment.start),
                "end": day_text(assignment.end),
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
            _("Samen met uw andere inzet komt %(week)s op %(sum)s uur; een week heeft er 168.")
            % {"week": week_text(week), "sum": money.format_hours(other_total + total)},
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
    agreed = agreed_hours(locked, week)
    over = hours > agreed
    if over and not note.strip():
        raise field_error(
            "note",
            _(
                "U schrijft %(hours)s uur; afgesproken is %(agreed)s uur in deze week. "
                "Schrijf in de toelichting waarom het meer is."
            )
            % {"hours": money.format_hours(hours), "agreed": money.format_hours(agreed)},
        )
    extra = {"agreed": agreed, "over_agreed": True} if over else {}
    if entry is None:
        entry = HourEntry.objects.create(
            assignment=locked, week=week, hours=hours, note=note[:255], submitted_by=actor
        )
        audit.record(
            actor=actor,
            action="uren.ingediend",
            obj=entry,
            changes={"week": iso_label(week), "hours": hours, **extra},
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
        changes={
            "week": iso_label(week),
            "hours": [old_hours, hours],
            "status": [old_status, entry.status],
            **extra,
        },
        municipality_code=locked.request.municipality.code,
    )
    events.hours_submitted(actor=actor, entry=entry)
    return entry


def agreed_hours(assignment: Assignment, week: date) -> Decimal:
    """The hours agreed for a week of the assignment: its hours per week (also in a first or last
    week that is only partly inside it, so a member can catch up there without a reason)."""
    return Decimal(assignment.hours_per_week)


@dataclass(frozen=True)
class WeekLine:
    """One row of the weekly timesheet as the member saw and filled it.

    `hours` None: the member left the row empty. `shown_version`: the version of the entry the
    timesheet showed, 0 when it showed none; a different version now means someone changed the
    week in between, and nothing is overwritten.
    """

    assignment: Assignment
    hours: Any
    note: str = ""
    shown_version: int = 0


@dataclass(frozen=True)
class WeekChange:
    assignment: Assignment
    entry: HourEntry
    old_hours: Decimal | None


@transaction.atomic
def write_week(
    *, actor: Any, week: date, lines: list[WeekLine], today: date | None = None
) -> list[WeekChange]:
    """Save one week of the timesheet: every row at once, or none.

    Rows that are empty and had no entry, or that did not change, are left alone. An entry that
    exists is only changed when the member saw it (`shown_version`), so a week is never replaced
    without the member seeing what was there. Errors name the row: `hours_<assignment id>`.
    """
    week = monday_of(week)
    changes: list[WeekChange] = []
    errors: dict[str, list[str]] = {}
    for line in lines:
        key = line.assignment.pk
        existing = (
            HourEntry.objects.filter(assignment=line.assignment, week=week, kind=HourEntry.Kind.REGULAR)
            .only("hours", "note", "version", "status")
            .first()
        )
        if line.hours in (None, ""):
            if existing is not None and line.shown_version == existing.version:
                errors.setdefault(f"hours_{key}", []).append(
                    _("Vul een aantal uren in; 0 als u deze week niet voor deze inzet werkte.")
                )
            continue
        if existing is not None and line.shown_version != existing.version:
            errors.setdefault(f"hours_{key}", []).append(
                _(
                    "Voor deze week staat intussen %(hours)s uur op deze inzet. Bekijk de week "
                    "opnieuw en pas de uren daar aan."
                )
                % {"hours": money.format_hours(existing.hours)}
            )
            continue
        try:
            hours = _as_hours(line.hours)
        except ValidationError as error:
            errors.setdefault(f"hours_{key}", []).extend(error.messages)
            continue
        if existing is not None and existing.hours == hours and existing.note == line.note[:255]:
            continue
        try:
            with transaction.atomic():
                entry = write_hours(
                    actor=actor,
                    assignment=line.assignment,
                    week=week,
                    hours=hours,
                    note=line.note,
                    expected_version=existing.version if existing else None,
                    today=today,
                )
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                name = "note" if field == "note" else "hours"
                errors.setdefault(f"{name}_{key}", []).extend(messages)
            continue
        changes.append(WeekChange(line.assignment, entry, existing.hours if existing else None))
    if errors:
        transaction.set_rollback(True)
        raise ValidationError(errors)
    return changes


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
        .select_related("assignment__request__municipality", "assignment__request__pool")
        .get(pk=entry.pk)
    )
    request = locked.assignment.request
    if not may_approve_hours_of(actor, request):
        raise NotAllowed(
            _(
                "Alleen de gemeente die de vraag indiende beoordeelt deze uren, "
                "of een partner als de pool dat toestaat."
            )
        )
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


@transaction.atomic
def decide_many(*, actor: Any, entries: list[HourEntry], approve: bool, reason: str = "") -> list[HourEntry]:
    """Approve or reject several entries in one step: all of them, or none when one cannot be."""
    if not entries:
        raise field_error("entries", _("Kies eerst een of meer urenregels."))
    if not approve and not reason.strip():
        raise field_error("reason", _("Geef een reden, zodat het poollid de uren kan verbeteren."))
    action = HourAction.APPROVE if approve else HourAction.REJECT
    # Fixed order, so two people deciding overlapping selections cannot deadlock.
    return [_decide(actor, entry, action, reason) for entry in sorted(entries, key=lambda e: e.pk)]


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
    earlier = (
        Period.objects.filter(pool_id=locked.pool_id, start__lt=locked.start, closed_at__isnull=True)
        .order_by("start")
        .first()
    )
    if earlier is not None:
        raise field_error("period", _("Verreken eerst de eerdere periode %(p)s.") % {"p": earlier.label})
    settlement = Settlement.objects.create(period=locked, pool_id=locked.pool_id, created_by=actor)
    data, names = load_settlement_input(settlement=settlement, period=locked)
    try:
        result = settlement_rules.compute(data)
    except settlement_rules.MissingTariffs as error:
        raise ValidationError(
            {"period": [_("Er ontbreken tarieven: %(list)s.") % {"list": _tariff_labels(error.missing)}]}
        ) from None
    lines = write_settlement(settlement=settlement, result=result, names=names)
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
            "financiers": {f.name: f.amount for f in settlement.funding.all()},
            "saldo": settlement.total_balance,
        },
    )
    _record_lines(actor, locked, lines)
    return settlement


@dataclass(frozen=True)
class WaitingGroup:
    """Entries of one municipality that still wait for approval in or before a period."""

    municipality: str
    entries: int
    hours: Decimal


@dataclass(frozen=True)
class PreviewLine:
    municipality: str
    code: str
    hours: Decimal
    use_amount: Decimal
    credits: Decimal
    balance: Decimal


@dataclass(frozen=True)
class SettlementPreview:
    """What settling a period would make final, computed by the settlement itself and undone."""

    label: str
    start: date
    end: date
    already_settled: bool
    lines: list[PreviewLine]
    total_hours: Decimal
    total_balance: Decimal
    waiting: list[WaitingGroup]

    @property
    def waiting_entries(self) -> int:
        return sum(group.entries for group in self.waiting)

    @property
    def waiting_hours(self) -> Decimal:
        return sum((group.hours for group in self.waiting), Decimal(0))


class _Undo(Exception):
    pass


def waiting_entries(pool: Pool, end: date) -> list[WaitingGroup]:
    """Entries of the pool up to `end` that are submitted but not yet approved or rejected."""
    rows = (
        HourEntry.objects.filter(status=HourStatus.SUBMITTED, week__lte=end, assignment__request__pool=pool)
        .values("assignment__request__municipality__name")
        .annotate(n=models.Count("id"), total=Sum("hours"))
        .order_by("assignment__request__municipality__name")
    )
    return [
        WaitingGroup(row["assignment__request__municipality__name"], row["n"], Decimal(row["total"] or 0))
        for row in rows
    ]


def preview_settlement(
    *, actor: Any, pool: Pool, kind: str, start: date, today: date | None = None
) -> SettlementPreview:
    """Settle the period inside a transaction that is then rolled back: the figures are exactly
    those that confirming would make final, and nothing is written (no period, no audit record)."""
    if not has_permission(actor, "settlement.run"):
        raise NotAllowed(_("Alleen financiën verrekent."))
    result: dict[str, Any] = {}
    try:
        with transaction.atomic():
            period = open_period(actor=actor, pool=pool, kind=kind, start=start)
            result["already"] = period.is_closed
            settlement = settle_period(actor=actor, period=period, today=today)
            result["period"] = (period.label, period.start, period.end)
            result["totals"] = (settlement.total_hours, settlement.total_balance)
            result["lines"] = [
                PreviewLine(
                    line.municipality.name,
                    line.municipality.code,
                    line.hours,
                    line.use_amount,
                    line.contribution_credit + line.secondment_credit + line.funder_credit,
                    line.balance,
                )
                for line in settlement.lines.select_related("municipality").order_by("municipality__name")
            ]
            result["waiting"] = waiting_entries(pool, period.end)
            raise _Undo
    except _Undo:
        pass
    label, first, last = result["period"]
    return SettlementPreview(
        label=label,
        start=first,
        end=last,
        already_settled=result["already"],
        lines=result["lines"],
        total_hours=result["totals"][0],
        total_balance=result["totals"][1],
        waiting=result["waiting"],
    )


@transaction.atomic
def confirm_settlement(
    *,
    actor: Any,
    pool: Pool,
    kind: str,
    start: date,
    leave_waiting: bool,
    today: date | None = None,
) -> Settlement:
    """Open and settle a period after the preview. Entries that still wait for approval are not
    part of it; they are only left for the next period when finance says so (`leave_waiting`)."""
    period = open_period(actor=actor, pool=pool, kind=kind, start=start)
    if not period.is_closed:
        waiting = waiting_entries(pool, period.end)
        count = sum(group.entries for group in waiting)
        if count and not leave_waiting:
            raise field_error(
                "leave_waiting",
                ngettext(
                    "Er wacht nog %(n)d urenregel op goedkeuring. Kies of die naar de volgende "
                    "periode gaat, of laat de gemeente haar eerst beoordelen.",
                    "Er wachten nog %(n)d urenregels op goedkeuring. Kies of die naar de volgende "
                    "periode gaan, of laat de gemeenten ze eerst beoordelen.",
                    count,
                )
                % {"n": count},
            )
        if count:
            audit.record(
                actor=actor,
                action="verrekening.wachtende_uren_doorgeschoven",
                obj=period,
                changes={"periode": period.label, "urenregels": count},
            )
    return settle_period(actor=actor, period=period, today=today)


def load_settlement_input(
    *, settlement: Settlement, period: Period
) -> tuple[settlement_rules.SettlementInput, dict[int, tuple[str, str]]]:
    """Everything `settlement.compute` needs for this period, read from the database, and the code
    and name of each member municipality.

    The hours are marked as settled in `settlement` while they are read (`_mark_hours`), so run
    this in the transaction that writes the result. Memberships and tariffs take one query each.
    """
    hours, requests = _mark_hours(settlement, period)
    history = _tier_history(period.pool_id)
    members: list[settlement_rules.Member] = []
    names: dict[int, tuple[str, str]] = {}
    for municipality_id, tier, joined, left, yearly, seconded, code, name in Membership.objects.filter(
        pool_id=period.pool_id
    ).values_list(
        "municipality_id",
        "tier",
        "joined_on",
        "left_on",
        "yearly_contribution_eur",
        "yearly_seconded_hours",
        "municipality__code",
        "municipality__name",
    ):
        first_tier, first_yearly, changes = history.get(municipality_id, (tier, yearly, ()))
        members.append(
            settlement_rules.Member(
                municipality_id=municipality_id,
                tier=first_tier or tier,
                joined_on=joined,
                left_on=left,
                yearly_contribution=yearly if first_yearly is None else first_yearly,
                yearly_seconded_hours=seconded,
                changes=changes,
            )
        )
        names[municipality_id] = (code, name)
    tariffs = tuple(
        settlement_rules.Tariff(year=year, tier=tier, level=level, hourly_rate=rate)
        for year, tier, level, rate in Tariff.objects.filter(pool_id=period.pool_id).values_list(
            "year", "tier", "level", "hourly_rate"
        )
    )
    funding = tuple(
        settlement_rules.Funding(funder_id=c.funder_id, yearly_amount=c.amount_eur, percentage=c.percentage)
        for c in funding_selectors.contributions_in(period.pool_id, period.start.year)
    )
    data = settlement_rules.SettlementInput(
        period=settlement_rules.Span(period.start, period.end),
        hours=hours,
        requests=requests,
        members=tuple(members),
        tariffs=tariffs,
        funding=funding,
    )
    return data, names


def _tier_history(
    pool_id: int,
) -> dict[int, tuple[str, Decimal | None, tuple[settlement_rules.TierChange, ...]]]:
    """Per municipality that changed tier: the tier and contribution it had before its first
    change, and every change (`MembershipEvent` of kind TIER, in the order they were made).

    Before the first change holds what that change recorded as previous; a change recorded before
    previous values were kept falls back to the joining step, or else to the membership's current
    tier and contribution (an empty tier or None here). One query."""
    events = MembershipEvent.objects.filter(
        membership__pool_id=pool_id,
        kind__in=[MembershipEvent.Kind.JOINED, MembershipEvent.Kind.TIER],
    ).order_by("membership_id", "on", "id")
    joined: dict[int, tuple[str, Decimal]] = {}
    first: dict[int, tuple[str, Decimal | None]] = {}
    changes: dict[int, list[settlement_rules.TierChange]] = defaultdict(list)
    for municipality_id, kind, on, tier, yearly, previous_tier, previous_yearly in events.values_list(
        "membership__municipality_id",
        "kind",
        "on",
        "tier",
        "yearly_contribution_eur",
        "previous_tier",
        "previous_contribution_eur",
    ):
        if kind == MembershipEvent.Kind.JOINED:
            joined.setdefault(municipality_id, (tier, yearly))
            continue
        if municipality_id not in first and previous_tier:
            first[municipality_id] = (previous_tier, previous_yearly)
        elif municipality_id not in first and municipality_id in joined:
            first[municipality_id] = joined[municipality_id]
        else:
            first.setdefault(municipality_id, ("", None))
        changes[municipality_id].append(
            settlement_rules.TierChange(on=on, tier=tier, yearly_contribution=yearly)
        )
    return {m: (first[m][0], first[m][1], tuple(c)) for m, c in changes.items()}


def _mark_hours(
    settlement: Settlement, period: Period
) -> tuple[tuple[settlement_rules.Hours, ...], tuple[settlement_rules.Request, ...]]:
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
    where_params: list[str | int | date] = [HourStatus.APPROVED.value, period.end, period.pool_id]
    # The week of corrections and late hours; NULL for the period's own regular hours.
    week = "CASE WHEN kind = %s OR week < %s THEN week END"
    week_params: list[str | int | date] = [HourEntry.Kind.CORRECTION.value, period.start]
    if on_postgresql:
        marked = (
            f"UPDATE {entry} SET settled_in_id = %s WHERE {where} "
            f"RETURNING assignment_id, {week} AS week, hours"
        )
        marked_params: list[str | int | date] = [settlement.pk, *where_params, *week_params]
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
    return (
        tuple(
            settlement_rules.Hours(request_id=request_id, hours=summed, week=week_of)
            for (request_id, week_of), summed in groups.items()
        ),
        tuple(
            settlement_rules.Request(
                request_id=request_id,
                municipality_id=owner,
                level=level,
                shares=tuple(sorted(shares.get(request_id, {}).items())),
            )
            for request_id, (owner, level) in requests.items()
        ),
    )


def _tariff_labels(missing: frozenset[settlement_rules.TariffKey]) -> str:
    return "; ".join(
        sorted(
            f"{year} {Membership.Tier(tier).label.lower()} {Level(level).label.lower()}"
            for year, tier, level in missing
        )
    )


LINE_COLUMNS = ["settlement_id", "municipality_id", "tier", "hours", "use_amount", "correction_amount",
                "contribution_credit", "secondment_credit", "funder_credit", "balance"]  # fmt: skip
ITEM_COLUMNS = ["kind", "line_id", "request_id", "weeks", "level", "request_hours", "share", "hourly_rate",
                "amount", "request_total"]  # fmt: skip
AUDIT_COLUMNS = ["occurred_at", "actor_id", "action", "object_type", "object_id", "object_label", "changes",
                 "municipality_code", "pool_ref"]  # fmt: skip


def write_settlement(
    *, settlement: Settlement, result: settlement_rules.SettlementResult, names: dict[int, tuple[str, str]]
) -> list[_WrittenLine]:
    """Store a computed settlement: its lines (in the order of the municipalities' names), its
    items and its totals. Returns the lines as written, with their ids, codes and names.

    On PostgreSQL every table is written with one COPY (a national pool has thousands of items
    per period, and bulk_create spends most of its time building and preparing model
    instances); elsewhere with bulk_create."""
    unknown = [line.municipality_id for line in result.lines if line.municipality_id not in names]
    if unknown:
        # Municipalities without a membership that carry part of a shared request.
        for pk, code, name in Municipality.objects.filter(pk__in=unknown).values_list("pk", "code", "name"):
            names[pk] = (code, name)
    lines = sorted(result.lines, key=lambda line: (names[line.municipality_id][1], line.municipality_id))
    _copy_or_bulk_create(
        SettlementLine,
        LINE_COLUMNS,
        [(settlement.pk, *(getattr(line, column) for column in LINE_COLUMNS[1:])) for line in lines],
    )
    line_ids = dict(SettlementLine.objects.filter(settlement=settlement).values_list("municipality_id", "pk"))
    _copy_or_bulk_create(
        SettlementItem,
        ITEM_COLUMNS,
        [
            (
                item.kind,
                line_ids[item.municipality_id],
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
        ],
    )
    if result.funders:
        funder_names = dict(
            Funder.objects.filter(pk__in=[f.funder_id for f in result.funders]).values_list("pk", "name")
        )
        SettlementFunding.objects.bulk_create(
            SettlementFunding(
                settlement=settlement, funder_id=f.funder_id, name=funder_names[f.funder_id], amount=f.amount
            )
            for f in result.funders
        )
    for total, column in TOTALS.items():
        setattr(settlement, total, getattr(result.totals, column))
    settlement.save(update_fields=list(TOTALS))
    return [
        _WrittenLine(line_ids[line.municipality_id], *names[line.municipality_id], line) for line in lines
    ]


@dataclass(frozen=True)
class _WrittenLine:
    pk: int
    code: str
    name: str
    line: settlement_rules.Line


def _record_lines(actor: Any, period: Period, lines: list[_WrittenLine]) -> None:
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
                str(written.pk),
                f"{period.label}: {written.name}"[:255],
                {"gebruik": str(written.line.use_amount), "saldo": str(written.line.balance)},
                written.code,
                period.pool_id,
            )
            for written in lines
        ],
    )


# The settlement's totals: each the sum of one column of its lines.
TOTALS = {
    "total_hours": "hours",
    "total_use": "use_amount",
    "total_corrections": "correction_amount",
    "total_contribution": "contribution_credit",
    "total_secondment": "secondment_credit",
    "total_funding": "funder_credit",
    "total_balance": "balance",
}


def _copy_or_bulk_create(model: type[models.Model], columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert rows (tuples in `columns` order, attribute names) in one statement: COPY on
    PostgreSQL, else bulk_create. JSON values are written as JSON text."""
    if connection.vendor != "postgresql":
        model._default_manager.bulk_create(
            [model(**dict(zip(columns, row, strict=True))) for row in rows], batch_size=500
        )
        return
    fields = [model._meta.get_field(c) for c in columns]
    names = [f.column for f in fields if isinstance(f, models.Field) and f.column is not None]
    if len(names) != len(columns):
        raise ValueError(f"not every one of {columns} is a column of {model._meta.label}")
    as_json = [i for i, field in enumerate(fields) if isinstance(field, models.JSONField)]
    quoted = ", ".join(connection.ops.quote_name(name) for name in names)
    sql = f"COPY {connection.ops.quote_name(model._meta.db_table)} ({quoted}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            if as_json:
                values = list(row)
                for i in as_json:
                    values[i] = json.dumps(values[i])
                copy.write_row(values)
            else:
                copy.write_row(row)
