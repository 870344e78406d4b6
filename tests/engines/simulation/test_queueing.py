"""The vectorised queueing engine against Erlang C and against the SimPy reference."""

from __future__ import annotations

import itertools
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flexpool.engines.simulation.queueing import erlang_c, estimate_mmc, fcfs_waits, mmc_waits

from .simpy_reference import simpy_mmc_waits, simpy_waits


def ks_statistic(a: np.ndarray, b: np.ndarray) -> float:
    """Two-sample Kolmogorov-Smirnov statistic, computed with NumPy."""
    a, b = np.sort(a), np.sort(b)
    grid = np.concatenate([a, b])
    return float(
        np.max(
            np.abs(np.searchsorted(a, grid, "right") / a.size - np.searchsorted(b, grid, "right") / b.size)
        )
    )


def ks_critical(n: int, m: int, alpha: float = 0.001) -> float:
    return math.sqrt(-math.log(alpha / 2) / 2) * math.sqrt((n + m) / (n * m))


def test_erlang_c_single_server_matches_mm1():
    p_wait, mean_wait = erlang_c(0.8, 1.0, 1)
    assert p_wait == pytest.approx(0.8)
    assert mean_wait == pytest.approx(0.8 / (1.0 - 0.8))


def test_erlang_c_known_value():
    # Textbook example: a = 2 Erlang on 3 servers gives P(wait) = 4/9.
    p_wait, mean_wait = erlang_c(2.0, 1.0, 3)
    assert p_wait == pytest.approx(4 / 9)
    assert mean_wait == pytest.approx(4 / 9 / (3 - 2))


def test_erlang_c_rejects_unstable_load():
    with pytest.raises(ValueError):
        erlang_c(3.0, 1.0, 3)


@pytest.mark.parametrize(
    ("arrival_rate", "service_rate", "servers"),
    [(0.5, 1.0, 1), (1.6, 1.0, 2), (9.5, 2.0, 5), (0.95, 1.0, 1)],
)
def test_simulation_agrees_with_erlang_c_within_two_percent(arrival_rate, service_rate, servers):
    estimate = estimate_mmc(arrival_rate, service_rate, servers, seed=3, max_events=60_000_000)
    p_wait, mean_wait = erlang_c(arrival_rate, service_rate, servers)
    assert estimate.p_wait == pytest.approx(p_wait, rel=0.02)
    assert estimate.mean_wait == pytest.approx(mean_wait, rel=0.02)
    assert estimate.mean_wait_se < 0.01 * mean_wait


def test_estimate_is_reproducible_with_a_seed():
    first = estimate_mmc(1.6, 1.0, 2, seed=11, max_events=10_000_000)
    second = estimate_mmc(1.6, 1.0, 2, seed=11, max_events=10_000_000)
    assert (first.p_wait, first.mean_wait, first.replications) == (
        second.p_wait,
        second.mean_wait,
        second.replications,
    )


def test_numpy_recursion_gives_the_same_waits_as_simpy_on_the_same_inputs():
    rng = np.random.default_rng(5)
    interarrivals = rng.exponential(1 / 2.7, (8, 400))
    services = rng.exponential(1.0, (8, 400))
    np.testing.assert_allclose(
        fcfs_waits(interarrivals, services, 3), simpy_waits(interarrivals, services, 3), atol=1e-9
    )


def test_numpy_and_simpy_give_the_same_wait_distribution():
    # Independent random streams; compare after a warm-up with KS, mean and P(wait).
    warmup = 200
    numpy_waits = mmc_waits(1.6, 1.0, 2, replications=40, customers=1200, seed=1)[:, warmup:].ravel()
    reference = simpy_mmc_waits(1.6, 1.0, 2, replications=40, customers=1200, seed=2)[:, warmup:].ravel()
    # Waits within a run are correlated, so thin both samples before the KS test.
    a, b = numpy_waits[::25], reference[::25]
    assert ks_statistic(a, b) < ks_critical(a.size, b.size)
    assert np.mean(numpy_waits > 0) == pytest.approx(np.mean(reference > 0), abs=0.03)
    assert numpy_waits.mean() == pytest.approx(reference.mean(), rel=0.12)


def test_more_servers_never_increase_waiting_with_the_same_seed():
    waits = [mmc_waits(3.5, 1.0, c, replications=50, customers=2000, seed=9) for c in (4, 5, 6, 8)]
    means = [w.mean() for w in waits]
    assert means == sorted(means, reverse=True)
    for fewer, more in itertools.pairwise(waits):
        assert np.all(more <= fewer + 1e-9)  # path by path, customer by customer


@settings(max_examples=40, deadline=None)
@given(
    servers=st.integers(1, 5),
    seed=st.integers(0, 10_000),
    customers=st.integers(1, 60),
)
def test_adding_a_server_never_delays_any_customer(servers, seed, customers):
    rng = np.random.default_rng(seed)
    interarrivals = rng.exponential(1.0, (3, customers))
    services = rng.exponential(float(servers), (3, customers))
    fewer = fcfs_waits(interarrivals, services, servers)
    more = fcfs_waits(interarrivals, services, servers + 1)
    assert np.all(more <= fewer + 1e-9)
    assert np.all(fewer >= 0)


def test_erlang_bench_prints_only_json_lines(tmp_path):
    root = Path(__file__).parents[3]
    cases = [
        {"arrival_rate": 1.6, "service_rate": 1.0, "servers": 2},
        {"arrival_rate": 0.5, "service_rate": 1, "servers": 1},
    ]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases))
    run = subprocess.run(
        [sys.executable, str(root / "bench" / "erlang.py"), "--json", str(path), "--max-events", "4000000"],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root / "src")},
    )
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [set(line) for line in lines] == [
        {"arrival_rate", "service_rate", "servers", "p_wait", "mean_wait"}
    ] * 2
    for case, line in zip(cases, lines, strict=True):
        p_wait, mean_wait = erlang_c(case["arrival_rate"], case["service_rate"], case["servers"])
        assert line["servers"] == case["servers"]
        assert line["p_wait"] == pytest.approx(p_wait, rel=0.02)
        assert line["mean_wait"] == pytest.approx(mean_wait, rel=0.02)
