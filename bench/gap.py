"""Benchmark of the GAP core of the matching engine on the OR-Library style instances.

    .venv/bin/python bench/gap.py --seconds 10 --json FILE...     # one JSON line per file
    .venv/bin/python bench/gap.py --seconds 10 [FILE...]           # table vs. baselines
    .venv/bin/python bench/gap.py --seconds 10 --methods engine --synthetic d:80x1600

In --json mode stdout carries only the JSON lines (solver banners are diverted to stderr).
Without --json, every instance is also solved by two baselines with the same time limit:
plain CP-SAT (full model, 2 workers, no hint) and plain HiGHS MILP; the table and a JSON
record are written to bench/results/gap-<date>.{txt,json}. ``--synthetic KIND:MxN``
generates Chu & Beasley type D or Yagiura type E instances of that size (no best known
value; the column "proven" is the engine's own gap to its proven lower bound).
"""

from __future__ import annotations

import time

# Taken before the heavy imports (OR-Tools alone needs ~2 s): in --json mode the first
# instance's budget counts from process start, so N files take about N × --seconds.
PROCESS_STARTED = time.monotonic()

import argparse  # noqa: E402
import contextlib  # noqa: E402
import csv  # noqa: E402
import datetime as dt  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "src"))

import highspy  # noqa: E402
import numpy as np  # noqa: E402

from flexpool.engines.matching.gap import GapInstance, read_gap_file, solve_gap  # noqa: E402
from flexpool.engines.matching.gap.cpsat import solve_full_model  # noqa: E402

DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "gap"
RESULTS_DIR = REPO_ROOT / "bench" / "results"
METHODS = ("engine", "cpsat", "highs")
WITHIN = 0.5  # percent: the "close to best known" threshold of the summary


@dataclass(frozen=True)
class Run:
    objective: int | None
    lower_bound: float | None
    elapsed_s: float
    assignment: tuple[int, ...] = ()


@contextlib.contextmanager
def stdout_to_stderr() -> Iterator[int]:
    """Point file descriptor 1 at stderr (C libraries print banners there); yield the old one."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        yield saved
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def run_engine(
    path: Path, seconds: float, started: float | None = None, seed: int = 0
) -> tuple[GapInstance, Run]:
    """Read and solve; the budget counts from ``started`` (default: now)."""
    started = time.monotonic() if started is None else started
    instance = read_gap_file(path)
    # The budget covers reading too; keep a little back for writing the answer.
    budget = seconds - (time.monotonic() - started) - 0.1
    result = solve_gap(instance, max(0.05, budget), workers=2, seed=seed)
    elapsed = time.monotonic() - started
    return instance, Run(result.objective, result.lower_bound, elapsed, result.assignment)


def run_plain_cpsat(instance: GapInstance, seconds: float) -> Run:
    started = time.monotonic()
    outcome = solve_full_model(instance, time_limit_s=seconds, workers=2)
    assignment = () if outcome.assignment is None else tuple(int(a) for a in outcome.assignment)
    return Run(outcome.objective, outcome.bound, time.monotonic() - started, assignment)


def run_plain_highs(instance: GapInstance, seconds: float) -> Run:
    started = time.monotonic()
    m, n = instance.cost.shape
    num_cols = m * n
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = num_cols, n + m
    lp.col_cost_ = instance.cost.ravel().astype(np.float64)
    lp.col_lower_ = np.zeros(num_cols)
    lp.col_upper_ = np.ones(num_cols)
    lp.row_lower_ = np.concatenate([np.ones(n), np.full(m, -highspy.kHighsInf)])
    lp.row_upper_ = np.concatenate([np.ones(n), instance.capacity.astype(np.float64)])
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.arange(0, 2 * num_cols + 1, 2, dtype=np.int32)
    index = np.empty(2 * num_cols, dtype=np.int32)
    index[0::2] = np.tile(np.arange(n), m)
    index[1::2] = n + np.repeat(np.arange(m), n)
    values = np.empty(2 * num_cols)
    values[0::2] = 1.0
    values[1::2] = instance.weight.ravel()
    lp.a_matrix_.index_, lp.a_matrix_.value_ = index, values
    lp.integrality_ = [highspy.HighsVarType.kInteger] * num_cols
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("time_limit", float(seconds))
    highs.passModel(lp)
    highs.run()
    info = highs.getInfo()
    objective = None
    assignment: tuple[int, ...] = ()
    if info.primal_solution_status == 2:  # kSolutionStatusFeasible
        x = np.asarray(highs.getSolution().col_value).reshape(m, n)
        assignment = tuple(int(a) for a in np.argmax(x, axis=0))
        objective = instance.objective(assignment) if instance.is_feasible(assignment) else None
    return Run(objective, float(info.mip_dual_bound), time.monotonic() - started, assignment)


def load_best_known(path: Path) -> dict[str, int]:
    with path.open() as handle:
        return {row["instance"]: int(row["best_known_value_min"]) for row in csv.DictReader(handle)}


def find_best_known(files: list[Path], explicit: Path | None) -> Path | None:
    if explicit is not None:
        return explicit
    for file in files[:1]:
        for parent in file.resolve().parents:
            if (parent / "best_known.csv").is_file():
                return parent / "best_known.csv"
    default = DEFAULT_DATA_DIR / "best_known.csv"
    return default if default.is_file() else None


def synthetic_file(spec: str, directory: Path, seed: int) -> Path:
    """Write a type D ("d:80x1600") or type E ("e:80x1600") instance; return its path."""
    kind, size = spec.split(":")
    m, n = (int(v) for v in size.lower().split("x"))
    rng = np.random.default_rng(seed)
    if kind == "d":  # Chu & Beasley: costs inversely correlated with weights
        weight = rng.integers(1, 101, size=(m, n))
        cost = 111 - weight + rng.integers(-10, 11, size=(m, n))
    elif kind == "e":  # Yagiura et al.: exponential weights, cost ~ 1000 / weight
        weight = np.floor(1 - 10 * np.log(1 - rng.random((m, n)))).astype(np.int64)
        cost = np.floor(1000 / weight - 10 * rng.random((m, n))).astype(np.int64)
    else:
        raise SystemExit(f"unknown synthetic kind {kind!r}: use d or e")
    capacity = (0.8 * weight.sum(axis=1) / m).astype(np.int64)
    rows = [f"{m} {n}", *(" ".join(map(str, r)) for r in (*cost, *weight)), " ".join(map(str, capacity))]
    path = directory / f"syn-{kind}{m}x{n}"
    path.write_text("\n".join(rows) + "\n")
    return path


def default_files() -> list[Path]:
    with (DEFAULT_DATA_DIR / "best_known.csv").open() as handle:
        return [DEFAULT_DATA_DIR / row["file"] for row in csv.DictReader(handle)]


def gap_percent(objective: int | None, best: int | None) -> float | None:
    if objective is None or best is None:
        return None
    return 100.0 * (objective - best) / best


def json_mode(files: list[Path], seconds: float, seed: int = 0) -> None:
    with stdout_to_stderr() as real_stdout:
        clock = PROCESS_STARTED
        for path in files:
            _, run = run_engine(path, seconds, started=clock, seed=seed)
            clock = time.monotonic()
            line = {"instance": path.name, "objective": run.objective, "assignment": list(run.assignment)}
            os.write(real_stdout, (json.dumps(line) + "\n").encode())
            print(f"{path.name}: {run.objective} in {run.elapsed_s:.2f}s", file=sys.stderr)


def table_mode(
    files: list[Path],
    seconds: float,
    best_known: dict[str, int],
    methods: set[str],
    baseline_min_jobs: int,
    seed: int = 0,
) -> None:
    rows: list[dict[str, object]] = []
    load_start = os.getloadavg()
    header = (
        f"{'instance':<12} {'m×n':>8} {'best':>7} "
        + " ".join(f"{m:>17}" for m in METHODS)
        + f" {'proven':>7} {'time':>6}"
    )
    lines = [header, "-" * len(header)]
    print(header, flush=True)
    for path in files:
        best = best_known.get(path.name)
        record: dict[str, object] = {"instance": path.name, "best_known": best}
        with stdout_to_stderr():
            instance, engine = (
                run_engine(path, seconds, seed=seed) if "engine" in methods else (read_gap_file(path), None)
            )
            runs: dict[str, Run | None] = {"engine": engine, "cpsat": None, "highs": None}
            if instance.num_jobs >= baseline_min_jobs:
                if "cpsat" in methods:
                    runs["cpsat"] = run_plain_cpsat(instance, seconds)
                if "highs" in methods:
                    runs["highs"] = run_plain_highs(instance, seconds)
        cells = []
        for method in METHODS:
            run = runs[method]
            if run is None:
                cells.append(f"{'-':>17}")
                continue
            gap = gap_percent(run.objective, best)
            record[method] = {
                "objective": run.objective,
                "lower_bound": run.lower_bound,
                "elapsed_s": round(run.elapsed_s, 3),
                "gap_percent": gap,
            }
            text = (
                "none"
                if run.objective is None
                else f"{run.objective} {gap:+.2f}%"
                if gap is not None
                else str(run.objective)
            )
            cells.append(f"{text:>17}")
        size = f"{instance.num_agents}×{instance.num_jobs}"
        proven = "-"
        if engine is not None and engine.objective is not None and engine.lower_bound is not None:
            proven_gap = 100 * (engine.objective - engine.lower_bound) / engine.objective
            proven = f"{proven_gap:.2f}%"
            record["engine_proven_gap_percent"] = round(proven_gap, 4)
        took = f"{engine.elapsed_s:.1f}s" if engine is not None else "-"
        line = (
            f"{path.name:<12} {size:>8} {best if best is not None else '-':>7} "
            + " ".join(cells)
            + f" {proven:>7} {took:>6}"
        )
        print(line, flush=True)
        lines.append(line)
        rows.append(record)

    summary = summarise(rows)
    load_end = os.getloadavg()
    summary.append(
        f"engine seed {seed}; load average (1/5/15 min): start {' '.join(f'{v:.2f}' for v in load_start)}, "
        f"end {' '.join(f'{v:.2f}' for v in load_end)}"
    )
    lines += ["", *summary]
    print("\n".join(["", *summary]))
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d-%H%M")
    meta = {
        "seconds": seconds,
        "date_utc": stamp,
        "methods": sorted(methods),
        "cpu_count": os.cpu_count(),
        "baseline_min_jobs": baseline_min_jobs,
        "engine_seed": seed,
        "loadavg_start": load_start,
        "loadavg_end": load_end,
    }
    (RESULTS_DIR / f"gap-{stamp}.json").write_text(json.dumps({"meta": meta, "results": rows}, indent=1))
    (RESULTS_DIR / f"gap-{stamp}.txt").write_text("\n".join(lines) + "\n")
    print(f"\nwritten: bench/results/gap-{stamp}.json and .txt", file=sys.stderr)


def summarise(rows: list[dict[str, object]]) -> list[str]:
    out = [
        f"{'method':<8} {'solved':>7} {'no answer':>9} {'mean gap %':>10} {'max gap %':>9}"
        + f" {'within 0.5%':>11}"
    ]
    if not any(isinstance(r.get("best_known"), int) for r in rows):
        proven = [float(r["engine_proven_gap_percent"]) for r in rows if "engine_proven_gap_percent" in r]  # type: ignore[arg-type]
        if not proven:
            return ["no best-known values for these instances: gaps not computed"]
        return [
            "no best-known values: engine gap to its own proven lower bound (pessimistic)",
            f"mean {statistics.fmean(proven):.3f} %, max {max(proven):.3f} %",
        ]
    for method in METHODS:
        tried = [r[method] for r in rows if method in r]
        gaps = [t["gap_percent"] for t in tried if t["gap_percent"] is not None]  # type: ignore[index]
        missing = sum(1 for t in tried if t["objective"] is None)  # type: ignore[index]
        if not tried:
            continue
        mean = statistics.fmean(gaps) if gaps else float("nan")
        worst = max(gaps) if gaps else float("nan")
        within = sum(1 for g in gaps if g <= WITHIN + 1e-9)
        out.append(
            f"{method:<8} {len(gaps):>7} {missing:>9} {mean:>10.3f} {worst:>9.3f} {within:>5}/{len(tried):<5}"
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path, help="instance files (default: all dev instances)")
    parser.add_argument(
        "--seconds", type=float, default=10.0, help="wall-clock limit per instance and method"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON line per instance, engine only")
    parser.add_argument(
        "--best-known", type=Path, default=None, help="best_known.csv (default: found near the files)"
    )
    parser.add_argument("--methods", default=",".join(METHODS), help="comma list of engine,cpsat,highs")
    parser.add_argument(
        "--synthetic",
        action="append",
        default=[],
        metavar="KIND:MxN",
        help="also solve a generated type d/e instance, e.g. d:80x1600 (repeatable)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic instances")
    parser.add_argument("--engine-seed", type=int, default=0, help="seed passed to solve_gap")
    parser.add_argument(
        "--baseline-min-jobs",
        type=int,
        default=0,
        help="run baselines only on instances with at least this many jobs",
    )
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory(prefix="gap-synthetic-")
    synthetic = [synthetic_file(spec, Path(scratch.name), args.seed) for spec in args.synthetic]
    files = [*args.files, *synthetic] or default_files()
    if args.json:
        json_mode(files, args.seconds, args.engine_seed)
        return
    known_path = find_best_known(files, args.best_known)
    best_known = load_best_known(known_path) if known_path is not None else {}
    table_mode(
        files,
        args.seconds,
        best_known,
        set(args.methods.split(",")),
        args.baseline_min_jobs,
        args.engine_seed,
    )


if __name__ == "__main__":
    main()
