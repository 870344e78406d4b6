"""Speed of the vectorised region model against its event-by-event reference, in one run.

    .venv/bin/python bench/region_reference_speed.py [--replications 200] [--seed 0]

Both run the same scenario (a flexpool with late joiners, a growing pool and every staff
mechanism on) for the same small region (3 municipalities, 2025-2050 in weeks) and the same
number of replications. The reference is tests/engines/simulation/region_reference.py: plain
Python, task by task; the test test_region_reference.py checks that the two agree.
The vectorised model is also timed at 1,000 replications, the workshop's default.
Results: bench/results/region-reference-speed-<date>.json and .txt.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT))  # for the reference model in tests/

from tests.engines.simulation.region_reference import reference_run  # noqa: E402
from tests.engines.simulation.test_region_reference import EVERYTHING_ON, SMALL_REGION  # noqa: E402

from flexpool.engines.simulation.region import simulate_batch  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--replications", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    params = EVERYTHING_ON["flexpool"]
    simulate_batch(SMALL_REGION, [params], 10, args.seed)  # warm up imports and caches
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    simulate_batch(SMALL_REGION, [params], args.replications, args.seed)
    vectorised = time.perf_counter() - started
    started = time.perf_counter()
    simulate_batch(SMALL_REGION, [params], 1_000, args.seed)
    vectorised_1000 = time.perf_counter() - started
    started = time.perf_counter()
    reference_run(SMALL_REGION, params, args.replications, args.seed)
    reference = time.perf_counter() - started
    row = {
        "replications": args.replications,
        "weeks": 1352,
        "municipalities": len(SMALL_REGION),
        "vectorised_seconds": vectorised,
        "reference_seconds": reference,
        "ratio_same_replications": reference / vectorised,
        "vectorised_1000_seconds": vectorised_1000,
        "ratio_per_replication_at_1000": (reference / args.replications) / (vectorised_1000 / 1_000),
        "load_average_before": load_before,
        "load_average_after": os.getloadavg()[0],
    }
    lines = [
        "| replications | event-by-event reference | vectorised | ratio | vectorised, 1,000 replications "
        "| ratio per replication at 1,000 | load avg before/after |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {args.replications} | {reference:.1f} s | {vectorised:.2f} s | "
        f"{row['ratio_same_replications']:.0f}x | "
        f"{vectorised_1000:.2f} s | {row['ratio_per_replication_at_1000']:.0f}x | "
        f"{load_before:.1f} / {row['load_average_after']:.1f} |",
    ]
    stamp = time.strftime("%Y-%m-%d-%H%M")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"region-reference-speed-{stamp}.json").write_text(json.dumps(row, indent=1))
    (RESULTS / f"region-reference-speed-{stamp}.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
