"""Writes on the pool: memberships over time (join, change tier, announce leaving, each kept in the
history), members' self-service, and the coordinator's validation of competence levels.

Every function checks the actor, validates with a message per field, and writes an audit record.
Leave and contract hours count in the capacity checks and the optimiser at once
(`flexpool.matching.capacity`).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import coordinates_pool, is_member
from flexpool.core import audit
from flexpool.core.errors import NotAllowed, ValidationError, field_error
from flexpool.core.weeks import monday_of
from flexpool.pool import notify as events
from flexpool.pool.contract import contract_hours_in_week
from flexpool.pool.models import (
    HOURS_IN_A_WEEK_OF_WORK,
    CalendarFeed,
    Competence,
    CompetenceClaim,
    ContractChange,
    LeavePeriod,
    Level,
    MemberCompetence,
    Membership,
    MembershipEvent,
    Pool,
    PoolMember,
)
from flexpool.regions.models import Municipality


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the last day of the month when that day does not exist)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def earliest_leave(pool: Pool, today: date) -> date:
    """The first leave date allowed when a municipality announces leaving today."""
    return add_months(today, pool.notice_months)


def _check(actor: Any, pool: Pool) -> None:
    if not coordinates_pool(actor, pool.pk):
        raise NotAllowed(_("Alleen de coördinator van de pool legt lidmaatschappen vast."))


def _contribution(value: Any) -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise field_error("yearly_contribution_eur", _("Vul een bedrag in euro in.")) from None
    if amount < 0:
        raise field_error("yearly_contribution_eur", _("Een jaarbijdrage kan niet negatief zijn."))
    return amount


def _tier(value: str) -> str:
    if value not in Membership.Tier.values:
        raise field_error("tier", _("Kies deelnemer of geassocieerd lid."))
    return value


def _event(actor, membership: Membership, kind: str, on: date) -> MembershipEvent:
    event = MembershipEvent.objects.create(
        membership=membership,
        kind=kind,
        on=on,
        tier=membership.tier,
        yearly_contribution_eur=membership.yearly_contribution_eur,
        recorded_by=actor,
    )
    audit.record(
        actor=actor,
        action=f"lidmaatschap.{kind}",
        obj=membership,
        changes={
            "gemeente": membership.municipality.name,
            "per": on,
            "soort": membership.tier,
            "jaarbijdrage": membership.yearly_contribution_eur,
        },
        municipality_code=membership.municipality.code,
        pool_id=membership.pool_id,
    )
    return event


@transaction.atomic
def join(
    *, actor: Any, pool: Pool, municipality: Municipality, tier: str, joined_on: date, contribution: Any
) -> Membership:
    """A municipality joins the pool from `joined_on`, as a participant or an associate."""
    _check(actor, pool)
    tier, amount = _tier(tier), _contribution(contribution)
    if Membership.objects.filter(pool=pool, municipality=municipality).exists():
        raise field_error(
            "municipality", _("%(name)s is al lid van deze pool (geweest).") % {"name": municipality.name}
        )
    membership = Membership.objects.create(
        pool=pool, municipality=municipality, tier=tier, joined_on=joined_on, yearly_contribution_eur=amount
    )
    _event(actor, membership, MembershipEvent.Kind.JOINED, joined_on)
    return membership


@transaction.atomic
def change_tier(*, actor: Any, membership: Membership, tier: str, contribution: Any) -> Membership:
    """Change the tier and yearly contribution from today; the history keeps the earlier ones."""
    locked = (
        Membership.objects.select_for_update().select_related("municipality", "pool").get(pk=membership.pk)
    )
    _check(actor, locked.pool)
    tier, amount = _tier(tier), _contribution(contribution)
    today = timezone.localdate()
    if locked.left_on is not None and locked.left_on < today:
        raise field_error("tier", _("Deze gemeente is geen lid meer."))
    if tier == locked.tier and amount == locked.yearly_contribution_eur:
        raise field_error("tier", _("Er verandert niets: kies een andere soort of bijdrage."))
    locked.tier, locked.yearly_contribution_eur = tier, amount
    locked.save(update_fields=["tier", "yearly_contribution_eur"])
    _event(actor, locked, MembershipEvent.Kind.TIER, today)
    return locked


@transaction.atomic
def announce_leave(
    *, actor: Any, membership: Membership, left_on: date, today: date | None = None
) -> Membership:
    """The municipality leaves on `left_on`, at least the pool's notice period from today.

    Until that date the membership stays active everywhere: matching, the request form, settlement.
    """
    locked = (
        Membership.objects.select_for_update().select_related("municipality", "pool").get(pk=membership.pk)
    )
    _check(actor, locked.pool)
    today = today or timezone.localdate()
    if locked.left_on is not None and locked.left_on < today:
        raise field_error("left_on", _("Deze gemeente is al vertrokken."))
    earliest = earliest_leave(locked.pool, today)
    if left_on < earliest:
        raise ValidationError(
            {
                "left_on": [
                    _("De opzegtermijn is %(months)s maanden: vertrek kan op zijn vroegst per %(day)s.")
                    % {"months": locked.pool.notice_months, "day": earliest.strftime("%d-%m-%Y")}
                ]
            }
        )
    locked.left_on = left_on
    locked.save(update_fields=["left_on"])
    _event(actor, locked, MembershipEvent.Kind.LEAVING, left_on)
    return locked


def _own(actor: Any, member: PoolMember) -> PoolMember:
    if not is_member(actor, member.pk):
        raise NotAllowed(_("U kunt alleen uw eigen profiel wijzigen."))
    return PoolMember.objects.select_for_update().get(pk=member.pk)


def _hours(value: Any, field: str, low: Decimal, high: Decimal) -> Decimal:
    try:
        hours = Decimal(str(value).replace(",", "."))
    except (InvalidOperation, ValueError):
        raise field_error(field, _("Vul een aantal uren in, bijvoorbeeld 24 of 16,5.")) from None
    if not (low <= hours <= high) or hours != hours.quantize(Decimal("0.1")):
        raise field_error(
            field, _("Vul een aantal uren in tussen %(low)s en %(high)s.") % {"low": low, "high": high}
        )
    return hours


@transaction.atomic
def update_profile(
    *,
    actor: Any,
    member: PoolMember,
    home_municipality: str,
    local_ties: Iterable[str],
    development_wishes: Iterable[str],
) -> PoolMember:
    """Home municipality, local ties (CBS codes) and development wishes (competence codes)."""
    locked = _own(actor, member)
    errors: dict[str, list[str]] = {}
    tie_codes = sorted(set(local_ties))
    municipalities = {
        m.code: m for m in Municipality.objects.filter(code__in=[home_municipality, *tie_codes])
    }
    if home_municipality not in municipalities:
        errors["home_municipality"] = [_("Kies uw woongemeente uit de lijst.")]
    unknown = [c for c in tie_codes if c not in municipalities]
    if unknown:
        errors["local_ties"] = [_("Onbekende gemeente: %(codes)s.") % {"codes": ", ".join(unknown)}]
    wish_codes = sorted(set(development_wishes))
    wishes = list(Competence.objects.filter(code__in=wish_codes))
    if len(wishes) != len(wish_codes):
        errors["development_wishes"] = [_("Een van de gekozen competenties bestaat niet.")]
    if errors:
        raise ValidationError(errors)
    before = {
        "home_municipality": locked.home_municipality.name,
        "local_ties": sorted(locked.local_ties.values_list("name", flat=True)),
        "development_wishes": sorted(locked.development_wishes.values_list("code", flat=True)),
    }
    locked.home_municipality = municipalities[home_municipality]
    locked.save(update_fields=["home_municipality"])
    locked.local_ties.set([municipalities[c] for c in tie_codes])
    locked.development_wishes.set(wishes)
    after = {
        "home_municipality": locked.home_municipality.name,
        "local_ties": sorted(municipalities[c].name for c in tie_codes),
        "development_wishes": wish_codes,
    }
    changes = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
    if changes:
        audit.record(actor=actor, action="poollid.profiel", obj=locked, changes=changes)
    return locked


@transaction.atomic
def set_competences(*, actor: Any, member: PoolMember, levels: Mapping[str, int]) -> list[CompetenceClaim]:
    """The member's own levels per competence code (0 = none).

    A lower level or a removal counts at once; a new or higher level waits for the coordinator's
    validation (a claim), and until then matching uses the validated level. Returns the new claims.
    """
    locked = _own(actor, member)
    competences = {c.code: c for c in Competence.objects.filter(code__in=list(levels))}
    errors = []
    for code, level in levels.items():
        if code not in competences:
            errors.append(_("Competentie '%(code)s' bestaat niet.") % {"code": code})
        elif level != 0 and level not in Level.values:
            errors.append(_("Niveau %(level)s bestaat niet (1 tot en met 4).") % {"level": level})
    if errors:
        raise ValidationError({"competences": errors})
    current = {mc.competence_id: mc for mc in MemberCompetence.objects.filter(member=locked)}
    pending = {
        c.competence_id: c
        for c in CompetenceClaim.objects.filter(member=locked, status=CompetenceClaim.Status.PENDING)
    }
    claims, changes = [], {}
    for code, level in sorted(levels.items()):
        competence = competences[code]
        held = current.get(competence.pk)
        held_level = held.level if held else 0
        open_claim = pending.get(competence.pk)
        if open_claim and open_claim.level != level:
            open_claim.status = CompetenceClaim.Status.WITHDRAWN
            open_claim.save(update_fields=["status"])
            open_claim = None
        if level > held_level and open_claim is None:
            claims.append(
                CompetenceClaim.objects.create(
                    member=locked, competence=competence, level=level, previous_level=held_level or None
                )
            )
            changes[code] = [held_level, f"{level} (ter validatie)"]
        elif held is not None and level < held_level:
            if level == 0:
                held.delete()
            else:
                held.level = level
                held.save(update_fields=["level"])
            changes[code] = [held_level, level]
    if changes:
        audit.record(actor=actor, action="poollid.competenties", obj=locked, changes=changes)
    if claims:
        events.competence_claimed(actor=actor, member=locked, count=len(claims))
    return claims


@transaction.atomic
def decide_claim(*, actor: Any, claim: CompetenceClaim, approve: bool, reason: str = "") -> CompetenceClaim:
    """The coordinator validates (or not) a new or raised level."""
    locked = (
        CompetenceClaim.objects.select_for_update().select_related("member", "competence").get(pk=claim.pk)
    )
    if not coordinates_pool(actor, locked.member.pool_id):
        raise NotAllowed(_("Alleen de coördinator van de pool valideert competenties."))
    if locked.status != CompetenceClaim.Status.PENDING:
        raise field_error("status", _("Deze competentie is al beoordeeld."))
    if not approve and not reason.strip():
        raise field_error("reason", _("Geef een reden, zodat het poollid weet waarom."))
    locked.status = CompetenceClaim.Status.APPROVED if approve else CompetenceClaim.Status.REJECTED
    locked.decided_by, locked.decided_at, locked.reason = actor, timezone.now(), reason.strip()[:255]
    locked.save(update_fields=["status", "decided_by", "decided_at", "reason"])
    if approve:
        MemberCompetence.objects.update_or_create(
            member=locked.member, competence=locked.competence, defaults={"level": locked.level}
        )
    audit.record(
        actor=actor,
        action="competentie.gevalideerd" if approve else "competentie.niet_gevalideerd",
        obj=locked.member,
        changes={locked.competence.code: [locked.previous_level or 0, locked.level], "reason": locked.reason},
    )
    events.competence_decided(actor=actor, claim=locked)
    return locked


@transaction.atomic
def set_contract_hours(*, actor: Any, member: PoolMember, hours: Any, start: date) -> ContractChange:
    """New contract hours for the pool from `start` on (not earlier than this week)."""
    locked = _own(actor, member)
    hours = _hours(hours, "contract_hours", Decimal("1"), HOURS_IN_A_WEEK_OF_WORK)
    today = timezone.localdate()
    if start < today - timedelta(days=today.weekday()):
        raise field_error("start", _("De ingangsdatum kan niet in een eerdere week liggen."))
    later = ContractChange.objects.filter(member=locked, start__gte=start)
    later_hours = list(later.values_list("hours", flat=True))
    later.delete()  # a new change replaces those from the same date on
    earlier = list(ContractChange.objects.filter(member=locked).order_by("start", "id"))
    previous = contract_hours_in_week(locked, earlier, monday_of(start) - timedelta(days=7))
    change = ContractChange.objects.create(member=locked, hours=hours, previous_hours=previous, start=start)
    if start <= today:
        locked.contract_hours = hours
        locked.save(update_fields=["contract_hours"])
    audit.record(
        actor=actor,
        action="poollid.contracturen",
        obj=locked,
        changes={"hours": [previous, hours], "start": start, "replaced": later_hours},
    )
    return change


def _overlapping_leave(member: PoolMember, start: date, end: date, exclude: int | None = None):
    overlapping = LeavePeriod.objects.filter(member=member, start__lte=end, end__gte=start)
    return overlapping if exclude is None else overlapping.exclude(pk=exclude)


@transaction.atomic
def add_leave(
    *,
    actor: Any,
    member: PoolMember,
    start: date,
    end: date,
    hours_per_week: Any = None,
    reason: str = "",
) -> LeavePeriod:
    """Weeks off (no hours) or fewer hours in a period. Overlapping periods are refused."""
    locked = _own(actor, member)
    errors: dict[str, list[str]] = {}
    if end < start:
        errors["end"] = [_("De einddatum ligt vóór de begindatum.")]
    if (end - start).days > 366:
        errors["end"] = [_("Een periode kan hoogstens een jaar duren.")]
    hours = None
    if hours_per_week not in (None, ""):
        try:
            hours = _hours(hours_per_week, "hours_per_week", Decimal("0"), locked.contract_hours)
        except ValidationError as error:
            errors.update(error.message_dict)
    if not errors and _overlapping_leave(locked, start, end).exists():
        errors["start"] = [_("Deze periode overlapt met een periode die u al hebt opgegeven.")]
    if errors:
        raise ValidationError(errors)
    period = LeavePeriod.objects.create(
        member=locked, start=start, end=end, hours_per_week=hours, reason=reason.strip()[:120]
    )
    audit.record(
        actor=actor,
        action="poollid.verlof",
        obj=locked,
        changes={"van": start, "tot_en_met": end, "uren_per_week": hours if hours is not None else "vrij"},
    )
    return period


@transaction.atomic
def remove_leave(*, actor: Any, period: LeavePeriod) -> None:
    locked = _own(actor, period.member)
    audit.record(
        actor=actor,
        action="poollid.verlof_verwijderd",
        obj=locked,
        changes={"van": period.start, "tot_en_met": period.end},
    )
    period.delete()


@transaction.atomic
def renew_calendar_link(*, actor: Any, member: PoolMember) -> CalendarFeed:
    """A new secret link for the personal calendar; the old link stops working at once."""
    locked = _own(actor, member)
    feed, _created = CalendarFeed.objects.update_or_create(
        member=locked, defaults={"token": secrets.token_urlsafe(32)}
    )
    audit.record(actor=actor, action="poollid.agendalink", obj=locked, changes={"nieuw": True})
    return feed


@transaction.atomic
def stop_calendar_link(*, actor: Any, member: PoolMember) -> None:
    locked = _own(actor, member)
    deleted, _details = CalendarFeed.objects.filter(member=locked).delete()
    if deleted:
        audit.record(actor=actor, action="poollid.agendalink", obj=locked, changes={"gestopt": True})
