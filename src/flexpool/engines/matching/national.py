"""A national-size synthetic instance on the real 342 municipalities and 30 RES regions.

Each RES region runs its own pool (members serve the municipalities of their region), as the
Drenthe flexteam does. Municipality centroids, regions and populations are CBS 2024 figures
(data/gemeenten_2024.csv, derived from shared/data). Everything else is synthetic, from a seed.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from flexpool.engines.matching.domain import (
    Competence,
    CompetenceKind,
    FixedAssignment,
    MatchingInput,
    Member,
    Municipality,
    Request,
    Tier,
)

DATA = Path(__file__).parent / "data" / "gemeenten_2024.csv"
P, C = CompetenceKind.PROCESS, CompetenceKind.CONTENT
COMPETENCES = (
    Competence("projectleiding", P, "Projectleiding"),
    Competence("procesmanagement", P, "Procesmanagement"),
    Competence("participatie", P, "Bewonersparticipatie"),
    Competence("communicatie", P, "Communicatie"),
    Competence("warmtetransitie", C, "Warmtetransitie (TVW/WUP)"),
    Competence("warmtenetten", C, "Warmtenetten"),
    Competence("isolatie", C, "Isolatie en gebouwtechniek"),
    Competence("juridisch", C, "Juridisch en aanbesteden"),
    Competence("financiering", C, "Financiering en subsidies"),
    Competence("data_gis", C, "Data en GIS"),
)

# (share of requests, required {competence: minimum level}, share resident-facing, splittable)
# Demand is mostly for project leaders (process skills), as the source interview says.
REQUEST_PROFILES = (
    (0.28, {"projectleiding": 2, "warmtetransitie": 1}, 0.4, 0.2),
    (0.18, {"participatie": 2}, 1.0, 0.2),
    (0.08, {"warmtenetten": 3}, 0.0, 0.1),
    (0.14, {"warmtetransitie": 2}, 0.2, 0.2),
    (0.07, {"juridisch": 2}, 0.0, 0.1),
    (0.06, {"financiering": 2}, 0.0, 0.1),
    (0.06, {"data_gis": 2}, 0.0, 0.1),
    (0.05, {"isolatie": 2, "communicatie": 1}, 0.6, 0.2),
    (0.08, {"projectleiding": 3, "participatie": 2, "warmtenetten": 2}, 1.0, 1.0),  # a team
)
# (share of members, main competences with level range) — secondary skills are added randomly.
MEMBER_PROFILES = (
    (0.34, {"projectleiding": (2, 4), "warmtetransitie": (1, 3), "procesmanagement": (1, 3)}),
    (0.18, {"participatie": (2, 4), "communicatie": (1, 3)}),
    (0.10, {"warmtenetten": (2, 4), "isolatie": (1, 2)}),
    (0.14, {"warmtetransitie": (2, 4), "procesmanagement": (1, 2)}),
    (0.07, {"juridisch": (2, 4)}),
    (0.06, {"financiering": (2, 4)}),
    (0.06, {"data_gis": (2, 4)}),
    (0.05, {"isolatie": (2, 4), "communicatie": (1, 2)}),
)


@dataclass(frozen=True, slots=True)
class MunicipalityRecord:
    code: str
    name: str
    res_code: str
    res_name: str
    lat: float
    lon: float
    population: int


def load_municipalities() -> tuple[MunicipalityRecord, ...]:
    with DATA.open(encoding="utf-8") as fh:
        return tuple(
            MunicipalityRecord(
                row["gemeentecode"],
                row["gemeentenaam"],
                row["res_code"],
                row["res_naam"],
                float(row["centroid_lat"]),
                float(row["centroid_lon"]),
                int(row["inwoners"]),
            )
            for row in csv.DictReader(fh)
        )


def _pick(rng: np.random.Generator, shares: list[float]) -> int:
    p = np.asarray(shares, dtype=float)
    return int(rng.choice(len(p), p=p / p.sum()))


def national_instance(
    seed: int = 0, n_members: int = 3000, n_requests: int = 10_000, weeks: int = 52
) -> MatchingInput:
    rng = np.random.default_rng(seed)
    records = load_municipalities()
    pop = np.array([r.population for r in records], dtype=float)
    in_region: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        in_region.setdefault(r.res_code, []).append(i)
    coords = np.radians([(r.lat, r.lon) for r in records])
    # Contribution in proportion to inhabitants (the usual key of a joint arrangement);
    # one in seven municipalities is an associate member.
    municipalities = tuple(
        Municipality(
            r.code,
            r.name,
            r.lat,
            r.lon,
            contribution=r.population / 10_000,
            tier=Tier.ASSOCIATE if rng.random() < 1 / 7 else Tier.PARTICIPANT,
        )
        for r in records
    )

    def nearest_in_region(i: int, k: int) -> list[int]:
        others = [j for j in in_region[records[i].res_code] if j != i]
        d = [np.hypot(coords[j, 0] - coords[i, 0], coords[j, 1] - coords[i, 1]) for j in others]
        return [others[j] for j in np.argsort(d)[:k]]

    members, fixed = [], []
    for n in range(n_members):
        home = int(rng.choice(len(records), p=pop / pop.sum()))
        region = records[home].res_code
        region_codes = [records[j].code for j in in_region[region]]
        profile = MEMBER_PROFILES[_pick(rng, [p[0] for p in MEMBER_PROFILES])][1]
        comps = {c: int(rng.integers(lo, hi + 1)) for c, (lo, hi) in profile.items()}
        for extra in rng.choice([c.code for c in COMPETENCES], size=rng.integers(0, 3)):
            comps.setdefault(str(extra), int(rng.integers(1, 3)))
        ties = {records[j].code for j in nearest_in_region(home, int(rng.integers(1, 6)))}
        past = set(rng.choice(region_codes, size=min(len(region_codes), int(rng.integers(0, 4)))))
        contract = float(rng.choice([16, 24, 32, 36], p=[0.15, 0.3, 0.35, 0.2]))
        capacity = np.full(weeks, contract)
        # Leave: three weeks at half capacity (the rest of the year is net of planned leave).
        capacity[rng.choice(weeks, size=3, replace=False)] = contract / 2
        member_id = f"M{n:05d}"
        wishes = rng.choice([c.code for c in COMPETENCES], size=rng.integers(0, 3), replace=False)
        members.append(
            Member(
                id=member_id,
                home_municipality=records[home].code,
                weekly_capacity=tuple(capacity.tolist()),
                competences=comps,
                local_ties=frozenset(ties),
                past_municipalities=frozenset(str(p) for p in past),
                development_wishes=frozenset(str(w) for w in wishes),
                max_municipalities=int(rng.choice([2, 3, 4], p=[0.3, 0.5, 0.2])),
                serves=frozenset(region_codes),
            )
        )
        if rng.random() < 0.15:  # some confirmed work already running
            start = int(rng.integers(0, weeks - 8))
            fixed.append(
                FixedAssignment(
                    member_id,
                    f"F{n:05d}",
                    str(rng.choice(region_codes)),
                    min(8.0, contract),
                    start,
                    min(weeks - 1, start + int(rng.integers(4, 20))),
                )
            )
    requests = []
    weight = pop**0.7  # small municipalities ask relatively more than their size
    for n in range(n_requests):
        g = int(rng.choice(len(records), p=weight / weight.sum()))
        _, required, facing, split = REQUEST_PROFILES[_pick(rng, [p[0] for p in REQUEST_PROFILES])]
        start = int(rng.integers(0, weeks - 8))
        duration = int(rng.integers(8, 41))
        requests.append(
            Request(
                id=f"R{n:05d}",
                municipality=records[g].code,
                hours_per_week=float(rng.choice([4, 8, 12, 16], p=[0.2, 0.4, 0.25, 0.15])),
                start_week=start,
                end_week=min(weeks - 1, start + duration - 1),
                required=dict(required),
                resident_facing=bool(rng.random() < facing),
                priority=int(rng.choice([1, 2, 3], p=[0.25, 0.5, 0.25])),
                splittable=bool(rng.random() < split),
            )
        )
    return MatchingInput(
        weeks=weeks,
        municipalities=municipalities,
        members=tuple(members),
        requests=tuple(requests),
        fixed=tuple(fixed),
        competences=COMPETENCES,
    )
