"""Import pool members from CSV, all or nothing. See docs/imports.md for the format."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import coordinates_pool
from flexpool.core import audit
from flexpool.core.errors import NotAllowed
from flexpool.imports.csvfile import (
    VALIDATING,
    WRITING,
    Collector,
    Column,
    ImportResult,
    Lookups,
    ProgressCallback,
    Row,
    parse_decimal,
    parse_int,
    read_rows,
    report_progress,
)
from flexpool.pool.models import HOURS_IN_A_WEEK_OF_WORK, MemberCompetence, Pool, PoolMember

COLUMNS = [
    Column("naam", True),
    Column("werkgever", True),
    Column("email", False, ("e-mail", "e_mail")),
    Column("contracturen", True, ("contracturen per week",)),
    Column("woongemeente", True),
    Column("competenties", True),
    Column("lokale_binding", False),
    Column("max_gemeenten", False),
    Column("ontwikkelwensen", False),
]


@dataclass
class MemberRow:
    row: int
    name: str
    employer: str
    email: str
    contract_hours: Decimal
    home: Any
    competences: list[tuple[str, int]]
    ties: list
    max_municipalities: int
    wishes: list


def _validate(pool: Pool, rows: list[Row], on_progress: ProgressCallback | None):
    errors = Collector()
    lookups = Lookups()
    existing = {
        name.strip().casefold(): name
        for name in PoolMember.objects.filter(pool=pool).values_list("name", flat=True)
    }
    seen: dict[str, int] = {}
    parsed: list[MemberRow] = []
    for done, row in enumerate(rows, start=1):
        before = len(errors.errors)
        name = row.get("naam")
        key = name.casefold()
        if not name:
            errors.add(row.number, "naam", _("vul een naam in"))
        elif len(name) > 120:
            errors.add(row.number, "naam", _("de naam is langer dan 120 tekens"))
        elif key in seen:
            errors.add(
                row.number,
                "naam",
                _("'%(name)s' staat ook op rij %(other)s") % {"name": name, "other": seen[key]},
            )
        elif key in existing:
            errors.add(
                row.number,
                "naam",
                _("'%(name)s' staat al in %(pool)s") % {"name": name, "pool": pool.name},
            )
        if name:
            seen.setdefault(key, row.number)
        employer = row.get("werkgever")
        if not employer:
            errors.add(row.number, "werkgever", _("vul een werkgever in"))
        elif len(employer) > 120:
            errors.add(row.number, "werkgever", _("de werkgever is langer dan 120 tekens"))
        email = row.get("email")
        if email:
            try:
                validate_email(email)
            except DjangoValidationError:
                errors.add(row.number, "email", _("'%(value)s' is geen e-mailadres") % {"value": email})
        hours = parse_decimal(
            errors,
            row,
            "contracturen",
            low=Decimal(1),
            high=HOURS_IN_A_WEEK_OF_WORK,
            too_high=_("%(value)s uur is meer dan %(high)s uur per week"),
        )
        home = None
        if not row.get("woongemeente"):
            errors.add(row.number, "woongemeente", _("vul een CBS-code in, bijvoorbeeld GM0106"))
        else:
            home = lookups.municipality(errors, row, "woongemeente", row.get("woongemeente"))
        competences = lookups.levels(errors, row, "competenties")
        if not row.get("competenties"):
            errors.add(
                row.number,
                "competenties",
                _("vul minstens één competentie in, bijvoorbeeld projectleiding:3"),
            )
        ties = lookups.municipality_list(errors, row, "lokale_binding")
        max_municipalities = parse_int(errors, row, "max_gemeenten", low=1, high=12, default=3)
        wishes = lookups.competence_list(errors, row, "ontwikkelwensen")
        if len(errors.errors) == before:
            parsed.append(
                MemberRow(
                    row.number,
                    name,
                    employer,
                    email,
                    hours,
                    home,
                    competences,
                    ties,
                    max_municipalities,
                    wishes,
                )
            )
        report_progress(on_progress, done, len(rows), VALIDATING)
    errors.check()
    return parsed, lookups


def import_members(
    pool: Pool,
    file_or_text: str | bytes | IO,
    actor: Any,
    *,
    on_progress: ProgressCallback | None = None,
) -> ImportResult:
    """Create every member in the file, or none. Raises ImportFailed with all errors."""
    if not coordinates_pool(actor, pool.pk):
        raise NotAllowed(_("Alleen de coördinator van de pool kan poolleden importeren."))
    rows = read_rows(file_or_text, COLUMNS)
    parsed, lookups = _validate(pool, rows, on_progress)
    ids = []
    with transaction.atomic():
        for done, item in enumerate(parsed, start=1):
            member = PoolMember.objects.create(
                pool=pool,
                name=item.name,
                employer=item.employer,
                email=item.email,
                contract_hours=item.contract_hours,
                home_municipality=item.home,
                max_municipalities=item.max_municipalities,
            )
            MemberCompetence.objects.bulk_create(
                MemberCompetence(member=member, competence=lookups.competences[code], level=level)
                for code, level in item.competences
            )
            member.local_ties.set(item.ties)
            member.development_wishes.set(item.wishes)
            audit.record(
                actor=actor,
                action="poollid.geimporteerd",
                obj=member,
                changes={
                    "row": item.row,
                    "contract_hours": item.contract_hours,
                    "competences": dict(item.competences),
                    "local_ties": [m.code for m in item.ties],
                },
            )
            ids.append(member.pk)
            report_progress(on_progress, done, len(parsed), WRITING)
    return ImportResult(kind="members", created=len(ids), ids=ids)
