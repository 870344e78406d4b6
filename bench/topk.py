"""Interactive top-k at national size: latency of Matcher.top_k over random requests.

.venv/bin/python bench/topk.py --seed 0 --samples 200 --out bench/results/topk_seed0.json
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from flexpool.engines.matching import Matcher, PoolSettings
from flexpool.engines.matching.national import national_instance


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    data = national_instance(args.seed)
    t0 = time.monotonic()
    matcher = Matcher(data, PoolSettings())
    build_s = time.monotonic() - t0
    picks = random.Random(args.seed).sample(list(data.requests), args.samples)
    latencies, shown = [], []
    for request in picks:
        t0 = time.perf_counter()
        top = matcher.top_k(request, args.k)
        latencies.append(time.perf_counter() - t0)
        shown.append(len(top.candidates) + (2 if top.pair else 0))
    ms = np.array(latencies) * 1000
    report = {
        "seed": args.seed,
        "samples": args.samples,
        "k": args.k,
        "matcher_build_s": round(build_s, 2),
        "p50_ms": round(float(np.percentile(ms, 50)), 2),
        "p95_ms": round(float(np.percentile(ms, 95)), 2),
        "max_ms": round(float(ms.max()), 2),
        "mean_candidates_shown": round(float(np.mean(shown)), 2),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }
    print(json.dumps(report, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
