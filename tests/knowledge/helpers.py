"""Builders for knowledge tests. Every person is fictitious; municipalities are real."""

from __future__ import annotations

from datetime import date

from flexpool.knowledge import services
from flexpool.knowledge.models import ItemKind, Phase, Visibility
from flexpool.pool.models import Domain
from flexpool.regions.models import Municipality

# A small fixed corpus: (title, summary, body, kind, phase, municipality code, year, visibility).
CORPUS = [
    ("Haalbaarheidsstudie warmtenet Kloosterveen", "Onderzoek naar een collectief warmtenet.",
     "De gemeente onderzocht of een warmtenet met restwarmte haalbaar is voor 1.200 woningen.",
     ItemKind.STUDY, Phase.WUP, "GM0106", 2024, Visibility.PUBLIC),
    ("Participatieplan aardgasvrije wijk Emmerhout", "Hoe bewoners meepraten over de wijkaanpak.",
     "Bewonersavonden, keukentafelgesprekken en een klankbordgroep voor de aardgasvrije wijk.",
     ItemKind.PARTICIPATION, Phase.WUP, "GM0114", 2023, Visibility.ALL_POOLS),
    ("Transitievisie Warmte Hoogeveen", "De TVW met de volgorde van de wijken.",
     "Warmtenetten in de kern, warmtepompen in het buitengebied, isolatie overal als eerste stap.",
     ItemKind.COUNCIL, Phase.TVW, "GM0118", 2022, Visibility.PUBLIC),
    ("Geleerde les: isolatieaanpak met bewoners", "Wat werkte bij het isoleren van rijtjeswoningen.",
     "Collectieve inkoop van isolatie en een energiecoach per straat verlaagden de drempel.",
     ItemKind.LESSON, Phase.EXECUTION, "GM0109", 2025, Visibility.POOL),
    ("Sjabloon plan van aanpak wijkuitvoeringsplan", "Invulbaar sjabloon voor een WUP.",
     "Hoofdstukken: wijkanalyse, warmte-net of individuele oplossing, participatie, planning, kosten.",
     ItemKind.TEMPLATE, Phase.WUP, "GM1680", 2024, Visibility.POOL),
    ("Raadsvoorstel warmte-net Coevorden", "Besluit over de aanleg van het warmte-net.",
     "De raad besluit tot een garantstelling voor het warmte-net in de wijk.",
     ItemKind.COUNCIL, Phase.EXECUTION, "GM0109", 2025, Visibility.PUBLIC),
    ("Coördinatie energiecoöperaties", "Afspraken met coöperaties over zonnedaken.",
     "Regionale coördinatie met drie energiecoöperaties over zonnepanelen en buurtbatterijen.",
     ItemKind.OTHER, Phase.GENERAL, "GM0114", 2021, Visibility.ALL_POOLS),
]  # fmt: skip


def make_item(actor, pool, title, *, summary="Samenvatting.", body="", kind=ItemKind.STUDY,
              phase=Phase.GENERAL, municipality="GM0106", year=2024, visibility=Visibility.POOL,
              uploads=(), **extra):  # fmt: skip
    values = services.ItemValues(
        title=title,
        summary=summary,
        body=body,
        kind=kind,
        phase=phase,
        published_on=date(year, 3, 1),
        municipality=Municipality.objects.get(code=municipality) if municipality else None,
        domain=Domain.objects.get(code="warmte"),
        visibility=visibility,
        **extra,
    )
    return services.create_item(actor=actor, pool=pool, values=values, uploads=uploads)


def make_corpus(actor, pool):
    items = {}
    for title, summary, body, kind, phase, code, year, visibility in CORPUS:
        items[title] = make_item(
            actor, pool, title, summary=summary, body=body, kind=kind, phase=phase, municipality=code,
            year=year, visibility=visibility,
        )  # fmt: skip
    return items
