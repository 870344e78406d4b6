"""Writes on memberships: join, change tier, announce leaving. Each is audited and kept in the history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import coordinates_pool
from flexpool.core import audit
from flexpool.core.errors import NotAllowed, ValidationError, field_error
from flexpool.pool.models import Membership, MembershipEvent, Pool
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
