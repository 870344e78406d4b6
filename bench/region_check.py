"""The workshop's region model in its degenerate configuration against the Lindley recursion.

    .venv/bin/python bench/region_check.py --json CASES.json [--seed 0] [--replications R]
    .venv/bin/python bench/region_check.py --json bench/region_check_cases.json --compare

CASES.json is a list of {"id", "arrival_rate" (tasks per week), "mean_task_hours", "staff",
"hours_per_staff" (productive hours per staff member per week), "weeks" (simulated weeks after
warm-up, summed over replications), "warmup_weeks" (per replication)}.

For each case the region model's own code (``engines/simulation/region.py``, through
``simulate_batch``) runs with one municipality, one skill, a fixed staff, no outsourcing,
Poisson arrivals with exponential task hours and no volume uncertainty, and one JSON line is
printed: {"id", "mean_backlog_hours", "p_backlog", "replications"}. The backlog is read at the
end of every week after service; p_backlog is the share of weeks ending with a backlog.

With --compare the exact stationary values of W(t+1) = max(0, W(t) + A(t) - C), computed
numerically (``engines/simulation/validation.py``, no simulation), are set next to them: a table
on stderr and bench/results/region-check-<date>.json/.txt.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

from flexpool.engines.simulation.region import simulate_batch
from flexpool.engines.simulation.validation import lindley_configuration, lindley_stationary

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
FIELDS = ("id", "arrival_rate", "mean_task_hours", "staff", "hours_per_staff", "weeks", "warmup_weeks")


def check_case(case: dict, seed: int, replications: int | None = None) -> dict:
    """Run one case on the region model; returns the JSON line plus the per-replication spread."""
    missing = [f for f in FIELDS if f not in case]
    if missing:
        raise ValueError(f"case {case.get('id', '?')}: missing {', '.join(missing)}")
    weeks, warmup = int(case["weeks"]), int(case["warmup_weeks"])
    if weeks < 1 or warmup < 0:
        raise ValueError(f"case {case['id']}: weeks must be positive and warmup_weeks not negative")
    if replications is None:
        # Long replications (at least 5,000 measured weeks each), and enough of them for a spread.
        replications = max(8, min(400, weeks // 5_000))
    per_replication = math.ceil(weeks / replications)
    years = math.ceil((warmup + per_replication) / 52)
    region, params = lindley_configuration(
        float(case["arrival_rate"]),
        float(case["mean_task_hours"]),
        float(case["staff"]),
        float(case["hours_per_staff"]),
        years,
    )
    backlog_sum = np.zeros(replications)
    busy_weeks = np.zeros(replications)

    def observe(week: int, backlog: np.ndarray) -> None:
        if warmup <= week < warmup + per_replication:
            total = backlog.sum(axis=(0, 1))[0]  # [replications]: one municipality, all skills
            backlog_sum[:] += total
            busy_weeks[:] += total > 0

    started = time.perf_counter()
    batch = simulate_batch(region, [params], replications, seed, observe=observe)
    seconds = time.perf_counter() - started
    outsourced = float(batch.totals[0].outsourced.sum())
    means = backlog_sum / per_replication
    shares = busy_weeks / per_replication
    return {
        "line": {
            "id": case["id"],
            "mean_backlog_hours": float(means.mean()),
            "p_backlog": float(shares.mean()),
            "replications": replications,
        },
        "mean_se": float(means.std(ddof=1) / math.sqrt(replications)),
        "p_se": float(shares.std(ddof=1) / math.sqrt(replications)),
        "weeks_measured": per_replication * replications,
        "weeks_simulated": years * 52 * replications,
        "outsourced_hours": outsourced,
        "seconds": seconds,
    }


def compare(cases: list[dict], results: list[dict]) -> None:
    rows = []
    for case, result in zip(cases, results, strict=True):
        capacity = float(case["staff"]) * float(case["hours_per_staff"])
        load = float(case["arrival_rate"]) * float(case["mean_task_hours"]) / capacity
        started = time.perf_counter()
        exact = lindley_stationary(float(case["arrival_rate"]), float(case["mean_task_hours"]), capacity)
        exact_seconds = time.perf_counter() - started
        line = result["line"]
        rows.append(
            {
                **case,
                "load": load,
                "capacity_hours": capacity,
                "model_mean": line["mean_backlog_hours"],
                "model_mean_se": result["mean_se"],
                "exact_mean": exact.mean_backlog_hours,
                "exact_mean_bounds": [exact.mean_low, exact.mean_high],
                "mean_rel_error": line["mean_backlog_hours"] / exact.mean_backlog_hours - 1,
                "mean_z": (line["mean_backlog_hours"] - exact.mean_backlog_hours) / result["mean_se"],
                "model_p": line["p_backlog"],
                "model_p_se": result["p_se"],
                "exact_p": exact.p_backlog,
                "exact_p_bounds": [exact.p_low, exact.p_high],
                "p_rel_error": line["p_backlog"] / exact.p_backlog - 1,
                "p_z": (line["p_backlog"] - exact.p_backlog) / result["p_se"],
                "replications": line["replications"],
                "weeks_measured": result["weeks_measured"],
                "outsourced_hours": result["outsourced_hours"],
                "model_seconds": result["seconds"],
                "exact_seconds": exact_seconds,
                "exact_grid_step_hours": exact.grid_step_hours,
            }
        )
        print(f"{case['id']}: exact values in {exact_seconds:.1f} s", file=sys.stderr, flush=True)
    header = (
        "| case | load | staff | C (h/wk) | E[W] model ± se | E[W] exact | rel err | z "
        "| P(W>0) model ± se | P(W>0) exact | rel err | z | weeks | outsourced h | s |"
    )
    lines = [header, "|---|" + "---:|" * 14]
    for r in rows:
        lines.append(
            f"| {r['id']} | {r['load']:.2f} | {r['staff']:g} | {r['capacity_hours']:.0f} | "
            f"{r['model_mean']:.2f} ± {r['model_mean_se']:.2f} | {r['exact_mean']:.2f} | "
            f"{r['mean_rel_error']:+.2%} | {r['mean_z']:+.1f} | "
            f"{r['model_p']:.4f} ± {r['model_p_se']:.4f} | {r['exact_p']:.4f} | "
            f"{r['p_rel_error']:+.2%} | {r['p_z']:+.1f} | {r['weeks_measured']:,} | "
            f"{r['outsourced_hours']:.0f} | {r['model_seconds']:.1f} |"
        )
    stamp = time.strftime("%Y-%m-%d-%H%M")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"region-check-{stamp}.json").write_text(json.dumps(rows, indent=1))
    (RESULTS / f"region-check-{stamp}.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines), file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", type=Path, required=True, metavar="CASES.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--replications", type=int, default=None, help="default: weeks / 5,000, 8 to 400")
    parser.add_argument("--compare", action="store_true", help="compare with the exact stationary values")
    args = parser.parse_args()
    cases = json.loads(args.json.read_text())
    if not isinstance(cases, list):
        sys.exit("CASES.json must hold a list of case objects")
    results = []
    for case in cases:
        try:
            result = check_case(case, args.seed, args.replications)
        except (ValueError, TypeError) as error:
            sys.exit(str(error))
        results.append(result)
        print(json.dumps(result["line"]), flush=True)
    if args.compare:
        compare(cases, results)


if __name__ == "__main__":
    main()
