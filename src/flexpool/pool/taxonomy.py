"""The competence taxonomy Flexpool starts with: process skills apart from content skills."""

from __future__ import annotations

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
    domains = {}
    for code, name in DOMAINS:
        domains[code], _created = Domain.objects.update_or_create(code=code, defaults={"name": name})
    for code, name, kind in COMPETENCES:
        domain = domains[DOMAIN_OF[code]] if code in DOMAIN_OF else None
        Competence.objects.update_or_create(
            code=code,
            defaults={"name": name, "kind": kind, "domain": domain, "name_en": ENGLISH_NAMES.get(code, "")},
        )
