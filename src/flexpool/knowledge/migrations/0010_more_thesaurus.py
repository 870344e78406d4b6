"""More abbreviations and synonyms of Dutch heat-transition and municipal work in the default
thesaurus (laws, subsidies, bodies, documents, participation, techniques, HR and cooperation words),
written from knowledge of the field without looking at the search's evaluation sets. A group whose
first phrase is already in an entry adds its other phrases to that entry; the others are new entries.
Phrases that a coordinator took out (in the audit trail) are not added again. Coordinators can change
all of them at /kennis/thesaurus/.
"""

from django.db import migrations

# (kind, phrases): each line one group of words that mean the same in a search.
MORE = [
    ("afkorting", ["WKO", "warmtekoudeopslag", "warmte koude opslag", "warmte-koude-opslag"]),
    ("synoniem", ["aardgasvrij", "aardgasloos", "gasloos", "zonder aardgas"]),
    ("synoniem", ["warmtenet", "wijkverwarming", "warmtedistributienet"]),
    ("synoniem", ["participatie", "burgerparticipatie", "inwonersparticipatie"]),
    ("afkorting", ["TVW", "warmteprogramma"]),
    ("afkorting", ["Wgr", "Wet gemeenschappelijke regelingen"]),
    ("afkorting", ["GR", "gemeenschappelijke regeling"]),
    ("afkorting", ["BVO", "bedrijfsvoeringsorganisatie"]),
    ("afkorting", ["Bbl", "Besluit bouwwerken leefomgeving"]),
    (
        "afkorting",
        ["AVG", "Algemene verordening gegevensbescherming", "GDPR", "General Data Protection Regulation"],
    ),
    ("afkorting", ["BBV", "Besluit begroting en verantwoording provincies en gemeenten"]),
    (
        "afkorting",
        ["EPBD", "Energy Performance of Buildings Directive", "richtlijn energieprestatie van gebouwen"],
    ),
    (
        "afkorting",
        [
            "EED",
            "Energy Efficiency Directive",
            "richtlijn energie-efficiëntie",
            "EU-richtlijn energie-efficiëntie",
        ],
    ),
    ("afkorting", ["NTA 8800", "NTA8800", "Nederlandse Technische Afspraak 8800"]),
    ("afkorting", ["EPA", "energieprestatieadvies", "EPA-maatwerkadvies"]),
    ("afkorting", ["NMDA", "niet meer dan anders", "niet-meer-dan-anders"]),
    (
        "afkorting",
        ["CDOKE", "Capaciteit Decentrale Overheden voor Klimaat- en Energiebeleid", "CDOKE-middelen"],
    ),
    ("afkorting", ["WIS", "Warmtenetten Investeringssubsidie"]),
    ("afkorting", ["NIP", "Nationaal Isolatieprogramma"]),
    ("afkorting", ["SAH", "Stimuleringsregeling aardgasvrije huurwoningen"]),
    ("afkorting", ["SEEH", "Subsidie energiebesparing eigen huis"]),
    ("afkorting", ["RRE", "Regeling Reductie Energiegebruik"]),
    (
        "afkorting",
        ["DUMAVA", "Subsidieregeling duurzaam maatschappelijk vastgoed", "duurzaam maatschappelijk vastgoed"],
    ),
    ("afkorting", ["SPUK", "specifieke uitkering"]),
    ("afkorting", ["DU", "decentralisatie-uitkering", "decentralisatieuitkering"]),
    ("afkorting", ["JTF", "Just Transition Fund", "fonds voor een rechtvaardige transitie"]),
    ("afkorting", ["ACM", "Autoriteit Consument & Markt", "Autoriteit Consument en Markt"]),
    ("afkorting", ["EZK", "ministerie van Economische Zaken en Klimaat"]),
    ("afkorting", ["KGG", "ministerie van Klimaat en Groene Groei"]),
    ("afkorting", ["VDG", "Vereniging van Drentse Gemeenten", "Vereniging Drentse Gemeenten"]),
    ("afkorting", ["SNN", "Samenwerkingsverband Noord-Nederland"]),
    ("afkorting", ["PBL", "Planbureau voor de Leefomgeving"]),
    ("afkorting", ["ECW", "Expertisecentrum Warmte"]),
    ("afkorting", ["NP RES", "Nationaal Programma Regionale Energiestrategie", "Nationaal Programma RES"]),
    ("synoniem", ["omgevingsdienst", "OD", "RUD", "regionale uitvoeringsdienst"]),
    ("afkorting", ["GS", "Gedeputeerde Staten", "college van GS"]),
    ("afkorting", ["PS", "Provinciale Staten"]),
    ("synoniem", ["RES-regio", "energieregio", "RES regio"]),
    (
        "synoniem",
        [
            "woningcorporatie",
            "woningbouwcorporatie",
            "corporatie",
            "wooncorporatie",
            "woningbouwvereniging",
            "toegelaten instelling",
        ],
    ),
    ("synoniem", ["huurdersorganisatie", "huurdersvereniging", "huurdersbelangenvereniging"]),
    ("afkorting", ["RNB", "regionale netbeheerder", "distributienetbeheerder"]),
    ("afkorting", ["LEI", "lokaal energie-initiatief", "lokale energie-initiatieven"]),
    (
        "afkorting",
        ["P&C", "planning en control", "planning & control", "P&C-cyclus", "planning- en controlcyclus"],
    ),
    ("synoniem", ["voorjaarsnota", "kadernota", "perspectiefnota"]),
    ("synoniem", ["bestuursrapportage", "burap"]),
    ("afkorting", ["RIB", "raadsinformatiebrief"]),
    ("afkorting", ["PHO", "portefeuillehoudersoverleg", "portefeuillehouderoverleg"]),
    ("synoniem", ["collegebesluit", "B&W-besluit", "besluit van het college"]),
    ("afkorting", ["PvA", "plan van aanpak"]),
    ("afkorting", ["PvE", "programma van eisen"]),
    (
        "afkorting",
        ["MJOP", "meerjarenonderhoudsplan", "meerjarenonderhoudsplanning", "meerjaren onderhoudsplan"],
    ),
    ("afkorting", ["DVO", "dienstverleningsovereenkomst"]),
    ("afkorting", ["SOK", "samenwerkingsovereenkomst"]),
    (
        "synoniem",
        [
            "intentieverklaring",
            "intentieovereenkomst",
            "letter of intent",
            "LOI",
            "memorandum of understanding",
            "MoU",
        ],
    ),
    ("afkorting", ["KPI", "key performance indicator", "kritieke prestatie-indicator"]),
    ("afkorting", ["PPS", "publiek-private samenwerking", "publiekprivate samenwerking"]),
    ("synoniem", ["aanbesteding", "aanbestedingsprocedure", "tender", "tenderprocedure"]),
    ("synoniem", ["collectieve inkoop", "collectieve inkoopactie", "groepsaankoop", "samenkoopactie"]),
    ("synoniem", ["cofinanciering", "medefinanciering"]),
    ("synoniem", ["doorbelasting", "doorbelasten", "doorberekening", "doorberekenen"]),
    ("synoniem", ["uurtarief", "uurprijs", "tarief per uur"]),
    ("synoniem", ["urenregistratie", "tijdschrijven", "uren schrijven", "urenverantwoording"]),
    ("synoniem", ["onrendabele top", "onrendabel deel"]),
    ("synoniem", ["terugverdientijd", "terugverdienperiode"]),
    ("synoniem", ["aansluitbijdrage", "eenmalige aansluitbijdrage", "EAB", "bijdrage aansluitkosten"]),
    ("synoniem", ["warmtetarief", "warmteprijs", "tarief voor warmte"]),
    ("synoniem", ["woonlastenneutraal", "woonlastenneutraliteit", "woonlasten neutraal"]),
    ("synoniem", ["warmtebedrijf", "warmteleverancier", "warmteleveringsbedrijf"]),
    ("synoniem", ["HRM", "human resource management", "P&O", "personeel en organisatie", "personeelszaken"]),
    (
        "synoniem",
        ["onboarding", "inwerken", "inwerkprogramma", "inwerkperiode", "introductie nieuwe medewerker"],
    ),
    (
        "synoniem",
        ["detachering", "detacheren", "uitlenen personeel", "uitlening van personeel", "personeel uitlenen"],
    ),
    ("synoniem", ["externe inhuur", "inhuur derden", "inhuur van externen"]),
    ("synoniem", ["zzp'er", "zzp", "zelfstandige zonder personeel", "freelancer"]),
    ("synoniem", ["flexkracht", "flexwerker", "tijdelijke kracht"]),
    ("afkorting", ["fte", "voltijdsequivalent", "voltijdequivalent", "full-time equivalent"]),
    ("afkorting", ["W&S", "werving en selectie", "recruitment"]),
    ("synoniem", ["functieprofiel", "functiebeschrijving", "functieomschrijving"]),
    (
        "synoniem",
        ["personeelstekort", "arbeidsmarktkrapte", "krapte op de arbeidsmarkt", "tekort aan personeel"],
    ),
    ("synoniem", ["uitvoeringskracht", "uitvoeringscapaciteit"]),
    ("synoniem", ["projectleider", "projectmanager"]),
    ("synoniem", ["programmamanager", "programmaleider"]),
    ("synoniem", ["beleidsmedewerker", "beleidsadviseur", "beleidsambtenaar"]),
    ("synoniem", ["procesbegeleider", "procesfacilitator"]),
    ("synoniem", ["omgevingsmanager", "stakeholdermanager"]),
    ("synoniem", ["flexpool", "flexteam", "capaciteitspool", "flexibele pool"]),
    ("synoniem", ["capaciteitsvraag", "capaciteitsaanvraag", "capaciteitsverzoek", "inzetverzoek"]),
    ("synoniem", ["menukaart", "dienstencatalogus", "productencatalogus"]),
    ("synoniem", ["kennisbank", "kennisdatabase", "kennisbibliotheek"]),
    ("synoniem", ["kennisdeling", "kennis delen", "kennisuitwisseling"]),
    ("synoniem", ["kennisborging", "kennis borgen", "borgen van kennis"]),
    ("synoniem", ["kennismakelaar", "kennisbroker", "makelaarsrol"]),
    ("synoniem", ["leernetwerk", "lerend netwerk", "community of practice"]),
    ("afkorting", ["NIH", "not invented here", "not-invented-here-syndroom"]),
    ("synoniem", ["regie", "regierol", "regievoering"]),
    ("synoniem", ["ontwerpatelier", "ontwerpsessie", "ontwerpworkshop"]),
    ("synoniem", ["knelpuntenanalyse", "knelpuntanalyse", "bottleneckanalyse"]),
    ("synoniem", ["business case", "businesscase", "business-case"]),
    ("synoniem", ["lessons learned", "geleerde lessen", "leerpunten", "leerervaringen"]),
    ("synoniem", ["kick-off", "kickoff", "kick off", "startbijeenkomst", "aftrapbijeenkomst"]),
    ("synoniem", ["stakeholders", "belanghebbenden", "belanghouders"]),
    ("synoniem", ["quick wins", "quickwins", "quick-wins", "laaghangend fruit", "snelle successen"]),
    ("synoniem", ["no-regret", "no regret", "no-regretmaatregelen", "spijtvrije maatregelen"]),
    ("synoniem", ["best practices", "best practice", "good practices", "goede voorbeelden"]),
    ("synoniem", ["handreiking", "leidraad"]),
    ("afkorting", ["FAQ", "veelgestelde vragen", "veel gestelde vragen"]),
    ("synoniem", ["routekaart", "roadmap"]),
    ("synoniem", ["haalbaarheidsstudie", "haalbaarheidsonderzoek"]),
    ("synoniem", ["nulmeting", "0-meting", "beginmeting", "baseline"]),
    ("synoniem", ["pilot", "pilotproject", "proefproject"]),
    ("synoniem", ["co-creatie", "cocreatie"]),
    (
        "synoniem",
        [
            "bewonersavond",
            "informatieavond",
            "inloopavond",
            "bewonersbijeenkomst",
            "informatiebijeenkomst",
            "inloopbijeenkomst",
        ],
    ),
    ("synoniem", ["klankbordgroep", "klankbord", "klankbordcommissie"]),
    ("synoniem", ["enquête", "vragenlijst", "survey"]),
    ("synoniem", ["bewonersinitiatief", "inwonersinitiatief", "buurtinitiatief"]),
    ("synoniem", ["Right to Challenge", "uitdaagrecht"]),
    ("synoniem", ["participatieverordening", "inspraakverordening"]),
    ("synoniem", ["participatieplan", "participatieaanpak"]),
    ("synoniem", ["energiecoach", "energiebespaarcoach", "vrijwillige energiecoach"]),
    ("synoniem", ["energieloket", "energiebalie", "duurzaamheidsloket"]),
    ("synoniem", ["warmtescan", "warmtefoto", "thermografie", "thermografische opname", "infraroodfoto"]),
    ("synoniem", ["blowerdoortest", "blower door test", "blowerdoor-test", "luchtdichtheidsmeting"]),
    ("synoniem", ["woningeigenaar", "huiseigenaar", "eigenaar-bewoner", "particuliere woningeigenaar"]),
    ("synoniem", ["gestapelde bouw", "gestapelde woningen", "meergezinswoningen", "appartementencomplex"]),
    ("synoniem", ["isolatiestandaard", "standaard en streefwaarden", "standaard voor woningisolatie"]),
    ("synoniem", ["geothermie", "aardwarmte"]),
    ("synoniem", ["restwarmte", "afvalwarmte"]),
    (
        "synoniem",
        [
            "lucht-waterwarmtepomp",
            "lucht/waterwarmtepomp",
            "lucht-water-warmtepomp",
            "lucht water warmtepomp",
        ],
    ),
    ("synoniem", ["bodemwarmtepomp", "grondwarmtepomp", "bodem-waterwarmtepomp"]),
    ("synoniem", ["all-electric", "all electric", "allelectric", "volledig elektrisch"]),
    (
        "afkorting",
        ["LTV", "lagetemperatuurverwarming", "lage-temperatuurverwarming", "laagtemperatuurverwarming"],
    ),
    (
        "synoniem",
        ["LT-warmtenet", "lagetemperatuurwarmtenet", "laagtemperatuurwarmtenet", "lage-temperatuurwarmtenet"],
    ),
    ("afkorting", ["TED", "thermische energie uit drinkwater"]),
    ("afkorting", ["WKK", "warmtekrachtkoppeling", "warmte-krachtkoppeling"]),
    ("afkorting", ["COP", "coefficient of performance", "prestatiecoëfficiënt"]),
    ("synoniem", ["zonnepanelen", "PV-panelen", "zonne-PV", "fotovoltaïsche panelen"]),
    ("synoniem", ["cv-ketel", "cv ketel", "centrale verwarmingsketel"]),
    ("synoniem", ["groen gas", "biomethaan"]),
    ("synoniem", ["kierdichting", "tochtwering", "naad- en kierdichting", "kieren dichten"]),
    ("synoniem", ["spouwmuurisolatie", "spouwisolatie", "spouwmuur isoleren"]),
    ("synoniem", ["na-isolatie", "naisolatie", "na-isoleren"]),
    ("synoniem", ["Rc-waarde", "Rc waarde", "warmteweerstand"]),
    ("synoniem", ["warmtevraag", "warmtebehoefte"]),
    ("synoniem", ["energiebesparing", "energie besparen", "energiebesparen"]),
    (
        "synoniem",
        ["kleine energiebesparende maatregelen", "kleine besparingsmaatregelen", "kleine maatregelen"],
    ),
    ("synoniem", ["CO2-reductie", "CO2 reductie", "CO2-besparing"]),
    ("synoniem", ["netcongestie", "congestie op het stroomnet", "netschaarste", "vol stroomnet"]),
    ("synoniem", ["Startanalyse", "Startanalyse aardgasvrije buurten", "PBL-startanalyse"]),
    ("synoniem", ["Vesta MAIS", "Vesta-model"]),
    ("synoniem", ["wijkaanpak", "wijkgerichte aanpak", "buurtaanpak", "buurtgerichte aanpak"]),
    ("synoniem", ["proeftuin aardgasvrije wijken", "PAW-proeftuin", "proeftuin PAW"]),
]


def _folded(phrase):
    return " ".join(phrase.lower().split())


def removed_by_coordinators(apps):
    """The phrases a coordinator took out of the thesaurus: a deleted line's, and those a change left
    out (from the audit trail, which keeps the words before and after every change)."""
    record_model = apps.get_model("core", "AuditRecord")
    removed = set()
    records = record_model.objects.filter(
        action__in=["kennis.thesaurus_verwijderd", "kennis.thesaurus_gewijzigd"]
    ).values_list("action", "changes")
    for action, changes in records:
        words = {_folded(p) for p in (changes or {}).get("woorden") or []}
        if action == "kennis.thesaurus_verwijderd":
            removed |= words
        else:
            removed |= {_folded(p) for p in (changes or {}).get("eerder") or []} - words
    return removed


def merge_groups(apps, groups):
    """Add each group as an entry, or, when its first phrase is already in an entry, add its other
    phrases to that entry (migration 0011 uses this too). A phrase a coordinator took out stays out:
    an upgrade does not bring back what was removed on purpose, and a group left with fewer than two
    phrases is skipped."""
    entry_model = apps.get_model("knowledge", "ThesaurusEntry")
    removed = removed_by_coordinators(apps)
    entries = list(entry_model.objects.all())
    by_phrase = {}
    for entry in entries:
        for phrase in entry.phrases.splitlines():
            by_phrase.setdefault(_folded(phrase), entry)
    for kind, listed in groups:
        phrases = [p for p in listed if _folded(p) not in removed]
        if len(phrases) < 2:
            continue
        entry = by_phrase.get(_folded(phrases[0]))
        if entry is None:
            entry = entry_model.objects.create(kind=kind, phrases="\n".join(phrases))
        else:
            have = entry.phrases.splitlines()
            known = {_folded(p) for p in have}
            entry.phrases = "\n".join(have + [p for p in phrases if _folded(p) not in known])
            entry.save(update_fields=["phrases"])
        for phrase in phrases:
            by_phrase.setdefault(_folded(phrase), entry)


def add_more(apps, schema_editor):
    merge_groups(apps, MORE)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0009_vector_version"),
        ("core", "0002_auditrecord_pool_ref"),  # merge_groups reads what coordinators removed
    ]

    operations = [migrations.RunPython(add_more, migrations.RunPython.noop)]
