"""Writes of the menukaart, and how a request starts from a menu item."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import coordinates_pool, scope_menu_items
from flexpool.catalogue.models import MenuItem, MenuItemCompetence, MenuRequest
from flexpool.core import audit
from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.demand.actions import Prefill
from flexpool.demand.models import CapacityRequest
from flexpool.knowledge.models import KnowledgeItem
from flexpool.pool.models import Competence, Pool

# A request started from the menu begins this long from today, so there is time for intake.
LEAD_TIME = timedelta(weeks=2)


@dataclass(frozen=True)
class MenuItemDetails:
    title: str
    kind: str
    description: str
    hours_per_week: Decimal
    weeks: int
    active: bool = True
    competences: Sequence[tuple[str, int]] = ()  # (competence code, minimum level)
    knowledge_item_ids: Sequence[int] = ()


def _check(details: MenuItemDetails) -> tuple[list[tuple[Competence, int]], list[KnowledgeItem]]:
    errors: dict[str, list[str]] = {}
    if not details.title.strip():
        errors["title"] = [_("Geef een titel.")]
    if not details.description.strip():
        errors["description"] = [_("Beschrijf wat de pool levert.")]
    if not Decimal(1) <= details.hours_per_week <= Decimal(40):
        errors["hours_per_week"] = [_("Kies tussen 1 en 40 uur per week.")]
    if not 1 <= details.weeks <= 260:
        errors["weeks"] = [_("Kies tussen 1 en 260 weken.")]
    codes = [code for code, _level in details.competences]
    found = {c.code: c for c in Competence.objects.filter(code__in=codes)}
    if len(set(codes)) != len(codes):
        errors["competences"] = [_("Dezelfde competentie staat er twee keer in.")]
    elif missing := [code for code in codes if code not in found]:
        errors["competences"] = [_("Onbekende competentie: %(codes)s.") % {"codes": ", ".join(missing)}]
    if any(not 1 <= level <= 4 for _code, level in details.competences):
        errors.setdefault("competences", []).append(_("Een niveau ligt tussen 1 en 4."))
    items = list(KnowledgeItem.objects.filter(pk__in=list(details.knowledge_item_ids)))
    if len(items) != len(set(details.knowledge_item_ids)):
        errors["knowledge_items"] = [_("Een van de gekozen kennisitems bestaat niet.")]
    if errors:
        raise ValidationError(errors)
    return [(found[code], level) for code, level in details.competences], items


def _write(item: MenuItem, details: MenuItemDetails, competences, items) -> None:
    item.title = details.title.strip()
    item.kind = details.kind
    item.description = details.description.strip()
    item.hours_per_week = details.hours_per_week
    item.weeks = details.weeks
    item.active = details.active
    item.save()
    item.competences.all().delete()
    MenuItemCompetence.objects.bulk_create(
        MenuItemCompetence(item=item, competence=competence, min_level=level)
        for competence, level in competences
    )
    item.knowledge_items.set(items)


def _snapshot(details: MenuItemDetails) -> dict[str, Any]:
    return {
        "title": details.title,
        "kind": details.kind,
        "hours_per_week": details.hours_per_week,
        "weeks": details.weeks,
        "active": details.active,
        "competences": [f"{code}≥{level}" for code, level in details.competences],
        "knowledge_items": sorted(details.knowledge_item_ids),
    }


@transaction.atomic
def create_item(*, actor: Any, pool: Pool, details: MenuItemDetails) -> MenuItem:
    if not coordinates_pool(actor, pool.pk):
        raise NotAllowed(_("Alleen de coördinator van de pool kan de menukaart bijhouden."))
    competences, items = _check(details)
    item = MenuItem(pool=pool, created_by=actor)
    _write(item, details, competences, items)
    audit.record(actor=actor, action="menukaart.toegevoegd", obj=item, changes=_snapshot(details))
    return item


@transaction.atomic
def update_item(*, actor: Any, item: MenuItem, details: MenuItemDetails) -> MenuItem:
    locked = MenuItem.objects.select_for_update().get(pk=item.pk)
    if not coordinates_pool(actor, locked.pool_id):
        raise NotAllowed(_("Alleen de coördinator van de pool kan de menukaart bijhouden."))
    competences, items = _check(details)
    _write(locked, details, competences, items)
    audit.record(actor=actor, action="menukaart.gewijzigd", obj=locked, changes=_snapshot(details))
    return locked


def prefill_from_menu(user: Any, query: Mapping[str, Any]) -> Prefill | None:
    """The request form opened with ?menu=<id>: the item's title, description, hours and competences."""
    raw = str(query.get("menu") or "")
    if not raw.isdigit() or len(raw) > 9:
        return None
    item = (
        scope_menu_items(user, MenuItem.objects.filter(active=True))
        .prefetch_related("competences__competence")
        .filter(pk=int(raw))
        .first()
    )
    if item is None:
        return None
    start = timezone.localdate() + LEAD_TIME
    initial: dict[str, Any] = {
        "title": item.title,
        "description": item.description,
        "hours_per_week": item.hours_per_week,
        "start": start,
        "end": start + timedelta(weeks=item.weeks, days=-1),
    }
    for n, need in enumerate(list(item.competences.all())[:2], start=1):
        initial[f"competence_{n}"] = need.competence.code
        initial[f"level_{n}"] = need.min_level
    return Prefill(
        initial=initial,
        hidden={"menu_item": str(item.pk)},
        note=_("Deze vraag begint bij „%(title)s” van de menukaart. Pas aan wat voor uw gemeente anders is.")
        % {"title": item.title},
    )


def link_request_from_form(actor: Any, request: CapacityRequest, data: Mapping[str, Any]) -> None:
    """After the request form is saved: remember the menu item it started from (once)."""
    raw = str(data.get("menu_item") or "")
    if not raw.isdigit() or len(raw) > 9 or MenuRequest.objects.filter(request=request).exists():
        return
    item = (
        scope_menu_items(actor, MenuItem.objects.filter(pool_id=request.pool_id)).filter(pk=int(raw)).first()
    )
    if item is None:
        return
    link = MenuRequest.objects.create(request=request, item=item)
    audit.record(
        actor=actor,
        action="menukaart.vraag_gestart",
        obj=link,
        changes={"menu_item": item.title, "request": request.title},
        municipality_code=request.municipality.code,
        pool_id=request.pool_id,
    )
