"""The competence taxonomy Flexpool starts with: process skills apart from content skills."""

from __future__ import annotations

from django.db import transaction

from flexpool.pool.models import Competence, Domain

PROCESS = Competence.Kind.PROCESS
CONTENT = Competence.Kind.CONTENT

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

DOMAINS: list[tuple[str, str]] = [
    ("warmte", "Warmtetransitie"),
    ("elektriciteit", "Elektriciteit en netcongestie"),
    ("klimaatadaptatie", "Klimaatadaptatie"),
    ("mobiliteit", "Mobiliteit"),
]


@transaction.atomic
def ensure_taxonomy() -> None:
    for code, name, kind in COMPETENCES:
        Competence.objects.update_or_create(code=code, defaults={"name": name, "kind": kind})
    for code, name in DOMAINS:
        Domain.objects.update_or_create(code=code, defaults={"name": name})
