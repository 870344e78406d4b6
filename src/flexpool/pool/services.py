"""Writes on the pool: memberships over time (join, change tier, announce leaving, each kept in the
history), members' self-service, and the coordinator's validation of competence levels.

Every function checks the actor, validates with a message per field, and writes an audit record.
Leave and contract hours count in the capacity checks and the optimiser at once
(`flexpool.matching.capacity`).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import coordinates_pool, is_member
from flexpool.core import audit
from flexpool.core.dates import day_text
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
    Domain,
    LeavePeriod,
    Level,
    MemberCompetence,
    Membership,
    MembershipEvent,
    Pool,
    PoolEngagement,
    PoolMember,
)
from flexpool.regions.models import Municipality, Region


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


def may_set_up(actor: Any, pool: Pool | None = None) -> bool:
    """A new pool: the administrator only. An existing pool's settings: also its coordinators."""
    if actor is not None and getattr(actor, "is_superuser", False) and actor.is_active:
        return True
    return pool is not None and coordinates_pool(actor, pool.pk)


def _check(actor: Any, pool: Pool) -> None:
    if not may_set_up(actor, pool):
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


def _event(
    actor, membership: Membership, kind: str, on: date, previous: tuple[str, Decimal] | None = None
) -> MembershipEvent:
    """Record a step; `previous` is the tier and contribution that held until a tier change."""
    event = MembershipEvent.objects.create(
        membership=membership,
        kind=kind,
        on=on,
        tier=membership.tier,
        yearly_contribution_eur=membership.yearly_contribution_eur,
        previous_tier=previous[0] if previous else "",
        previous_contribution_eur=previous[1] if previous else None,
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
    previous = (locked.tier, locked.yearly_contribution_eur)
    locked.tier, locked.yearly_contribution_eur = tier, amount
    locked.save(update_fields=["tier", "yearly_contribution_eur"])
    _event(actor, locked, MembershipEvent.Kind.TIER, today, previous=previous)
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
                    % {"months": locked.pool.notice_months, "day": day_text(earliest)}
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


# ---- setting up a pool ------------------------------------------------------------------------


@dataclass(frozen=True)
class PoolSetup:
    """The settings of a pool, as they come from the setup page or the API."""

    name: str
    domains: Sequence[Domain]
    region: Region | None = None
    coordinators: Sequence[Any] = ()
    local_ties_required: bool = True
    notice_months: int = 12
    partners_approve_hours: bool = False


@dataclass(frozen=True)
class NewMembers:
    """Municipalities that join a pool together, with one tier, start date and contribution each."""

    municipalities: Sequence[Municipality]
    tier: str = Membership.Tier.FULL
    joined_on: date | None = None
    contribution: Decimal = Decimal("0")


def _validate_setup(setup: PoolSetup, pool: Pool | None) -> None:
    errors: dict[str, list[str]] = {}
    name = setup.name.strip()
    if not name:
        errors["name"] = [_("Geef de pool een naam.")]
    elif Pool.objects.filter(name__iexact=name).exclude(pk=pool.pk if pool else -1).exists():
        errors["name"] = [_("Er is al een pool met de naam %(name)s.") % {"name": name}]
    if not setup.domains:
        errors["domains"] = [_("Kies minstens één domein.")]
    if not 0 <= setup.notice_months <= 60:
        errors["notice_months"] = [_("De opzegtermijn ligt tussen 0 en 60 maanden.")]
    if errors:
        raise ValidationError(errors)


def _setup_changes(pool: Pool) -> dict[str, Any]:
    return {
        "naam": pool.name,
        "domeinen": sorted(d.code for d in pool.domains.all()),
        "regio": pool.region.code if pool.region_id and pool.region else None,
        "coordinatoren": sorted(u.username for u in pool.coordinators.all()),
        "lokale_binding_verplicht": pool.local_ties_required,
        "opzegtermijn_maanden": pool.notice_months,
        "partners_keuren_uren": pool.partners_approve_hours,
    }


def _apply(pool: Pool, setup: PoolSetup) -> None:
    pool.name = setup.name.strip()
    pool.region = setup.region
    pool.local_ties_required = setup.local_ties_required
    pool.notice_months = setup.notice_months
    pool.partners_approve_hours = setup.partners_approve_hours
    pool.save()
    pool.domains.set(list(setup.domains))
    pool.coordinators.set(list(setup.coordinators))


def join_many(*, actor: Any, pool: Pool, new: NewMembers) -> list[Membership]:
    """Every municipality in `new` joins through `join` (one history step and audit record each)."""
    joined_on = new.joined_on or timezone.localdate()
    return [
        join(
            actor=actor,
            pool=pool,
            municipality=municipality,
            tier=new.tier,
            joined_on=joined_on,
            contribution=new.contribution,
        )
        for municipality in new.municipalities
    ]


def region_municipalities(region: Region | None) -> list[Municipality]:
    if region is None:
        return []
    return list(Municipality.objects.filter(region=region).order_by("name"))


@transaction.atomic
def create_pool(*, actor: Any, setup: PoolSetup, members: NewMembers | None = None) -> Pool:
    """A new pool (administrator only). Without municipalities chosen, those of the region join."""
    if not may_set_up(actor):
        raise NotAllowed(_("Alleen een beheerder maakt een nieuwe pool aan."))
    _validate_setup(setup, None)
    pool = Pool()
    _apply(pool, setup)
    audit.record(
        actor=actor, action="pool.aangemaakt", obj=pool, changes=_setup_changes(pool), pool_id=pool.pk
    )
    if members is not None:
        if not members.municipalities:
            members = NewMembers(
                region_municipalities(setup.region), members.tier, members.joined_on, members.contribution
            )
        join_many(actor=actor, pool=pool, new=members)
    return pool


@transaction.atomic
def update_pool(*, actor: Any, pool: Pool, setup: PoolSetup) -> Pool:
    """Change a pool's name, domains, region, rules and coordinators; the audit keeps before and after."""
    locked = Pool.objects.select_for_update().get(pk=pool.pk)
    if not may_set_up(actor, locked):
        raise NotAllowed(_("Alleen een beheerder of de coördinator van deze pool wijzigt de pool."))
    _validate_setup(setup, locked)
    if not getattr(actor, "is_superuser", False) and actor not in setup.coordinators:
        raise field_error(
            "coordinators", _("U kunt uzelf niet als coördinator weghalen; vraag dat de beheerder.")
        )
    before = _setup_changes(locked)
    _apply(locked, setup)
    after = _setup_changes(locked)
    changed = {key: {"was": before[key], "wordt": after[key]} for key in after if before[key] != after[key]}
    if changed:
        audit.record(actor=actor, action="pool.gewijzigd", obj=locked, changes=changed, pool_id=locked.pk)
    return locked


# ---- working in several pools -----------------------------------------------------------------


def _may_engage(actor: Any, member: PoolMember) -> bool:
    return may_set_up(actor, member.pool)


@transaction.atomic
def set_engagement(*, actor: Any, member: PoolMember, pool: Pool, hours_per_week: Any) -> PoolEngagement:
    """The member also works in `pool` for at most `hours_per_week` there (the home pool's coordinator
    decides). Changing the hours of an existing engagement keeps one row."""
    locked = PoolMember.objects.select_for_update().select_related("pool").get(pk=member.pk)
    if not _may_engage(actor, locked):
        raise NotAllowed(_("Alleen de coördinator van de eigen pool van dit poollid legt dit vast."))
    if pool.pk == locked.pool_id:
        raise field_error("pool", _("Dit is de eigen pool van %(name)s.") % {"name": locked.name})
    hours = _hours(hours_per_week, "hours_per_week", Decimal("1"), locked.contract_hours)
    engagement, created = PoolEngagement.objects.update_or_create(
        member=locked, pool=pool, defaults={"hours_per_week": hours}
    )
    # Both pools' trails show it: the home pool lends, the other pool may now book these hours.
    for pool_id in (locked.pool_id, pool.pk):
        audit.record(
            actor=actor,
            action="inzet_andere_pool.vastgelegd" if created else "inzet_andere_pool.gewijzigd",
            obj=engagement,
            changes={"poollid": locked.name, "pool": pool.name, "uren_per_week": hours},
            pool_id=pool_id,
        )
    return engagement


@transaction.atomic
def end_engagement(*, actor: Any, engagement: PoolEngagement) -> None:
    """The member no longer works in that pool; assignments already accepted there stay."""
    member = engagement.member
    if not _may_engage(actor, member):
        raise NotAllowed(_("Alleen de coördinator van de eigen pool van dit poollid legt dit vast."))
    for pool_id in (member.pool_id, engagement.pool_id):
        audit.record(
            actor=actor,
            action="inzet_andere_pool.beeindigd",
            obj=engagement,
            changes={"poollid": member.name, "pool": engagement.pool.name},
            pool_id=pool_id,
        )
    engagement.delete()
