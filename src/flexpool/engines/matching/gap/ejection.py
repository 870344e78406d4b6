"""Tabu search over ejection chains (cyclic and path exchanges), numpy-vectorised.

One move takes a job j1 off its agent, puts it on the agent of j2, which ejects j2, puts
j2 on the agent of j3, and so on; the last ejected job either goes to an agent not yet
touched (a path exchange: a shift when the chain has one job) or back to the agent of j1
(a cyclic exchange: a swap when the chain has two jobs). Every agent appears at most once
in a chain, so the change of cost and of overload of each agent is exact, and so is the
penalised value of the whole move (Yagiura, Ibaraki & Glover 2004; Ahuja et al. 2004).

The best chain is searched with a label-correcting pass over the "improvement graph":
node = job in hand, arc j → k = "j replaces k on k's agent". Round r extends, for every
job k, the best chain of r jobs ending in k by one arc (the agents a chain has touched
are a boolean row per chain), so one round is a handful of numpy operations on n × n
arrays. On instances with more than MAX_JOBS jobs, each iteration looks at the chains
within a random sample of SAMPLED_JOBS jobs, up to half of them on overloaded agents. It is a
heuristic (only the best chain into each job survives a round), but it finds exchanges
across many agents that shift/swap/two-step neighbourhoods cannot express, which matters
on the tightly packed types D and E: their good solutions fill capacities almost exactly.

Around it, strategic oscillation: capacity violations are allowed
but priced per agent, the price rises while an agent is overloaded and falls while the
whole solution is feasible; a short tabu tenure on (agent left, job) prevents immediate
reversals. Short tenures worked best: the penalty oscillation already diversifies.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from flexpool.engines.matching.gap.instance import GapInstance, IntVector

# One round costs a few n × n operations: above this many jobs, sample them.
MAX_JOBS = 500
SAMPLED_JOBS = 400
# Longest chain searched (jobs moved by one move).
_ROUNDS = 6
_PENALTY_UP = 1.10
_PENALTY_DOWN = 0.97
# Tabu tenure range in iterations, per 100 jobs (at least 1 and 3).
_TENURE_PER_100_JOBS = (1, 3)


@dataclass(frozen=True)
class SearchOutcome:
    """Best feasible assignment found (None if none) and the number of iterations run."""

    assignment: IntVector | None
    objective: int | None
    iterations: int


def ejection_chain_search(
    instance: GapInstance,
    start: IntVector,
    deadline: float,
    seed: int = 0,
    stop: Callable[[], bool] | None = None,
    target_cost: int | None = None,
    on_improvement: Callable[[IntVector, int], None] | None = None,
    stall_s: float | None = None,
) -> SearchOutcome:
    """Improve ``start`` (may be infeasible) until ``deadline`` (time.monotonic).

    ``on_improvement(assignment, cost)`` is told of every new best feasible assignment.
    With ``stall_s``, the search also ends once it has a feasible assignment and has not
    improved on it for that many seconds.
    """
    cost = instance.cost.astype(np.float64)
    weight = instance.weight.astype(np.float64)
    capacity = instance.capacity.astype(np.float64)
    m, n = cost.shape
    assignment = np.array(start, dtype=np.int64)
    if m < 2:
        feasible = instance.is_feasible(assignment)
        return SearchOutcome(assignment if feasible else None, instance.objective(assignment), 0)
    rng = np.random.default_rng(seed)
    jobs = np.arange(n)
    heavy = instance.weight > instance.capacity[:, None]  # pairs that can never be feasible

    load = np.bincount(assignment, weights=weight[assignment, jobs], minlength=m)
    current_cost = float(cost[assignment, jobs].sum())
    # Unit penalty starts at "cost per unit of weight" so both terms are commensurable.
    base_penalty = float(np.mean(cost)) / max(float(np.mean(weight)), 1.0)
    penalty = np.full(m, base_penalty)
    tabu_until = np.zeros((m, n), dtype=np.int64)
    size = min(n, MAX_JOBS) if n <= MAX_JOBS else SAMPLED_JOBS
    min_tenure = max(1, _TENURE_PER_100_JOBS[0] * size // 100)
    max_tenure = max(3, _TENURE_PER_100_JOBS[1] * size // 100)

    best: IntVector | None = None
    best_cost = np.inf
    if np.all(load <= capacity):
        best, best_cost = assignment.copy(), current_cost

    iteration = 0
    step_s = 0.0  # duration of the last iteration: do not start one that cannot finish
    improved_at = time.monotonic()
    while True:
        iteration += 1
        now = time.monotonic()
        if now + 1.5 * step_s >= deadline or (stop is not None and stop()):
            break
        if stall_s is not None and best is not None and now - improved_at > stall_s:
            break
        if target_cost is not None and best_cost <= target_cost:
            break
        if n <= MAX_JOBS:
            moves = _best_chain(
                cost, weight, capacity, heavy, assignment, load, penalty, tabu_until, iteration
            )
        else:
            sample = _sample_jobs(rng, assignment, load > capacity, n)
            moves = _best_chain(
                cost[:, sample],
                weight[:, sample],
                capacity,
                heavy[:, sample],
                assignment[sample],
                load,
                penalty,
                tabu_until[:, sample],
                iteration,
            )
            if moves is not None:
                moves = [(int(sample[position]), agent) for position, agent in moves]
        if moves is None:
            tabu_until[:] = 0  # everything tabu: forget and go on
            continue

        tenure = int(rng.integers(min_tenure, max_tenure + 1))
        for job, agent in moves:
            old = int(assignment[job])
            load[old] -= weight[old, job]
            load[agent] += weight[agent, job]
            current_cost += cost[agent, job] - cost[old, job]
            assignment[job] = agent
            tabu_until[old, job] = iteration + tenure

        overloaded = load > capacity + 1e-9
        if overloaded.any():
            penalty[overloaded] *= _PENALTY_UP
        else:
            penalty *= _PENALTY_DOWN
            if current_cost < best_cost - 1e-9:
                best, best_cost = assignment.copy(), current_cost
                improved_at = now
                if on_improvement is not None:
                    on_improvement(best, round(current_cost))
        np.maximum(penalty, base_penalty * 1e-3, out=penalty)
        step_s = time.monotonic() - now

    if best is None:
        return SearchOutcome(None, None, iteration)
    return SearchOutcome(best, instance.objective(best), iteration)


def _sample_jobs(
    rng: np.random.Generator, assignment: IntVector, overloaded: np.ndarray, n: int
) -> IntVector:
    """SAMPLED_JOBS random jobs, of which up to half on overloaded agents (to repair them)."""
    on_overloaded = np.flatnonzero(overloaded[assignment])
    if on_overloaded.size > SAMPLED_JOBS // 2:
        on_overloaded = rng.choice(on_overloaded, SAMPLED_JOBS // 2, replace=False)
    others = rng.choice(n, SAMPLED_JOBS - on_overloaded.size, replace=False)
    return np.union1d(on_overloaded, others)


def _best_chain(
    cost: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    heavy: np.ndarray,
    assignment: IntVector,
    load: np.ndarray,
    penalty: np.ndarray,
    tabu_until: np.ndarray,
    iteration: int,
) -> list[tuple[int, int]] | None:
    """The non-tabu chain with the least penalised change, as (job, new agent) moves.

    ``cost``, ``weight``, ``heavy``, ``tabu_until`` and ``assignment`` may be restricted to
    a subset of the jobs (columns); ``load`` and ``capacity`` are for all agents. The
    returned jobs are column positions.
    """
    m, n = cost.shape
    jobs = np.arange(n)
    a = assignment
    excess = np.maximum(load - capacity, 0.0)
    own_cost = cost[a, jobs]
    own_weight = weight[a, jobs]

    # arc[k, j]: j goes to agent a_k in place of k (k is ejected and goes on). Rows are
    # the receiving side, so the per-round minimum runs along contiguous memory.
    agent_of_row = a[:, None]
    arc = cost[a] - own_cost[:, None]
    over_after = (load[a] - own_weight - capacity[a])[:, None] + weight[a]
    np.maximum(over_after, 0.0, out=over_after)
    over_after -= excess[agent_of_row]
    over_after *= penalty[agent_of_row]
    arc += over_after
    arc[(agent_of_row == a[None, :]) | heavy[a] | (tabu_until[a] > iteration)] = np.inf
    # insert[x, j]: the job in hand, j, ends on agent x that the chain has not touched.
    insert = cost + penalty[:, None] * (
        np.maximum(load[:, None] + weight - capacity[:, None], 0.0) - excess[:, None]
    )
    insert[(np.arange(m)[:, None] == a[None, :]) | heavy | (tabu_until > iteration)] = np.inf
    # The first job's agent loses it: its overload change (replaced if the chain closes).
    leave = penalty[a] * (np.maximum(load[a] - own_weight - capacity[a], 0.0) - excess[a])

    value = leave - own_cost  # chains of one job, in hand, per job
    touched = np.zeros((n, load.shape[0]), dtype=bool)  # chain ending in j × agents
    touched[jobs, a] = True
    first = jobs.copy()
    predecessors: list[IntVector] = []
    best_value = np.inf
    best_end: tuple[int, int, int] | None = None  # (round, last job, its agent)
    extended = np.empty((n, n))
    for round_index in range(_ROUNDS):
        # Path exchange: the job in hand goes to an untouched agent.
        ending = np.where(touched.T, np.inf, insert)
        ending += value[None, :]
        flat = int(np.argmin(ending))
        agent, job = divmod(flat, n)
        if ending[agent, job] < best_value:
            best_value, best_end = float(ending[agent, job]), (round_index, job, agent)
        if round_index > 0:
            # Cyclic exchange: the job in hand goes to the first job's agent.
            home = a[first]
            over_home = load[home] - weight[home, first] + weight[home, jobs] - capacity[home]
            closing = value - leave[first] + cost[home, jobs]
            closing += penalty[home] * (np.maximum(over_home, 0.0) - excess[home])
            closing[heavy[home, jobs] | (tabu_until[home, jobs] > iteration)] = np.inf
            job = int(np.argmin(closing))
            if closing[job] < best_value:
                best_value, best_end = float(closing[job]), (round_index, job, int(home[job]))
        if round_index == _ROUNDS - 1:
            break
        np.add(arc, value[None, :], out=extended)
        # Row k may extend chain j only if the chain has not touched k's agent yet.
        np.copyto(extended, np.inf, where=touched[:, a].T)
        predecessor = np.argmin(extended, axis=1)
        value = extended[jobs, predecessor]
        if not np.isfinite(value).any():
            break
        touched = touched[predecessor]
        touched[jobs, a] = True
        first = first[predecessor]
        predecessors.append(predecessor)

    if best_end is None:
        return None
    length, last, target = best_end
    chain = [last]
    for predecessor in reversed(predecessors[:length]):
        chain.append(int(predecessor[chain[-1]]))
    chain.reverse()
    moves = [(chain[t], int(a[chain[t + 1]])) for t in range(len(chain) - 1)]
    moves.append((chain[-1], target))
    return moves
