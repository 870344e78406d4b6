"""GAP instance data and the OR-Library reader.

The Generalised Assignment Problem: assign every job to exactly one agent so that the
weight placed on each agent stays within its capacity, minimising total cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

IntMatrix = NDArray[np.int64]
IntVector = NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class GapInstance:
    """An immutable GAP instance; ``cost`` and ``weight`` are agents × jobs matrices."""

    name: str
    cost: IntMatrix
    weight: IntMatrix
    capacity: IntVector

    def __post_init__(self) -> None:
        m, n = self.cost.shape
        if self.weight.shape != (m, n) or self.capacity.shape != (m,):
            raise ValueError(
                f"inconsistent shapes: cost {self.cost.shape}, weight {self.weight.shape}, "
                f"capacity {self.capacity.shape}"
            )
        # Read-only arrays keep the "frozen" promise honest: solvers share one instance.
        for array in (self.cost, self.weight, self.capacity):
            array.flags.writeable = False

    @property
    def num_agents(self) -> int:
        return int(self.cost.shape[0])

    @property
    def num_jobs(self) -> int:
        return int(self.cost.shape[1])

    @classmethod
    def from_lists(
        cls,
        cost: list[list[int]],
        weight: list[list[int]],
        capacity: list[int],
        name: str = "unnamed",
    ) -> GapInstance:
        return cls(
            name=name,
            cost=np.array(cost, dtype=np.int64),
            weight=np.array(weight, dtype=np.int64),
            capacity=np.array(capacity, dtype=np.int64),
        )

    def objective(self, assignment: tuple[int, ...] | IntVector) -> int:
        agents = np.asarray(assignment, dtype=np.int64)
        return int(self.cost[agents, np.arange(self.num_jobs)].sum())

    def loads(self, assignment: tuple[int, ...] | IntVector) -> IntVector:
        agents = np.asarray(assignment, dtype=np.int64)
        used = self.weight[agents, np.arange(self.num_jobs)]
        return np.bincount(agents, weights=used, minlength=self.num_agents).astype(np.int64)

    def is_feasible(self, assignment: tuple[int, ...] | IntVector) -> bool:
        agents = np.asarray(assignment, dtype=np.int64)
        if agents.shape != (self.num_jobs,):
            return False
        if agents.size and (agents.min() < 0 or agents.max() >= self.num_agents):
            return False
        return bool(np.all(self.loads(agents) <= self.capacity))


def parse_gap_text(text: str, name: str = "unnamed") -> GapInstance:
    """Parse the OR-Library single-instance format: ``m n``, costs, weights, capacities."""
    numbers = np.array(text.split(), dtype=np.int64)
    if numbers.size < 2:
        raise ValueError("GAP file too short: expected 'm n' header")
    m, n = int(numbers[0]), int(numbers[1])
    expected = 2 + 2 * m * n + m
    if m <= 0 or n <= 0 or numbers.size != expected:
        raise ValueError(f"GAP file for m={m}, n={n} needs {expected} integers, got {numbers.size}")
    body = numbers[2:]
    cost = body[: m * n].reshape(m, n).copy()
    weight = body[m * n : 2 * m * n].reshape(m, n).copy()
    capacity = body[2 * m * n :].copy()
    return GapInstance(name=name, cost=cost, weight=weight, capacity=capacity)


def read_gap_file(path: str | Path) -> GapInstance:
    path = Path(path)
    return parse_gap_text(path.read_text(), name=path.name)
