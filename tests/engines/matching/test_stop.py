"""`stop()` interrupts a part while it is being improved, not only between parts."""

from __future__ import annotations

import random
import time

import pytest

from flexpool.engines.matching import PoolSettings, SolveStatus, plan
from flexpool.engines.matching.components import LNS_FROM_REQUESTS
from flexpool.engines.matching.prepared import Prepared
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.validate import violations
from tests.engines.matching.builders import MUNICIPALITIES, WEEKS, instance, member, request


def _one_large_part(n_requests: int = LNS_FROM_REQUESTS + 50):
    """One part (everyone serves every municipality) too large to finish quickly, with
    scarcity so the improvement loop has work to do."""
    rng = random.Random(7)
    codes = [m.code for m in MUNICIPALITIES]
    members = [
        member(f"m{i}", home=rng.choice(codes), hours=rng.choice([16.0, 24.0, 32.0])) for i in range(40)
    ]
    requests = []
    for i in range(n_requests):
        start = rng.randrange(WEEKS)
        requests.append(
            request(
                f"r{i}",
                rng.choice(codes),
                hours=rng.choice([4.0, 8.0, 12.0]),
                start=start,
                end=rng.randrange(start, WEEKS),
                splittable=rng.random() < 0.2,
            )
        )
    return instance(members, requests)


@pytest.mark.parametrize("workers", [1, 2])
def test_stop_in_the_middle_of_a_part_returns_its_best_plan_quickly(workers: int) -> None:
    data = _one_large_part()
    settings = PoolSettings(time_limit_s=120, workers=workers)
    calls = [0]
    stopped_at: list[float] = []
    began = time.monotonic()

    def stop() -> bool:
        calls[0] += 1
        # Late enough to be inside the part (one part only: polled before it starts, then by
        # the part itself or, with workers, by the main loop every few milliseconds).
        if time.monotonic() - began > 3.0 and calls[0] > 3:
            if not stopped_at:
                stopped_at.append(time.monotonic())
            return True
        return False

    result = plan(data, settings, stop=stop)
    assert stopped_at, "the part finished before stop() was asked"
    assert time.monotonic() - stopped_at[0] < 20.0  # far below the 98 s of solving time left
    assert result.stats.components == 1
    assert result.stats.status is SolveStatus.STOPPED
    assert violations(data, settings, result) == []
    assert result.objective <= result.bound + 1e-6
    # The part handed in its own plan (at least the fair greedy) with its proven bound.
    assert result.objective >= result.stats.heuristic_objective - 1e-6
    # ...not the fallback for parts cut off before their turn (greedy plan, trivial bound).
    trivial = Problem(Prepared(data, settings)).upper_bound_trivial(0)
    assert result.bound < trivial - 1e-6
