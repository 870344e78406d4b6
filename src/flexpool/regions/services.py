"""Import of the reference data shipped in `regions/data/`."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from flexpool.regions.models import Municipality, Province, Region

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class ImportSummary:
    provinces: int
    regions: int
    municipalities: int


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@transaction.atomic
def import_reference_data() -> ImportSummary:
    """Create or update provinces, RES regions and municipalities. Running it twice changes nothing."""
    municipalities = _rows("gemeenten_2024.csv")
    population = {row["gemeentecode"]: row for row in _rows("gemeenten_2024_population.csv")}

    provinces = {}
    for code, name in sorted({(r["provinciecode"], r["provincienaam"]) for r in municipalities}):
        provinces[code], _ = Province.objects.update_or_create(code=code, defaults={"name": name})
    regions = {}
    for row in _rows("res_regions_2024.csv"):
        regions[row["res_code"]], _ = Region.objects.update_or_create(
            code=row["res_code"], defaults={"name": row["res_naam"]}
        )
    for row in municipalities:
        counts = population[row["gemeentecode"]]
        Municipality.objects.update_or_create(
            code=row["gemeentecode"],
            defaults={
                "name": row["gemeentenaam"],
                "province": provinces[row["provinciecode"]],
                "region": regions[row["res_code"]],
                "population": int(counts["inwoners"]),
                "dwellings": int(counts["woningen"]),
                "latitude": float(row["centroid_lat"]),
                "longitude": float(row["centroid_lon"]),
            },
        )
    return ImportSummary(
        provinces=Province.objects.count(),
        regions=Region.objects.count(),
        municipalities=Municipality.objects.count(),
    )
