"""Demo knowledge base: a few dozen realistic Dutch items for a pool, with fictitious authors.

`load_knowledge_demo(pool)` is idempotent: items are keyed on (pool, title); running it again adds
nothing. Municipalities are the pool's real members; every person is fictitious (the pool's demo
members are used as authors).
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from flexpool.knowledge import indexing
from flexpool.knowledge.models import ItemKind as K
from flexpool.knowledge.models import (
    KnowledgeItem,
    KnowledgeLink,
    MissedSearchWord,
    MissedWordFollowUp,
    ReuseRecord,
)
from flexpool.knowledge.models import Phase as P
from flexpool.knowledge.models import Visibility as V
from flexpool.pool.models import Competence, Domain, Pool

# (title, kind, phase, visibility, year, month, summary, body, competences)
TOPICS = [
    ("Haalbaarheidsstudie warmtenet {wijk}", K.STUDY, P.WUP, V.ALL_POOLS,
     "Verkenning van een collectief warmtenet met restwarmte of aquathermie voor {wijk}.",
     "De studie vergelijkt een middentemperatuur-warmtenet met individuele warmtepompen voor circa "
     "{woningen} woningen in {wijk}. Kosten per aansluiting, de rol van de woningcorporatie en de "
     "beschikbaarheid van restwarmte zijn doorgerekend. Conclusie: een warmtenet is haalbaar als minstens "
     "70 procent van de woningen meedoet; de businesscase is gevoelig voor de aansluitbijdrage.",
     ["warmtenetten", "financiering"]),
    ("Participatieplan aardgasvrije wijk {wijk}", K.PARTICIPATION, P.WUP, V.PUBLIC,
     "Hoe bewoners van {wijk} meepraten en meebeslissen over de wijkaanpak aardgasvrij.",
     "Het plan beschrijft de participatieladder per fase: informeren via bewonersavonden, raadplegen met "
     "keukentafelgesprekken en een enquête, en coproduceren met een klankbordgroep en buurtambassadeurs. "
     "Extra aandacht voor huurders, ouderen en bewoners met energiearmoede.",
     ["participatie", "energiearmoede"]),
    ("Plan van aanpak wijkuitvoeringsplan {wijk}", K.APPROACH, P.WUP, V.POOL,
     "Stappen, planning en rollen om in twee jaar tot een wijkuitvoeringsplan (WUP) voor {wijk} te komen.",
     "Fase 1: wijkanalyse met data over bouwjaar, energielabels en eigendom. Fase 2: warmteopties en "
     "kosten. Fase 3: participatie en besluitvorming in de raad. De projectleider stuurt een kernteam met "
     "netbeheerder, corporatie en energiecoöperatie aan.",
     ["projectleiding", "procesregie"]),
    ("Raadsvoorstel Transitievisie Warmte {gemeente}", K.COUNCIL, P.TVW, V.PUBLIC,
     "Voorstel aan de raad om de Transitievisie Warmte vast te stellen.",
     "De Transitievisie Warmte geeft per wijk de voorlopige voorkeursoptie en het tijdpad tot 2030. "
     "Startwijken zijn gekozen op basis van laagste maatschappelijke kosten en aanwezige initiatieven. De "
     "raad wordt gevraagd de visie vast te stellen en budget vrij te maken voor wijkuitvoeringsplannen.",
     ["programmamanagement", "ruimtelijke-ordening"]),
    ("Geleerde les: collectieve isolatieaanpak {gemeente}", K.LESSON, P.EXECUTION, V.ALL_POOLS,
     "Wat werkte en wat niet bij het collectief isoleren van rijtjeswoningen.",
     "Collectieve inkoop van spouwmuur- en vloerisolatie verlaagde de prijs met 20 procent. Een "
     "energiecoach per straat hielp aarzelende bewoners over de drempel. Minder goed: de subsidieregeling "
     "was te ingewikkeld; maak één loket voor isolatiemaatregelen en subsidies.",
     ["isolatie", "financiering"]),
    ("Sjabloon projectplan warmtetransitie", K.TEMPLATE, P.GENERAL, V.PUBLIC,
     "Invulbaar sjabloon voor een projectplan: doel, scope, planning, risico's en stakeholders.",
     "Gebruik dit sjabloon voor elk deelproject in de warmtetransitie. Hoofdstukken: aanleiding, doel, "
     "afbakening, stakeholderanalyse, planning met mijlpalen, risico's, budget en communicatie.",
     ["projectleiding", "stakeholdermanagement"]),
    ("Aanbestedingsleidraad warmtebedrijf {gemeente}", K.TENDER, P.EXECUTION, V.POOL,
     "Leidraad voor de selectie van een warmtebedrijf onder de Wet collectieve warmte.",
     "De leidraad beschrijft de gunningscriteria (tarieven, duurzaamheid van de warmtebron, "
     "leveringszekerheid), de concessieduur en de rol van de gemeente als aanwijzer van het warmtekavel.",
     ["juridisch", "warmtenetten"]),
    ("Warmtekaart en wijkanalyse {gemeente}", K.MAP, P.TVW, V.ALL_POOLS,
     "GIS-analyse van warmtevraag, bouwjaren, energielabels en mogelijke warmtebronnen per buurt.",
     "De warmtekaart combineert CBS-buurtdata, BAG-bouwjaren en energielabels met de ligging van "
     "oppervlaktewater en restwarmtebronnen. Buurten met hoge warmtedichtheid zijn kansrijk voor een "
     "warmtenet; buurten met jonge woningen voor all-electric met warmtepompen.",
     ["data-gis", "techniek-warmtebronnen"]),
    ("Energiearmoede aanpakken in {wijk}", K.LESSON, P.EXECUTION, V.PUBLIC,
     "Ervaringen met energiecoaches, kleine maatregelen en de fixbrigade voor huishoudens met lage inkomens.",
     "Door samen met het sociaal domein huishoudens te benaderen, bereikten de energiecoaches drie keer zo "
     "veel mensen. Kleine energiebesparende maatregelen leverden gemiddeld 150 euro per jaar op.",
     ["energiearmoede", "participatie"]),
    ("Regionale samenwerking warmte: evaluatie flexpool", K.STUDY, P.GENERAL, V.PUBLIC,
     "Evaluatie van twee jaar gedeelde capaciteit tussen de gemeenten van de regio.",
     "Gemeenten waarderen vooral de projectleiders met procesvaardigheden; specialistische kennis over "
     "warmtenetten en juridische vragen wordt gedeeld. Knelpunt: kennis van elders wordt niet altijd "
     "vertrouwd (Not Invented Here). Aanbeveling: een makelaarsrol en een doorzoekbare kennisbank.",
     ["procesregie", "programmamanagement"]),
]  # fmt: skip

WIJKEN = {
    "GM0106": ["Assen-Oost", "Kloosterveen", "Pittelo"],
    "GM0109": ["Coevorden-Centrum", "Dalen"],
    "GM0114": ["Emmerhout", "Angelslo", "Bargeres"],
    "GM0118": ["Hoogeveen-Noord", "Krakeel"],
    "GM0119": ["Meppel-Oost", "Haveltermade"],
    "GM1680": ["Gieten", "Annen"],
}
DEFAULT_WIJKEN = ["Centrum", "Noord"]
MAX_ITEMS = 36


def _plan(codes: list[str]) -> list[tuple]:
    """Which topic for which municipality and neighbourhood: deterministic, a few dozen items.

    Topics without a place in the title (the template, the evaluation) come out once: repeated
    titles are skipped when the items are made.
    """
    plan = []
    for round_ in range(6):
        for index, code in enumerate(codes):
            topic = TOPICS[(index + round_ * 3) % len(TOPICS)]
            wijken = WIJKEN.get(code, DEFAULT_WIJKEN)
            plan.append((topic, code, wijken[(index + round_) % len(wijken)], round_))
    return plan[:MAX_ITEMS]


@transaction.atomic
def load_knowledge_demo(pool: Pool) -> int:
    """Create the demo items for `pool` (skipping those that exist); returns how many were created."""
    memberships = list(pool.memberships.select_related("municipality").order_by("municipality__code"))
    if not memberships:
        return 0
    by_code = {m.municipality.code: m.municipality for m in memberships}
    members = list(pool.members.filter(active=True).order_by("name"))
    domain = Domain.objects.filter(code="warmte").first()
    competences = {c.code: c for c in Competence.objects.all()}
    coordinator = pool.coordinators.order_by("pk").first()
    existing = set(pool.knowledge_items.values_list("title", flat=True))
    created = 0
    items = []
    for number, (topic, code, wijk, round_) in enumerate(_plan(list(by_code))):
        title_t, kind, phase, visibility, summary_t, body_t, competence_codes = topic
        municipality = by_code[code]
        values = {"wijk": wijk, "gemeente": municipality.name, "woningen": 400 + 137 * (number % 9)}
        title = title_t.format(**values)
        if title in existing:
            continue
        existing.add(title)
        item = KnowledgeItem.objects.create(
            pool=pool,
            title=title,
            summary=summary_t.format(**values),
            body=body_t.format(**values),
            kind=kind,
            phase=phase,
            domain=domain,
            municipality=municipality,
            published_on=date(2022 + (number + round_) % 4, 1 + (number * 5) % 12, 1 + number % 27),
            visibility=visibility,
            created_by=coordinator,
        )
        if members:
            item.author_members.set(
                [members[number % len(members)], members[(number * 7 + 3) % len(members)]]
            )
        item.competences.set([competences[c] for c in competence_codes if c in competences])
        if kind in (K.COUNCIL, K.STUDY):
            KnowledgeLink.objects.create(
                item=item, url="https://www.platform31.nl/", label="Platform31: regionaal samenwerken"
            )
        indexing.index_item(item, [])
        items.append(item)
        created += 1
    # A few reuse records, so the figures on items and in the reports are not empty.
    codes = list(by_code)
    for number, item in enumerate(items[:12]):
        reuser = by_code[codes[(codes.index(item.municipality.code) + 1 + number) % len(codes)]]
        if reuser.pk != item.municipality_id and number % 2 == 0:
            ReuseRecord.objects.get_or_create(item=item, municipality=reuser)
    _missed_words()
    return created


# Words searched for in vain (word, times, days ago, what was searched for next and how often), so
# the thesaurus page shows what it lists.
MISSED_WORDS = [
    ("warmtenetbeheerder", 6, 2, [("warmtebedrijf", 3), ("netbeheerder", 1)]),
    ("buurtwarmte", 3, 9, [("collectieve warmte", 2)]),
    ("kwelderwarmte", 2, 20, []),
]


def _missed_words() -> None:
    today = timezone.localdate()
    for word, times, days_ago, searched_next in MISSED_WORDS:
        when = today - timedelta(days=days_ago)
        missed, _ = MissedSearchWord.objects.get_or_create(
            word=word,
            defaults={
                "searches": times,
                "first_searched_on": when - timedelta(days=30),
                "last_searched_on": when,
            },
        )
        for phrase, count in searched_next:
            MissedWordFollowUp.objects.get_or_create(
                word=missed, phrase=phrase, defaults={"searches": count, "last_searched_on": when}
            )
