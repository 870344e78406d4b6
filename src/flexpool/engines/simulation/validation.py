"""Checks of the region model against values known exactly.

With one municipality, one skill, a fixed staff (no hiring, leaving or learning), no
outsourcing, Poisson task arrivals with exponentially distributed task hours and no volume
uncertainty, the region model's weekly backlog is the Lindley recursion

    W(t+1) = max(0, W(t) + A(t) - C)

with A(t) the week's arriving hours (compound Poisson with exponential sizes) and C the staff's
hours per week, the backlog measured at the end of the week after service.
``lindley_configuration`` builds that configuration of the model itself;
``lindley_stationary`` computes the stationary mean backlog and the probability of a backlog
from first principles (numerically, without simulation), so the two can be compared.

The stationary computation iterates the distribution of W on a fine grid of step h (with C a
whole number of steps), starting from an empty queue, until it no longer changes. The arriving
hours are put on the grid in three ways: rounded down, rounded up, and split between the two
neighbouring grid points so that the mean is kept. Rounding down (up) can only make every
backlog smaller (larger), so those two runs bound the exact values from below and above; the
mean-keeping run, repeated at half the step and extrapolated (Richardson), gives the estimate.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .demand import WEEKS_PER_YEAR
from .parameters import DemandAssumptions, MunicipalityProfile, OrganisationModel, ScenarioParameters

# A distribution function of weekly arrival hours, evaluated at a number or elementwise on an array.
Cdf = Callable[[Any], Any]

# ---- the degenerate configuration of the region model


def lindley_configuration(
    arrival_rate: float, mean_task_hours: float, staff: float, hours_per_staff: float, years: int
) -> tuple[list[MunicipalityProfile], ScenarioParameters]:
    """One municipality, project-leader work only, ``staff`` FTE that never change.

    ``arrival_rate`` is tasks per week, ``hours_per_staff`` productive hours per staff member per
    week. Outsourcing is off (``outsource_after_weeks=None``), so no work ever leaves the queue.
    """
    if min(arrival_rate, mean_task_hours, staff, hours_per_staff) <= 0 or years < 1:
        raise ValueError("arrival rate, task hours, staff, hours and years must be positive")
    region = [MunicipalityProfile("GM9999", "Proefgemeente", 60_000, 27_000)]
    demand = DemandAssumptions(
        start_year=2025,
        end_year=2025 + years - 1,
        heat_programme_base_hours=0.0,
        heat_programme_hours_per_1000_inhabitants=0.0,
        neighbourhood_plan_hours=0.0,
        execution_hours_per_dwelling=0.0,
        baseline_hours_per_year=arrival_rate * mean_task_hours * WEEKS_PER_YEAR,
        baseline_hours_per_1000_inhabitants=0.0,
        baseline_skill_mix=(1.0, 0.0, 0.0),
        mean_task_hours=(mean_task_hours, mean_task_hours, mean_task_hours),
        task_hours_shape=1.0,  # gamma with shape 1: exponential task hours
        volume_uncertainty=0.0,
    )
    need_fte = arrival_rate * mean_task_hours / hours_per_staff
    params = ScenarioParameters(
        organisation=OrganisationModel.OWN,
        demand=demand,
        # The plan is need x ratio rounded to steps of `staff`: exactly one step of `staff` FTE.
        staffing_ratio=staff / need_fte,
        position_granularity_fte=staff,
        initial_staffing_share=1.0,
        productive_hours_per_fte=hours_per_staff * WEEKS_PER_YEAR,
        annual_attrition=0.0,
        attrition_uncertainty=0.0,
        learning_progress_ratio=1.0,  # no learning: effort per task never falls
        learning_max_gain=1.0,
        outsource_after_weeks=None,
    )
    return region, params


# ---- exact stationary values of the recursion


@dataclass(frozen=True)
class LindleyValues:
    """Stationary values of W; ``*_low``/``*_high`` are strict bounds, the others the estimate."""

    mean_backlog_hours: float
    p_backlog: float
    mean_low: float
    mean_high: float
    p_low: float
    p_high: float
    grid_step_hours: float
    iterations: int


def _poisson_log_pmf(k: np.ndarray, mean: float) -> np.ndarray:
    log_factorial = np.array([math.lgamma(int(x) + 1) for x in k])
    log_pmf: np.ndarray = -mean + k * math.log(mean) - log_factorial
    return log_pmf


def arrival_cdf(x: np.ndarray, arrival_rate: float, mean_task_hours: float) -> np.ndarray:
    """P(A <= x) for A = sum of a Poisson(arrival_rate) number of Exp(mean_task_hours) hours.

    A sum of k exponential task hours exceeds x exactly when fewer than k tasks' worth of a
    Poisson process with rate 1/mean_task_hours happen in x hours:
    P(Gamma(k) <= x) = P(Poisson(x / mean) >= k).
    """
    x = np.asarray(x, dtype=float)
    top = int(arrival_rate + 12 * math.sqrt(arrival_rate) + 30)
    k = np.arange(top + 1)
    tasks = np.exp(_poisson_log_pmf(k, arrival_rate))  # P(k tasks in the week)
    log_factorial = np.array([math.lgamma(j + 1) for j in k])
    cdf = np.empty(x.shape)
    for start in range(0, len(x), 8192):  # in slices: [points, tasks] can be large
        y = np.maximum(x[start : start + 8192], 0.0)[:, None] / mean_task_hours
        log_y = np.log(np.where(y > 0, y, 1.0))
        terms = np.where(y > 0, np.exp(-y + k[None, :] * log_y - log_factorial), (k == 0)[None, :] * 1.0)
        below = np.cumsum(terms, axis=1)  # P(Poisson(y) <= j)
        # P(Gamma(k) <= x) = 1 - P(Poisson(y) <= k - 1); for k = 0 it is 1.
        gamma_cdf = np.ones_like(below)
        gamma_cdf[:, 1:] = 1.0 - below[:, :-1]
        cdf[start : start + 8192] = np.clip(gamma_cdf, 0.0, 1.0) @ tasks
    return np.where(x < 0, 0.0, np.minimum(cdf, 1.0))


def _adjustment_coefficient(arrival_rate: float, mean_task_hours: float, capacity: float) -> float:
    """theta > 0 with E[exp(theta (A - C))] = 1: the backlog's tail falls like exp(-theta w)."""

    def excess(theta: float) -> float:
        return arrival_rate * (1.0 / (1.0 - theta * mean_task_hours) - 1.0) - theta * capacity

    low, high = 1e-15, (1.0 - 1e-12) / mean_task_hours
    for _ in range(200):
        middle = 0.5 * (low + high)
        if excess(middle) < 0:
            low = middle
        else:
            high = middle
    return low


def _grid_pmfs(cdf_at: Cdf, atom_at_zero: float, step: float, points: int) -> dict[str, np.ndarray]:
    """Arrival hours on the grid 0, h, 2h, ... three ways (see the module docstring)."""
    edges = np.arange(points + 1) * step
    cdf = cdf_at(edges)
    # Mass of A in (i h, (i+1) h]; the atom at 0 is in cdf[0] and in no cell.
    cell = np.maximum(np.diff(cdf), 0.0)
    down = cell.copy()
    down[0] += atom_at_zero
    up = np.zeros(points + 1)
    up[0] = atom_at_zero
    up[1:] = cell
    # Mean-keeping: the mass in a cell is split over its two ends so that its mean stays where
    # it is; the mean inside a cell is taken from a grid 16 times finer (midpoints).
    fine = 16
    fine_edges = np.arange(points * fine + 1) * (step / fine)
    fine_mass = np.maximum(np.diff(cdf_at(fine_edges)), 0.0)
    position = (np.arange(points * fine) + 0.5) / fine  # in grid steps, inside cell i: i + frac
    share_up = (position - np.floor(position)) * fine_mass
    share_down = fine_mass - share_up
    cell_index = np.floor(position).astype(int)
    kept = np.zeros(points + 1)
    kept[0] = atom_at_zero
    np.add.at(kept, cell_index, share_down)
    np.add.at(kept, cell_index + 1, share_up)
    return {"down": down, "up": up, "kept": kept}


def _stationary(
    pmf: np.ndarray, capacity_steps: int, length: int, tolerance: float
) -> tuple[np.ndarray, int]:
    """Stationary distribution of W on 0..length-1 steps for W <- max(0, W + A - C).

    One step maps a distribution to the next (a convolution with A's distribution, then the
    mass below zero is put at zero). Near full load plain repetition needs tens of thousands of
    steps, so the fixed point is found with Anderson mixing of the last few steps; the answer is
    the same fixed point, checked by the size of one plain step from it.
    """
    size = 1 << math.ceil(math.log2(length + len(pmf)))
    spectrum = np.fft.rfft(pmf, size)

    def step(w: np.ndarray) -> np.ndarray:
        mixed = np.fft.irfft(np.fft.rfft(w, size) * spectrum, size)[: length + len(pmf) - 1]
        new = np.zeros(length)
        new[0] = mixed[: capacity_steps + 1].sum()
        tail = mixed[capacity_steps + 1 :]
        new[1 : 1 + min(len(tail), length - 1)] = tail[: length - 1]
        new[-1] += tail[length - 1 :].sum()  # negligible: the grid reaches far into the tail
        normalised: np.ndarray = new / new.sum()
        return normalised

    w = np.zeros(length)
    w[0] = 1.0
    for _ in range(20):  # a few plain steps first
        w = step(w)
    depth = 20
    inputs: list[np.ndarray] = []
    residuals: list[np.ndarray] = []
    for iteration in range(1, 200_000):
        image = step(w)
        residual = image - w
        if np.abs(residual).sum() < tolerance:
            image = np.maximum(image, 0.0)  # rounding noise of the transform
            return image / image.sum(), iteration
        inputs.append(w)
        residuals.append(residual)
        if len(inputs) > depth:
            inputs.pop(0)
            residuals.pop(0)
        if len(inputs) > 1:
            differences = np.array([residuals[i + 1] - residuals[i] for i in range(len(residuals) - 1)]).T
            moves = np.array([inputs[i + 1] - inputs[i] for i in range(len(inputs) - 1)]).T
            normal = differences.T @ differences  # a small least-squares problem
            normal += 1e-14 * np.trace(normal) * np.eye(len(normal))
            gamma = np.linalg.solve(normal, differences.T @ residual)
            w = w + residual - (moves + differences) @ gamma
            w /= w.sum()
        else:
            w = image
    raise RuntimeError("no convergence")


def lindley_stationary(
    arrival_rate: float,
    mean_task_hours: float,
    capacity: float,
    resolution: int = 48,
    tolerance: float = 1e-10,
) -> LindleyValues:
    """Stationary mean backlog E[W] and P(W > 0) of the recursion, for load < 1.

    ``resolution`` grid steps fit in the smaller of C and the mean task hours; the grid runs to
    where the backlog's tail probability is below e^-40.
    """
    load = arrival_rate * mean_task_hours / capacity
    if not 0 < load < 1:
        raise ValueError("the load must lie between 0 and 1")
    theta = _adjustment_coefficient(arrival_rate, mean_task_hours, capacity)
    # Arrivals above this many hours have probability below 1e-16.
    arrival_top = arrival_rate * mean_task_hours + 40 * mean_task_hours * math.sqrt(arrival_rate + 1)
    return reflected_walk_stationary(
        lambda x: arrival_cdf(x, arrival_rate, mean_task_hours),
        atom_at_zero=math.exp(-arrival_rate),
        capacity=capacity,
        grid_unit=min(capacity, mean_task_hours),
        arrival_top=arrival_top,
        tail_hours=40.0 / theta + 10 * capacity,
        resolution=resolution,
        tolerance=tolerance,
    )


def reflected_walk_stationary(
    cdf_at: Cdf,
    atom_at_zero: float,
    capacity: float,
    grid_unit: float,
    arrival_top: float,
    tail_hours: float,
    resolution: int = 48,
    tolerance: float = 1e-10,
) -> LindleyValues:
    """Stationary E[W] and P(W > 0) of W <- max(0, W + A - C) for any arrival distribution.

    ``cdf_at`` gives P(A <= x) for an array of hours, ``atom_at_zero`` is P(A = 0) (A has no
    other atoms), ``resolution`` grid steps fit in ``grid_unit`` hours, arrivals above
    ``arrival_top`` and backlogs above ``tail_hours`` are negligible.
    """

    def solve(per_unit: int) -> tuple[dict[str, tuple[float, float]], float, int]:
        capacity_steps = max(1, math.ceil(per_unit * capacity / grid_unit))
        step = capacity / capacity_steps
        length = math.ceil(tail_hours / step) + 1
        points = math.ceil(arrival_top / step) + 1
        pmfs = _grid_pmfs(cdf_at, atom_at_zero, step, points)
        values, iterations = {}, 0
        for name, pmf in pmfs.items():
            w, used = _stationary(pmf, capacity_steps, length, tolerance)
            iterations += used
            if name == "kept":
                # P(W > 0) = P(W + A > C), with A's exact distribution: smooth in W, so the
                # mean-keeping grid gets it to the square of the step, like the mean. A grid
                # point at exactly C stands for mass on both sides of it: half counts.
                x = np.arange(length) * step
                above = 1.0 - cdf_at(capacity - x)
                above[capacity_steps] = 1.0 - 0.5 * atom_at_zero
                p_backlog = float(w @ above)
            else:
                p_backlog = float(1.0 - w[0])  # a bound: the chain is entirely below or above
            values[name] = (float(np.arange(length) @ w) * step, p_backlog)
        return values, step, iterations

    coarse, step, iterations = solve(resolution)
    fine, _, more = solve(2 * resolution)
    # The mean-keeping grid's error falls with the square of the step: extrapolate.
    mean = (4 * fine["kept"][0] - coarse["kept"][0]) / 3
    p_backlog = (4 * fine["kept"][1] - coarse["kept"][1]) / 3
    return LindleyValues(
        mean_backlog_hours=mean,
        p_backlog=p_backlog,
        mean_low=fine["down"][0],
        mean_high=fine["up"][0],
        p_low=fine["down"][1],
        p_high=fine["up"][1],
        grid_step_hours=step / 2,
        iterations=iterations + more,
    )
