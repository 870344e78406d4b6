"""Shared helpers: brute force for tiny instances and generators of random instances."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np

from flexpool.engines.matching.gap import GapInstance

DATA_DIR = Path(__file__).parent / "data"


def brute_force_optimum(instance: GapInstance) -> int | None:
    """Cheapest feasible assignment by enumerating all m^n of them (tiny instances only)."""
    best: int | None = None
    for agents in itertools.product(range(instance.num_agents), repeat=instance.num_jobs):
        if instance.is_feasible(agents):
            cost = instance.objective(agents)
            best = cost if best is None else min(best, cost)
    return best


def type_d_like(num_agents: int, num_jobs: int, seed: int = 0) -> GapInstance:
    """Chu & Beasley type D: costs inversely correlated with weights, tight capacities."""
    rng = np.random.default_rng(seed)
    weight = rng.integers(1, 101, size=(num_agents, num_jobs))
    cost = 111 - weight + rng.integers(-10, 11, size=(num_agents, num_jobs))
    capacity = (0.8 * weight.sum(axis=1) / num_agents).astype(np.int64)
    return GapInstance(f"d{num_agents}x{num_jobs}", cost, weight, capacity)
