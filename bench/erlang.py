"""Validate the simulator against Erlang C (M/M/c, FCFS).

    .venv/bin/python bench/erlang.py --json CASES.json
        CASES.json: [{"arrival_rate": 9.5, "service_rate": 1.0, "servers": 10}, ...]
        prints one JSON line per case: {"arrival_rate", "service_rate", "servers", "p_wait",
        "mean_wait"}, simulated (not the formula); nothing else on stdout.

    .venv/bin/python bench/erlang.py --grid
        runs loads 0.5..0.95 x servers 1..50, compares with Erlang C and writes
        bench/results/erlang-<date>.json and .txt (table also printed).

Each case simulates the number-in-system jump chain of M/M/c for many replications in
parallel (see flexpool.engines.simulation.queueing.estimate_mmc); run length and replications
adapt to the load so that the relative standard error stays below 0.2 % where the event
budget allows.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from flexpool.engines.simulation.queueing import erlang_c, estimate_mmc

RESULTS = Path(__file__).resolve().parent / "results"


def run_cases(cases: list[dict], seed: int, max_events: int) -> None:
    for index, case in enumerate(cases):
        estimate = estimate_mmc(
            float(case["arrival_rate"]),
            float(case["service_rate"]),
            int(case["servers"]),
            seed=seed + index,
            max_events=max_events,
        )
        line = {
            "arrival_rate": case["arrival_rate"],
            "service_rate": case["service_rate"],
            "servers": case["servers"],
            "p_wait": estimate.p_wait,
            "mean_wait": estimate.mean_wait,
        }
        print(json.dumps(line), flush=True)


def run_grid(seed: int, max_events: int) -> None:
    rows = []
    for load in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        for servers in (1, 2, 5, 10, 20, 50):
            service_rate = 1.0
            arrival_rate = load * servers * service_rate
            estimate = estimate_mmc(arrival_rate, service_rate, servers, seed=seed, max_events=max_events)
            p_wait, mean_wait = erlang_c(arrival_rate, service_rate, servers)
            rows.append(
                {
                    "load": load,
                    "servers": servers,
                    "arrival_rate": arrival_rate,
                    "service_rate": service_rate,
                    "erlang_p_wait": p_wait,
                    "sim_p_wait": estimate.p_wait,
                    "p_wait_rel_error": estimate.p_wait / p_wait - 1,
                    "p_wait_rel_se": estimate.p_wait_se / p_wait,
                    "erlang_mean_wait": mean_wait,
                    "sim_mean_wait": estimate.mean_wait,
                    "mean_wait_rel_error": estimate.mean_wait / mean_wait - 1,
                    "mean_wait_rel_se": estimate.mean_wait_se / mean_wait,
                    "replications": estimate.replications,
                    "events_per_replication": estimate.events_per_replication + estimate.warmup_events,
                    "seconds": estimate.seconds,
                }
            )
            r = rows[-1]
            print(
                f"rho={load:4.2f} c={servers:3d}  P: {r['sim_p_wait']:.5f} vs {p_wait:.5f} "
                f"({r['p_wait_rel_error']:+.3%}, se {r['p_wait_rel_se']:.3%})  "
                f"W: {r['sim_mean_wait']:.5f} vs {mean_wait:.5f} "
                f"({r['mean_wait_rel_error']:+.3%}, se {r['mean_wait_rel_se']:.3%})  {r['seconds']:.2f}s",
                flush=True,
            )
    stamp = time.strftime("%Y-%m-%d-%H%M")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"erlang-{stamp}.json").write_text(json.dumps(rows, indent=1))
    header = (
        "| load | c | P(wait) Erlang | P(wait) sim | rel err | rel se "
        "| W Erlang | W sim | rel err | rel se | s |"
    )
    lines = [header, "|" + "---:|" * 11]
    for r in rows:
        lines.append(
            f"| {r['load']:.2f} | {r['servers']} | {r['erlang_p_wait']:.5f} | {r['sim_p_wait']:.5f} | "
            f"{r['p_wait_rel_error']:+.3%} | {r['p_wait_rel_se']:.3%} | {r['erlang_mean_wait']:.5f} | "
            f"{r['sim_mean_wait']:.5f} | {r['mean_wait_rel_error']:+.3%} | {r['mean_wait_rel_se']:.3%} | "
            f"{r['seconds']:.2f} |"
        )
    (RESULTS / f"erlang-{stamp}.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--json", type=Path, metavar="CASES.json", help="cases to simulate; JSON lines out")
    mode.add_argument("--grid", action="store_true", help="standard grid against Erlang C, with a table")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-events", type=int, default=120_000_000, help="event budget per case")
    args = parser.parse_args()
    if args.json:
        cases = json.loads(args.json.read_text())
        if not isinstance(cases, list):
            sys.exit("CASES.json must hold a list of {arrival_rate, service_rate, servers} objects")
        run_cases(cases, args.seed, args.max_events)
    else:
        run_grid(args.seed, args.max_events)


if __name__ == "__main__":
    main()
