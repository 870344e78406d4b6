"""National benchmark for the matching engine: 342 municipalities, 30 RES regions,
3,000 members, 10,000 requests over 52 weeks.

    .venv/bin/python bench/national.py --seed 0 --time-limit 60 --workers 2 \
        --out bench/results/national_seed0.json

Reports objective, proven bound, gap and time for the engine and for a coordinator's greedy
baseline (first come first served, first member that fits), scored with the same objective.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import time
from pathlib import Path

from flexpool.engines.matching import PoolSettings, plan
from flexpool.engines.matching.capacity import ledger_for
from flexpool.engines.matching.heuristic import baseline_greedy
from flexpool.engines.matching.national import national_instance
from flexpool.engines.matching.prepared import Prepared
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.transfers import find_transfer


def cpu_model() -> str:
    out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
    for line in out.splitlines():
        if line.startswith("Model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    t0 = time.monotonic()
    data = national_instance(args.seed)
    generated_s = time.monotonic() - t0
    settings = PoolSettings(time_limit_s=args.time_limit, workers=args.workers)

    t0 = time.monotonic()
    result = plan(data, settings, on_progress=lambda f, m: print(f"  {f:5.0%} {m}", flush=True))
    engine_s = time.monotonic() - t0

    t0 = time.monotonic()
    problem = Problem(Prepared(data, settings))
    baseline = baseline_greedy(problem)
    baseline_s = time.monotonic() - t0
    baseline_objective = problem.objective(baseline)
    baseline_unfair = find_transfer(problem, baseline, ledger_for(problem.prep, baseline))

    served_hours = sum(f.served_hours for f in result.fulfilment)
    baseline_hours = sum(data.requests[r].volume for r in baseline)
    report = {
        "seed": args.seed,
        "machine": cpu_model(),
        "cores": 2,
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "instance": {
            "municipalities": len(data.municipalities),
            "members": len(data.members),
            "requests": len(data.requests),
            "fixed_assignments": len(data.fixed),
            "weeks": data.weeks,
            "requested_hours": sum(r.volume for r in data.requests),
            "generated_s": round(generated_s, 2),
        },
        "engine": {
            "objective": round(result.objective, 1),
            "bound": round(result.bound, 1),
            "gap": round(result.gap, 5),
            "wall_s": round(engine_s, 2),
            "served_requests": len({a.request_id for a in result.assignments}),
            "served_hours": served_hours,
            "components": result.stats.components,
            "largest_component": result.stats.largest_component_requests,
            "statuses": {str(s): n for s, n in result.stats.statuses},
            "fair_greedy_objective": round(result.stats.heuristic_objective, 1),
        },
        "baseline": {
            "objective": round(baseline_objective, 1),
            "gap_to_engine_bound": round((result.bound - baseline_objective) / result.bound, 5),
            "wall_s": round(baseline_s, 2),
            "served_requests": len(baseline),
            "served_hours": baseline_hours,
            "has_fairness_improving_transfer": baseline_unfair is not None,
        },
        "engine_over_baseline": round(result.objective / baseline_objective - 1, 5),
    }
    print(json.dumps(report, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
