"""Demo menukaart: the services and knowledge products a heat-transition pool typically offers.

`load_menu_demo(pool)` is idempotent: items are keyed on (pool, title). Knowledge items are linked by
words in their titles, so the demo knowledge base must be loaded first.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from flexpool.catalogue.models import MenuItem, MenuItemCompetence, MenuItemKind
from flexpool.knowledge.models import KnowledgeItem
from flexpool.pool.models import Competence, Pool

# (title, kind, hours per week, weeks, description, competences with level, words in linked knowledge titles)
ITEMS = [
    (
        "Wijkuitvoeringsplan opstellen",
        MenuItemKind.SERVICE,
        "16",
        40,
        "Een projectleider schrijft met de gemeente, de netbeheerder, de woningcorporatie en bewoners het "
        "wijkuitvoeringsplan voor één wijk: wijkanalyse, warmteopties en kosten, participatie en het "
        "besluit van de raad.",
        [("projectleiding", 3), ("participatie", 2)],
        ["wijkuitvoeringsplan"],
    ),
    (
        "Participatietraject begeleiden",
        MenuItemKind.SERVICE,
        "12",
        26,
        "Opzetten en begeleiden van bewonersavonden, keukentafelgesprekken en een klankbordgroep, met "
        "extra aandacht voor huurders en bewoners met energiearmoede. Vraagt lokale binding.",
        [("participatie", 3), ("energiearmoede", 2)],
        ["Participatieplan"],
    ),
    (
        "Subsidieaanvraag SVOH",
        MenuItemKind.PRODUCT,
        "8",
        6,
        "Hulp bij de aanvraag van de Specifieke uitkering Volkshuisvesting (SVOH): voorwaarden, "
        "begroting en onderbouwing, op basis van aanvragen die eerder in de regio zijn gedaan.",
        [("financiering", 3)],
        ["subsidie"],
    ),
    (
        "Haalbaarheidsstudie warmtenet",
        MenuItemKind.PRODUCT,
        "16",
        12,
        "Verkenning van een collectief warmtenet voor een wijk: warmtebronnen, kosten per aansluiting en "
        "de businesscase, met een advies voor de raad.",
        [("warmtenetten", 3), ("financiering", 2)],
        ["warmtenet"],
    ),
]


@transaction.atomic
def load_menu_demo(pool: Pool) -> int:
    coordinator = pool.coordinators.order_by("pk").first()
    made = 0
    for title, kind, hours, weeks, description, competences, words in ITEMS:
        item, created = MenuItem.objects.get_or_create(
            pool=pool,
            title=title,
            defaults={
                "kind": kind,
                "hours_per_week": Decimal(hours),
                "weeks": weeks,
                "description": description,
                "created_by": coordinator,
            },
        )
        if not created:
            continue
        made += 1
        for code, level in competences:
            MenuItemCompetence.objects.create(
                item=item, competence=Competence.objects.get(code=code), min_level=level
            )
        linked = KnowledgeItem.objects.filter(pool=pool)
        for word in words:
            item.knowledge_items.add(*linked.filter(title__icontains=word).order_by("title")[:3])
    return made
