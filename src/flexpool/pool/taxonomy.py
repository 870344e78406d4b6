"""The competence taxonomy Flexpool starts with: process skills apart from content skills."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from flexpool.pool.models import Competence, Domain

PROCESS = Competence.Kind.PROCESS
CONTENT = Competence.Kind.CONTENT

# Process skills count in every domain (no domain); content skills belong to one domain.
COMPETENCES: list[tuple[str, str, str]] = [
    ("projectleiding", "Projectleiding", PROCESS),
    ("participatie", "Participatie en bewonerscommunicatie", PROCESS),
    ("programmamanagement", "Programmamanagement", PROCESS),
    ("procesregie", "Procesregie en samenwerking", PROCESS),
    ("stakeholdermanagement", "Stakeholdermanagement", PROCESS),
    ("warmtenetten", "Warmtenetten", CONTENT),
    ("isolatie", "Isolatie en woningverbetering", CONTENT),
    ("financiering", "Financiering en subsidies", CONTENT),
    ("juridisch", "Juridische zaken (Wet collectieve warmte, aanbesteding)", CONTENT),
    ("data-gis", "Data en GIS", CONTENT),
    ("techniek-warmtebronnen", "Warmtebronnen en techniek", CONTENT),
    ("energiearmoede", "Energiearmoede", CONTENT),
    ("ruimtelijke-ordening", "Ruimtelijke ordening en omgevingswet", CONTENT),
]

HEAT_CONTENT = {code for code, _name, kind in COMPETENCES if kind == CONTENT}
COMPETENCES += [
    ("waterberging", "Waterberging", CONTENT),
    ("hittestress", "Hittestress", CONTENT),
    ("groenblauwe-inrichting", "Groenblauwe inrichting", CONTENT),
]
DOMAIN_OF: dict[str, str] = {code: "warmte" for code in HEAT_CONTENT} | {
    "waterberging": "klimaatadaptatie",
    "hittestress": "klimaatadaptatie",
    "groenblauwe-inrichting": "klimaatadaptatie",
}

DOMAINS: list[tuple[str, str]] = [
    ("warmte", "Warmtetransitie"),
    ("elektriciteit", "Elektriciteit en netcongestie"),
    ("klimaatadaptatie", "Klimaatadaptatie"),
    ("mobiliteit", "Mobiliteit"),
]


# The English names, shown when English is the active language (`Competence.display_name`).
ENGLISH_NAMES: dict[str, str] = {
    "projectleiding": "Project management",
    "participatie": "Participation and resident communication",
    "programmamanagement": "Programme management",
    "procesregie": "Process direction and cooperation",
    "stakeholdermanagement": "Stakeholder management",
    "warmtenetten": "Heat networks",
    "isolatie": "Insulation and home improvement",
    "financiering": "Funding and subsidies",
    "juridisch": "Legal affairs (Collective Heat Act, procurement)",
    "data-gis": "Data and GIS",
    "techniek-warmtebronnen": "Heat sources and technology",
    "energiearmoede": "Energy poverty",
    "ruimtelijke-ordening": "Spatial planning and Environment Act",
    "waterberging": "Water storage",
    "hittestress": "Heat stress",
    "groenblauwe-inrichting": "Green and blue spaces",
}


@transaction.atomic
def ensure_taxonomy() -> None:
    """Adds the domains and competences above and corrects those that differ; rows that are as
    above are only read (every new pool and every test starts here)."""
    domains = _ensure(Domain, {code: {"name": name} for code, name in DOMAINS})
    _ensure(
        Competence,
        {
            code: {
                "name": name,
                "kind": kind,
                "domain_id": domains[DOMAIN_OF[code]].pk if code in DOMAIN_OF else None,
                "name_en": ENGLISH_NAMES.get(code, ""),
            }
            for code, name, kind in COMPETENCES
        },
    )


def _ensure(model: type[Domain] | type[Competence], wanted: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The rows of `model` with the codes in `wanted`, each with the values wanted for it."""
    rows = {row.code: row for row in model.objects.select_for_update().filter(code__in=wanted)}
    for code, values in wanted.items():
        row = rows.get(code)
        if row is None:
            rows[code] = model.objects.create(code=code, **values)
        elif any(getattr(row, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(row, field, value)
            row.save(update_fields=list(values))
    return rows
