# ruff: noqa: E501
"""A deterministic Dutch evaluation corpus for the knowledge search, with queries labelled by construction.

Each generated document is about one main topic (relevance 2) and sometimes mentions a second topic
(relevance 1). Topics are written in several surface forms, as real documents do: singular and
plural, compound and split or hyphenated, with and without accents. Queries use one of the forms,
so a search that does not stem or split compounds misses documents that use another form.

Caveat: the forms were chosen by the same people who wrote the normaliser, so the absolute gain over
the baseline is larger than on real documents; the harness is for comparing pipeline steps.

    python bench/knowledge/corpus.py --seed 7 --documents 320   # prints a summary
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass

# topic → surface forms used in documents (and queries). The first form is the "canonical" one.
TOPICS: dict[str, list[str]] = {
    "warmtenet": ["warmtenet", "warmtenetten", "warmte-net", "collectief warmtenet", "warmtenetten in de wijk"],
    "warmtepomp": ["warmtepomp", "warmtepompen", "warmte-pompen", "hybride warmtepomp", "all-electric warmtepompen"],
    "isolatie": ["isolatie", "isolatiemaatregelen", "isoleren van woningen", "na-isolatie", "isolatie-aanpak"],
    "participatie": ["participatie", "bewonersparticipatie", "participatieplan", "participatieplannen",
                     "bewoners laten meepraten"],
    "wup": ["wijkuitvoeringsplan", "wijkuitvoeringsplannen", "wijk-uitvoeringsplan", "uitvoeringsplan voor de wijk"],
    "tvw": ["transitievisie warmte", "transitievisies", "Transitievisie Warmte", "warmtevisie"],
    "energiearmoede": ["energiearmoede", "energie-armoede", "hoge energierekening", "energiecoaches"],
    "aquathermie": ["aquathermie", "warmte uit oppervlaktewater", "thermische energie uit water", "aquathermiebronnen"],
    "restwarmte": ["restwarmte", "rest-warmte", "industriële restwarmte", "restwarmtebronnen"],
    "subsidie": ["subsidie", "subsidies", "subsidieregeling", "subsidieregelingen", "financiële regeling"],
    "aanbesteding": ["aanbesteding", "aanbestedingen", "aanbestedingsleidraad", "Europese aanbesteding"],
    "wcw": ["Wet collectieve warmte", "warmtewet", "wet collectieve warmtevoorziening", "warmtekavel"],
    "coop": ["energiecoöperatie", "energiecooperaties", "energie-coöperatie", "lokale coöperatie"],
    "zon": ["zonnepanelen", "zonnepaneel", "zonne-energie", "zon op dak"],
    "netcongestie": ["netcongestie", "vol stroomnet", "congestie op het net", "netcapaciteit"],
    "bodemenergie": ["bodemenergie", "bodem-energie", "warmte-koudeopslag", "WKO-systemen"],
    "biogas": ["groen gas", "groengas", "biogas", "vergisting"],
    "corporatie": ["woningcorporatie", "woningcorporaties", "corporatiewoningen", "huurwoningen van de corporatie"],
    "vve": ["vereniging van eigenaren", "VvE", "VvE's", "appartementencomplex"],
    "monument": ["monumenten", "monumentale panden", "erfgoed", "beschermd stadsgezicht"],
    "datagis": ["warmtekaart", "warmtekaarten", "GIS-analyse", "wijkanalyse met data"],
    "kosten": ["kostenanalyse", "maatschappelijke kosten", "kosten-batenanalyse", "businesscase"],
    "communicatie": ["communicatieplan", "communicatiestrategie", "bewonersbrief", "bewonersavonden"],
    "raad": ["raadsvoorstel", "raadsvoorstellen", "raads-informatiebrief", "besluit van de raad"],
    "regio": ["regionale samenwerking", "regio-samenwerking", "flexpool", "gedeelde capaciteit"],
    "laadpalen": ["laadpalen", "laadpaal", "laadinfrastructuur", "elektrisch laden"],
}  # fmt: skip

KINDS = ["onderzoek", "plan_van_aanpak", "participatieplan", "sjabloon", "raadsvoorstel", "les", "kaart"]
PHASES = ["tvw", "wup", "uitvoering", "algemeen"]
KIND_WORDS = {
    "onderzoek": ["Haalbaarheidsstudie", "Verkenning", "Onderzoek"],
    "plan_van_aanpak": ["Plan van aanpak", "Aanpak", "Projectplan"],
    "participatieplan": ["Participatieaanpak", "Bewonersaanpak"],
    "sjabloon": ["Sjabloon", "Model", "Format"],
    "raadsvoorstel": ["Raadsvoorstel", "Besluit", "Raadsinformatiebrief"],
    "les": ["Geleerde les", "Evaluatie", "Terugblik"],
    "kaart": ["Analyse", "Kaartbeeld", "Datanotitie"],
}
PLACES = ["Assen", "Emmen", "Hoogeveen", "Meppel", "Coevorden", "Tynaarlo", "Westerveld", "Borger-Odoorn",
          "Aa en Hunze", "Noordenveld", "De Wolden", "Midden-Drenthe", "Zwolle", "Deventer", "Enschede"]  # fmt: skip
FILLER = [
    "De gemeente werkt samen met de netbeheerder en de provincie.",
    "In de eerste fase is een inventarisatie gemaakt van de bestaande situatie.",
    "Het college legt de uitkomsten voor aan de gemeenteraad.",
    "De planning loopt tot en met het einde van het volgende jaar.",
    "Belangrijke risico's zijn de beschikbaarheid van personeel en de kosten.",
    "Het projectteam bestaat uit een projectleider, een adviseur en een communicatiemedewerker.",
    "De resultaten zijn gedeeld met de andere gemeenten in de regio.",
    "Er is gesproken met inwoners, ondernemers en maatschappelijke organisaties.",
    "De uitvoering hangt af van landelijke regelgeving en financiering.",
    "Tot slot volgen aanbevelingen voor het vervolg.",
    "Het document is opgesteld door het programmateam duurzaamheid.",
    "Monitoring vindt plaats aan de hand van een aantal indicatoren.",
]
SENTENCES = [
    "Dit stuk gaat over {f}.",
    "Voor {p} is gekeken naar {f}.",
    "De kansen van {f} zijn per buurt in beeld gebracht.",
    "Bij {f} speelt de betaalbaarheid voor bewoners een grote rol.",
    "Het team deed ervaring op met {f} in {p}.",
    "Een belangrijke les: begin vroeg met {f}.",
    "De keuze voor {f} vraagt om goede afspraken met partners.",
]

# Queries: (text, topic). Forms differ on purpose from many document forms.
QUERIES: list[tuple[str, str]] = [
    ("warmtenetten", "warmtenet"), ("warmte net", "warmtenet"), ("collectieve warmtenetten", "warmtenet"),
    ("warmtepompen", "warmtepomp"), ("hybride warmte-pomp", "warmtepomp"),
    ("isolatiemaatregel", "isolatie"), ("woningisolatie", "isolatie"), ("isolatie aanpak", "isolatie"),
    ("participatieplan", "participatie"), ("bewoners participatie", "participatie"),
    ("wijkuitvoeringsplannen", "wup"), ("uitvoeringsplan wijk", "wup"),
    ("transitievisie", "tvw"), ("Transitievisies Warmte", "tvw"),
    ("energiearmoede", "energiearmoede"), ("energiecoach", "energiearmoede"),
    ("aquathermie", "aquathermie"), ("warmte oppervlaktewater", "aquathermie"),
    ("restwarmtebron", "restwarmte"), ("industriele restwarmte", "restwarmte"),
    ("subsidieregeling", "subsidie"), ("subsidies", "subsidie"),
    ("aanbestedingen", "aanbesteding"), ("aanbestedingsleidraad", "aanbesteding"),
    ("wet collectieve warmte", "wcw"), ("warmtekavels", "wcw"),
    ("energiecooperatie", "coop"), ("energie coöperaties", "coop"),
    ("zonnepaneel", "zon"), ("zonne energie", "zon"),
    ("netcongestie", "netcongestie"), ("netcapaciteit stroomnet", "netcongestie"),
    ("bodemenergie", "bodemenergie"), ("warmte koudeopslag", "bodemenergie"),
    ("groen gas", "biogas"), ("biogas vergisting", "biogas"),
    ("woningcorporaties", "corporatie"), ("corporatiewoning", "corporatie"),
    ("vereniging van eigenaren", "vve"), ("VvE", "vve"),
    ("monumentale panden", "monument"), ("monument", "monument"),
    ("warmtekaarten", "datagis"), ("GIS analyse", "datagis"),
    ("kosten baten analyse", "kosten"), ("maatschappelijke kosten", "kosten"),
    ("communicatieplannen", "communicatie"), ("bewonersavond", "communicatie"),
    ("raadsvoorstellen", "raad"), ("raadsinformatiebrief", "raad"),
    ("regionale samenwerking", "regio"), ("flexpools", "regio"),
    ("laadpaal", "laadpalen"), ("laadinfrastructuur", "laadpalen"),
]  # fmt: skip


@dataclass(frozen=True)
class Document:
    id: int
    title: str
    summary: str
    body: str
    kind: str
    phase: str
    place: str
    year: int
    topic: str
    secondary: str | None


def generate(seed: int = 7, documents: int = 320, *, filler: int = 6) -> list[Document]:
    """The corpus; the same seed and size always give the same documents."""
    rng = random.Random(seed)
    topics = list(TOPICS)
    result = []
    for number in range(documents):
        topic = topics[number % len(topics)]
        secondary = rng.choice([t for t in topics if t != topic]) if rng.random() < 0.4 else None
        kind = rng.choice(KINDS)
        place = rng.choice(PLACES)
        forms = TOPICS[topic]
        title = f"{rng.choice(KIND_WORDS[kind])} {rng.choice(forms)} {place}"
        summary = rng.choice(SENTENCES).format(f=rng.choice(forms), p=place)
        sentences = [
            rng.choice(SENTENCES).format(f=rng.choice(forms), p=place) for _ in range(rng.randint(2, 4))
        ]
        if secondary:
            sentences.append(rng.choice(SENTENCES).format(f=rng.choice(TOPICS[secondary]), p=place))
        sentences += rng.sample(FILLER, k=min(filler, len(FILLER)))
        rng.shuffle(sentences)
        result.append(
            Document(
                id=number + 1,
                title=title,
                summary=summary,
                body=" ".join(sentences),
                kind=kind,
                phase=rng.choice(PHASES),
                place=place,
                year=2019 + rng.randrange(7),
                topic=topic,
                secondary=secondary,
            )
        )
    return result


def judgements(corpus: list[Document]) -> list[tuple[str, dict[int, int]]]:
    """Each query with its relevant documents: 2 for the main topic, 1 for a secondary mention."""
    labelled = []
    for query, topic in QUERIES:
        relevant = {d.id: 2 for d in corpus if d.topic == topic}
        relevant.update({d.id: 1 for d in corpus if d.secondary == topic and d.id not in relevant})
        labelled.append((query, relevant))
    return labelled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--documents", type=int, default=320)
    args = parser.parse_args()
    corpus = generate(args.seed, args.documents)
    print(f"{len(corpus)} documents, {len(QUERIES)} queries, {len(TOPICS)} topics")
    for doc in corpus[:3]:
        print(f"- {doc.title}: {doc.body[:120]}…")


if __name__ == "__main__":
    main()
