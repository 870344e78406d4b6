import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flexpool.engines.matching.gap import GapInstance, GapStatus, read_gap_file, solve_gap

from .helpers import DATA_DIR, brute_force_optimum, type_d_like


def assert_consistent(instance: GapInstance, result) -> None:
    assert len(result.assignment) == instance.num_jobs
    assert instance.is_feasible(result.assignment)
    assert result.objective == instance.objective(result.assignment)
    assert result.lower_bound <= result.objective


def test_handwritten_instance_where_greedy_by_cost_fails() -> None:
    # Both jobs are cheapest on agent 0, but only one fits there.
    instance = GapInstance.from_lists(cost=[[1, 1], [10, 3]], weight=[[5, 5], [5, 5]], capacity=[5, 10])
    result = solve_gap(instance, time_limit_s=2)
    assert result.objective == 4 == brute_force_optimum(instance)
    assert result.status is GapStatus.OPTIMAL
    assert result.gap == 0


@pytest.mark.parametrize(("name", "optimum"), [("gap1-0", 261), ("gap5-0", 403)])
def test_known_optimum_of_or_library_instances(name: str, optimum: int) -> None:
    instance = read_gap_file(DATA_DIR / name)
    result = solve_gap(instance, time_limit_s=8)
    assert_consistent(instance, result)
    assert result.objective == optimum
    assert result.status is GapStatus.OPTIMAL  # small: the bound proves it, early stop


def test_infeasible_instance_gives_no_assignment() -> None:
    instance = GapInstance.from_lists(cost=[[1, 1]], weight=[[3, 3]], capacity=[5])
    result = solve_gap(instance, time_limit_s=2)
    assert result.assignment == ()
    assert result.objective is None
    assert not result.feasible


def test_stop_callback_ends_the_search_early() -> None:
    instance = type_d_like(10, 100, seed=3)
    started = time.monotonic()
    result = solve_gap(instance, time_limit_s=20, stop=lambda: time.monotonic() - started > 1.0)
    assert time.monotonic() - started < 3.0
    assert_consistent(instance, result)


def test_large_instance_honours_time_limit_and_is_feasible() -> None:
    instance = type_d_like(40, 400, seed=1)
    started = time.monotonic()
    result = solve_gap(instance, time_limit_s=3)
    assert time.monotonic() - started < 3.5
    assert_consistent(instance, result)
    assert result.lower_bound > 0


@st.composite
def small_feasible_instances(draw: st.DrawFn) -> GapInstance:
    """Random instances with a planted feasible assignment (capacities cover its loads)."""
    m = draw(st.integers(1, 3))
    n = draw(st.integers(1, 6))
    values = st.integers(1, 30)
    cost = [[draw(values) for _ in range(n)] for _ in range(m)]
    weight = [[draw(values) for _ in range(n)] for _ in range(m)]
    planted = [draw(st.integers(0, m - 1)) for _ in range(n)]
    slack = [draw(st.integers(0, 15)) for _ in range(m)]
    capacity = [sum(weight[i][j] for j in range(n) if planted[j] == i) + slack[i] for i in range(m)]
    return GapInstance.from_lists(cost, weight, capacity, name="random")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_feasible_instances())
def test_random_small_instances_are_solved_to_optimality(instance: GapInstance) -> None:
    result = solve_gap(instance, time_limit_s=2, seed=0)
    assert_consistent(instance, result)
    optimum = brute_force_optimum(instance)
    assert optimum is not None
    assert result.lower_bound <= optimum <= result.objective
    assert result.objective == optimum
