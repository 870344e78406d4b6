"""Tabu search with strategic oscillation over shift and swap moves (numpy-vectorised).

Capacity violations are allowed but priced: each agent has its own penalty per unit of
overload, raised while the agent is overloaded and lowered while the whole solution is
feasible (as in Díaz & Fernández 2001 and Yagiura et al. 2004). The search therefore
oscillates around the feasibility boundary, where the good GAP solutions are. Every
iteration evaluates all shift moves (job to another agent) and the swaps of a sample of
jobs with all jobs in one batch of numpy operations, then takes the best non-tabu move.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from flexpool.engines.matching.gap.instance import GapInstance, IntVector

_PENALTY_UP = 1.10
_PENALTY_DOWN = 0.97
_MAX_SWAP_ROWS = 200  # jobs whose swaps are evaluated per iteration on large instances


@dataclass(frozen=True)
class TabuOutcome:
    """Best feasible assignment found (None if none) and the number of iterations run."""

    assignment: IntVector | None
    objective: int | None
    iterations: int


def tabu_search(
    instance: GapInstance,
    start: IntVector,
    deadline: float,
    seed: int = 0,
    stop: Callable[[], bool] | None = None,
    target_cost: int | None = None,
    on_improvement: Callable[[IntVector, int], None] | None = None,
) -> TabuOutcome:
    """Improve ``start`` (may be infeasible) until ``deadline`` (time.monotonic).

    ``on_improvement(assignment, cost)`` is told of every new best feasible assignment.
    """
    rng = np.random.default_rng(seed)
    cost, weight = instance.cost, instance.weight
    capacity = instance.capacity.astype(np.float64)
    m, n = cost.shape
    jobs = np.arange(n)
    if m < 2:
        feasible = instance.is_feasible(start)
        return TabuOutcome(start if feasible else None, instance.objective(start), 0)
    heavy = weight > instance.capacity[:, None]  # pairs that can never be feasible

    assignment = np.array(start, dtype=np.int64)
    load = instance.loads(assignment).astype(np.float64)
    current_cost = instance.objective(assignment)
    # Unit penalty starts at "cost per unit of weight" so both terms are commensurable.
    base_penalty = float(np.mean(cost)) / max(float(np.mean(weight)), 1.0)
    penalty = np.full(m, base_penalty)
    tabu_until = np.zeros((m, n), dtype=np.int64)
    min_tenure, max_tenure = max(3, n // 20), max(8, n // 8)

    best: IntVector | None = None
    best_cost = np.inf
    if np.all(load <= capacity):
        best, best_cost = assignment.copy(), float(current_cost)

    iteration = 0
    while True:
        iteration += 1
        # Checked every iteration: on large instances one iteration takes milliseconds.
        if time.monotonic() >= deadline or (stop is not None and stop()):
            break
        if target_cost is not None and best_cost <= target_cost:
            break
        excess = np.maximum(load - capacity, 0.0)
        total_excess = float(excess.sum())
        assigned_cost = cost[assignment, jobs]
        assigned_weight = weight[assignment, jobs]
        own_agent_excess = excess[assignment]

        # Shift job j to agent i: change of cost and of overload at both agents.
        leave_excess = (
            np.maximum(load[assignment] - assigned_weight - capacity[assignment], 0.0) - own_agent_excess
        )
        enter_excess = np.maximum(load[:, None] + weight - capacity[:, None], 0.0) - excess[:, None]
        shift_cost = cost - assigned_cost[None, :]
        shift_excess = enter_excess + leave_excess[None, :]
        shift_value = shift_cost + penalty[:, None] * enter_excess + (penalty[assignment] * leave_excess)
        shift_blocked = heavy | (np.arange(m)[:, None] == assignment[None, :])

        # Swap job j (rows, a sample) with job k (columns, all): j → a_k, k → a_j.
        rows = jobs if n <= _MAX_SWAP_ROWS else rng.choice(n, _MAX_SWAP_ROWS, replace=False)
        row_agent = assignment[rows]
        col_agent = assignment
        cost_j_at_ak = cost[col_agent[None, :], rows[:, None]]
        cost_k_at_aj = cost[row_agent]
        swap_cost = cost_j_at_ak + cost_k_at_aj - assigned_cost[rows][:, None] - assigned_cost[None, :]
        load_aj = (load[row_agent] - assigned_weight[rows])[:, None] + weight[row_agent]
        load_ak = (load[col_agent] - assigned_weight)[None, :] + weight[col_agent[None, :], rows[:, None]]
        excess_aj = np.maximum(load_aj - capacity[row_agent][:, None], 0.0) - excess[row_agent][:, None]
        excess_ak = np.maximum(load_ak - capacity[col_agent][None, :], 0.0) - excess[col_agent][None, :]
        swap_excess = excess_aj + excess_ak
        swap_value = (
            swap_cost + penalty[row_agent][:, None] * excess_aj + penalty[col_agent][None, :] * excess_ak
        )
        swap_blocked = (
            (row_agent[:, None] == col_agent[None, :])
            | heavy[col_agent[None, :], rows[:, None]]
            | heavy[row_agent]
        )

        # Tabu status, overridden when the move yields a new best feasible solution.
        shift_tabu = tabu_until > iteration
        swap_tabu = (tabu_until[col_agent[None, :], rows[:, None]] > iteration) | (
            tabu_until[row_agent] > iteration
        )
        shift_aspires = (total_excess + shift_excess <= 1e-9) & (current_cost + shift_cost < best_cost)
        swap_aspires = (total_excess + swap_excess <= 1e-9) & (current_cost + swap_cost < best_cost)
        shift_value = np.where(shift_blocked | (shift_tabu & ~shift_aspires), np.inf, shift_value)

        # Ejection chain of length two: j → a_k, and k (ejected) → its best other agent c,
        # c ≠ a_j (c = a_j is the swap above). The best c per job comes from the shift table.
        insertion = np.where(shift_blocked | shift_tabu, np.inf, cost + penalty[:, None] * enter_excess)
        first_choice = np.argmin(insertion, axis=0)
        insertion_first = insertion[first_choice, jobs]
        insertion[first_choice, jobs] = np.inf
        second_choice = np.argmin(insertion, axis=0)
        insertion_second = insertion[second_choice, jobs]
        clash = first_choice[None, :] == row_agent[:, None]
        eject_to = np.where(clash, second_choice[None, :], first_choice[None, :])
        eject_value = np.where(clash, insertion_second[None, :], insertion_first[None, :])
        chain_value = (
            cost_j_at_ak
            - assigned_cost[rows][:, None]
            + (penalty[row_agent] * leave_excess[rows])[:, None]
            + penalty[col_agent][None, :] * excess_ak
            + eject_value
            - assigned_cost[None, :]
        )
        chain_value = np.where(
            swap_blocked | (tabu_until[col_agent[None, :], rows[:, None]] > iteration),
            np.inf,
            chain_value,
        )
        swap_value = np.where(swap_blocked | (swap_tabu & ~swap_aspires), np.inf, swap_value)

        best_shift = int(np.argmin(shift_value))
        best_swap = int(np.argmin(swap_value))
        best_chain = int(np.argmin(chain_value))
        values = (
            shift_value.flat[best_shift],
            swap_value.flat[best_swap],
            chain_value.flat[best_chain],
        )
        if not np.isfinite(min(values)):
            tabu_until[:] = 0  # everything tabu: forget and go on
            continue

        tenure = int(rng.integers(min_tenure, max_tenure + 1))
        kind = int(np.argmin(values))
        if kind == 0:
            agent, job = divmod(best_shift, n)
            moves = [(job, agent)]
        else:
            row, k = divmod(best_swap if kind == 1 else best_chain, n)
            j = int(rows[row])
            second_target = int(assignment[j]) if kind == 1 else int(eject_to[row, k])
            moves = [(j, int(assignment[k])), (k, second_target)]
        for job, agent in moves:
            old = int(assignment[job])
            _move(instance, assignment, load, job, agent)
            current_cost += int(cost[agent, job] - cost[old, job])
            tabu_until[old, job] = iteration + tenure

        overloaded = load > capacity
        if overloaded.any():
            penalty[overloaded] *= _PENALTY_UP
        else:
            penalty *= _PENALTY_DOWN
            if current_cost < best_cost:
                best, best_cost = assignment.copy(), float(current_cost)
                if on_improvement is not None:
                    on_improvement(best, current_cost)
        np.maximum(penalty, base_penalty * 1e-3, out=penalty)

    if best is None:
        return TabuOutcome(None, None, iteration)
    return TabuOutcome(best, int(best_cost), iteration)


def _move(instance: GapInstance, assignment: IntVector, load: np.ndarray, job: int, agent: int) -> None:
    old = int(assignment[job])
    load[old] -= instance.weight[old, job]
    load[agent] += instance.weight[agent, job]
    assignment[job] = agent
