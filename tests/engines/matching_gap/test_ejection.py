import time

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flexpool.engines.matching.gap import GapInstance, ejection, solve_gap
from flexpool.engines.matching.gap.ejection import _best_chain, ejection_chain_search
from flexpool.engines.matching.gap.heuristic import total_overload

from .helpers import brute_force_optimum, type_d_like


def _penalised(instance: GapInstance, assignment: np.ndarray, penalty: np.ndarray) -> float:
    over = np.maximum(instance.loads(assignment) - instance.capacity, 0)
    return float(instance.objective(assignment) + penalty @ over)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), m=st.integers(2, 6), n=st.integers(2, 12))
def test_best_chain_is_a_valid_chain_and_at_least_as_good_as_every_shift(seed: int, m: int, n: int) -> None:
    rng = np.random.default_rng(seed)
    instance = type_d_like(m, n, seed=seed)
    assignment = rng.integers(0, m, size=n)
    load = instance.loads(assignment).astype(np.float64)
    penalty = rng.uniform(0.1, 5.0, size=m)
    tabu_until = np.zeros((m, n), dtype=np.int64)
    moves = _best_chain(
        instance.cost.astype(np.float64),
        instance.weight.astype(np.float64),
        instance.capacity.astype(np.float64),
        instance.weight > instance.capacity[:, None],
        assignment,
        load,
        penalty,
        tabu_until,
        iteration=1,
    )
    heavy = instance.weight > instance.capacity[:, None]
    shifts = [(j, i) for j in range(n) for i in range(m) if i != assignment[j] and not heavy[i, j]]
    if moves is None:
        assert not shifts
        return
    jobs = [job for job, _ in moves]
    assert len(set(jobs)) == len(jobs)
    # Each agent gains at most one job and loses at most one job.
    gains = [agent for _, agent in moves]
    losses = [int(assignment[job]) for job in jobs]
    assert len(set(gains)) == len(gains) and len(set(losses)) == len(losses)
    assert all(agent != assignment[job] for job, agent in moves)
    moved = assignment.copy()
    for job, agent in moves:
        moved[job] = agent
    value = _penalised(instance, moved, penalty)
    for job, agent in shifts:  # a shift is a chain of one job
        shifted = assignment.copy()
        shifted[job] = agent
        assert value <= _penalised(instance, shifted, penalty) + 1e-6


def test_repairs_an_overloaded_start_and_reports_consistent_results() -> None:
    instance = type_d_like(10, 100, seed=4)
    cheapest = np.argmin(instance.cost, axis=0)  # ignores capacities: overloaded
    assert total_overload(instance, cheapest) > 0
    found: list[int] = []
    searched = ejection_chain_search(
        instance, cheapest, time.monotonic() + 1.0, seed=3, on_improvement=lambda _a, c: found.append(c)
    )
    assert searched.assignment is not None
    assert instance.is_feasible(searched.assignment)
    assert searched.objective == instance.objective(searched.assignment)
    assert found and found[-1] == searched.objective
    assert found == sorted(found, reverse=True)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_finds_the_optimum_of_tiny_instances(seed: int) -> None:
    instance = type_d_like(3, 8, seed=seed)
    optimum = brute_force_optimum(instance)
    start = np.argmin(instance.weight, axis=0)
    searched = ejection_chain_search(instance, start, time.monotonic() + 1.0, seed=seed, target_cost=optimum)
    assert searched.objective == optimum


def test_samples_jobs_on_instances_with_many_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ejection, "MAX_JOBS", 100)
    monkeypatch.setattr(ejection, "SAMPLED_JOBS", 60)
    instance = type_d_like(6, 300, seed=5)
    cheapest = np.argmin(instance.cost, axis=0)
    searched = ejection_chain_search(instance, cheapest, time.monotonic() + 2.0, seed=1)
    assert searched.assignment is not None
    assert instance.is_feasible(searched.assignment)


def test_one_agent_needs_no_search() -> None:
    instance = GapInstance.from_lists(cost=[[1, 2]], weight=[[1, 1]], capacity=[2])
    searched = ejection_chain_search(instance, np.zeros(2, dtype=np.int64), time.monotonic() + 1.0)
    assert searched.objective == 3


def test_large_instance_uses_the_sampled_search_within_the_time_limit() -> None:
    instance = type_d_like(30, 1100, seed=7)  # 33k pairs: no HiGHS, sampled chains
    started = time.monotonic()
    result = solve_gap(instance, time_limit_s=4)
    assert time.monotonic() - started < 4.5
    assert result.objective is not None and instance.is_feasible(result.assignment)
    assert result.objective == instance.objective(result.assignment)
