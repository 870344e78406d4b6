"""Event-by-event reference of the full region model, in plain Python.

Every task is an object with its own hours, served first-in first-out from the queue of its
skill and municipality; every staff mechanism (hiring within the regional limit, ramp-up,
attrition, learning, hand-over when a municipality joins, a growing pool) is done with scalars,
one replication at a time, with Python's own random numbers. Only the plan is shared with the
vectorised model: the expected hours per year (``expected_hours``) and the staff targets
(``_staff_targets``), which involve no randomness. The yearly outputs must agree with the
vectorised model within Monte-Carlo error; ``bench/simulation_speed.py`` times both.
"""

from __future__ import annotations

import math
import random
from collections import deque

import numpy as np

from flexpool.engines.simulation.demand import WEEKS_PER_YEAR, expected_hours
from flexpool.engines.simulation.parameters import (
    SKILL_COUNT,
    MunicipalityProfile,
    OrganisationModel,
    ScenarioParameters,
    Skill,
)
from flexpool.engines.simulation.region import METRIC_NAMES, _staff_targets

MONTH = 4


def reference_run(
    region: list[MunicipalityProfile], params: ScenarioParameters, replications: int, seed: int
) -> dict[str, np.ndarray]:
    """Yearly outputs ``metric -> [replications, years]`` of the region model, task by task."""
    demand = params.demand
    years, municipalities = demand.years, len(region)
    units, pool = municipalities + 1, municipalities
    expected = expected_hours(region, demand)
    need = expected / params.productive_hours_per_fte
    local, pool_target, members, standalone = _staff_targets(need, region, params)
    targets = np.concatenate([local, pool_target[:, :, None]], axis=2)  # [years, skills, units]
    has_pool = params.organisation is not OrganisationModel.OWN
    population = [m.population for m in region]
    rng = random.Random(seed)
    out = {name: np.full((replications, years), np.nan) for name in METRIC_NAMES}

    efficiency = [[1.0] * units for _ in range(SKILL_COUNT)]
    for k in range(SKILL_COUNT):
        efficiency[k][pool] = 1.0 - params.coordination_overhead - params.travel_share
    efficiency[Skill.LOCAL_PARTICIPATION][pool] *= params.pooled_front_stage_efficiency
    hours_per_week = params.productive_hours_per_fte / WEEKS_PER_YEAR
    exponent = -math.log2(params.learning_progress_ratio)
    convert = min(1.0, MONTH / params.ramp_up_weeks)
    hire_cap = params.regional_hires_per_100k_inhabitants_per_year * sum(population) / 1e5 / 12
    deadlines = params.deadline_weeks
    limit = params.outsource_after_weeks

    for r in range(replications):
        sigma = demand.volume_uncertainty
        volume = math.exp(sigma * rng.gauss(0, 1) - 0.5 * sigma**2)
        s = params.labour_market_uncertainty
        market = math.exp(s * rng.gauss(0, 1) - 0.5 * s**2)
        s = params.attrition_uncertainty
        attrition_year = params.annual_attrition * math.exp(s * rng.gauss(0, 1) - 0.5 * s**2)
        attrition = 1.0 - (1.0 - min(attrition_year, 0.95)) ** (MONTH / WEEKS_PER_YEAR)
        keep = 1.0 - attrition
        fill = []
        for u in range(units):
            small = u < municipalities and population[u] < params.small_municipality_population
            weeks_to_fill = params.vacancy_fill_weeks_small if small else params.vacancy_fill_weeks_large
            fill.append(1.0 - math.exp(-MONTH * market / weeks_to_fill))

        experienced = [[0.0] * units for _ in range(SKILL_COUNT)]
        new = [[0.0] * units for _ in range(SKILL_COUNT)]
        experience = [[0.0] * units for _ in range(SKILL_COUNT)]
        productivity = [[1.0] * units for _ in range(SKILL_COUNT)]
        for k in range(SKILL_COUNT):
            for m in range(municipalities):
                start = standalone[0, k, m] * params.initial_staffing_share
                handed = (start - min(start, local[0, k, m])) * members[0, m]
                experienced[k][m] = start - handed
                if has_pool:
                    experienced[k][pool] += handed
        queues = [[deque() for _ in range(municipalities)] for _ in range(SKILL_COUNT)]
        arrivals_by_week: dict[tuple[int, int], float] = {}  # (skill, week) -> hours arrived

        def capacity(k: int, u: int, new=new, experienced=experienced, productivity=productivity) -> float:
            return (new[k][u] * params.new_hire_productivity + experienced[k][u]) * productivity[k][u]

        week = 0
        for year in range(years):
            if year > 0:
                for m in range(municipalities):
                    if members[year, m] and not members[year - 1, m]:
                        for k in range(SKILL_COUNT):
                            excess = max(experienced[k][m] - local[year, k, m], 0.0)
                            experienced[k][m] -= excess
                            if has_pool:
                                experienced[k][pool] += excess
            for k in range(SKILL_COUNT):
                for u in range(units):
                    gain = min((1.0 + experience[k][u] / params.learning_reference_hours) ** exponent,
                               params.learning_max_gain)  # fmt: skip
                    productivity[k][u] = gain * hours_per_week * efficiency[k][u]
            # This year's tasks: a Poisson number per queue, gamma hours, a uniform week.
            weekly: list[list[tuple[int, int, float]]] = [[] for _ in range(WEEKS_PER_YEAR)]
            for k in range(SKILL_COUNT):
                size = demand.mean_task_hours[k]
                for m in range(municipalities):
                    for _ in range(_poisson(rng, expected[year, k, m] / size)):
                        hours = rng.gammavariate(demand.task_hours_shape, size / demand.task_hours_shape)
                        weekly[rng.randrange(WEEKS_PER_YEAR)].append((k, m, hours * volume))
            intake = backlog_sum = late = due = served_year = capacity_year = 0.0
            fte_weeks = pool_fte_weeks = outsourced_year = 0.0
            served_local = [[0.0] * municipalities for _ in range(SKILL_COUNT)]
            served_pool = [[0.0] * municipalities for _ in range(SKILL_COUNT)]
            for _ in range(WEEKS_PER_YEAR):
                for k, m, hours in weekly[week % WEEKS_PER_YEAR]:
                    hours *= params.demand_scale
                    queues[k][m].append([week, hours])
                    arrivals_by_week[k, week] = arrivals_by_week.get((k, week), 0.0) + hours
                    intake += hours
                for k in range(SKILL_COUNT):
                    for m in range(municipalities):
                        served_local[k][m] += _serve(queues[k][m], capacity(k, m))
                if has_pool:
                    for k in range(SKILL_COUNT):
                        waiting = [
                            sum(t[1] for t in queues[k][m]) if members[year, m] else 0.0
                            for m in range(municipalities)
                        ]
                        share = min(1.0, capacity(k, pool) / max(sum(waiting), 1e-6))
                        for m in range(municipalities):
                            if waiting[m] > 0:
                                served_pool[k][m] += _serve(queues[k][m], share * waiting[m])
                backlog_sum += sum(t[1] for row in queues for q in row for t in q)
                if (week + 1) % MONTH == 0:
                    for k, deadline in enumerate(deadlines):
                        last = week - deadline
                        if last < 0:
                            continue
                        cohorts = range(last - MONTH + 1, last + 1)
                        due += sum(arrivals_by_week.get((k, c), 0.0) for c in cohorts)
                        late += sum(t[1] for q in queues[k] for t in q if last - MONTH < t[0] <= last)
                    if limit is not None:
                        for row in queues:
                            for q in row:
                                while q and q[0][0] <= week - limit:
                                    outsourced_year += q.popleft()[1]
                    for k in range(SKILL_COUNT):
                        served_year += sum(served_local[k]) + sum(served_pool[k])
                        for u in range(units):
                            capacity_year += MONTH * capacity(k, u)
                            fte_weeks += MONTH * (experienced[k][u] + new[k][u])
                        pool_fte_weeks += MONTH * (experienced[k][pool] + new[k][pool])
                    hires = [
                        [max(targets[year, k, u] - experienced[k][u] - new[k][u], 0.0) * fill[u]
                         for u in range(units)]
                        for k in range(SKILL_COUNT)
                    ]  # fmt: skip
                    total = sum(map(sum, hires))
                    scale = min(1.0, hire_cap / max(total, 1e-9))
                    for k in range(SKILL_COUNT):
                        for u in range(units):
                            ramped = new[k][u] * convert
                            experienced[k][u] = (experienced[k][u] + ramped) * keep
                            new[k][u] = (new[k][u] - ramped) * keep + hires[k][u] * scale
                            experience[k][u] *= keep
                        for m in range(municipalities):
                            experience[k][m] += served_local[k][m]
                            experience[k][pool] += served_pool[k][m]
                    served_local = [[0.0] * municipalities for _ in range(SKILL_COUNT)]
                    served_pool = [[0.0] * municipalities for _ in range(SKILL_COUNT)]
                week += 1
            out["backlog_hours"][r, year] = sum(t[1] for row in queues for q in row for t in q)
            out["waiting_weeks"][r, year] = backlog_sum / intake if intake else np.nan
            out["on_time_share"][r, year] = 1.0 - late / due if due > 0 else np.nan
            out["utilisation"][r, year] = served_year / capacity_year if capacity_year else np.nan
            out["cost_eur"][r, year] = (
                fte_weeks * params.annual_cost_per_fte / WEEKS_PER_YEAR
                + outsourced_year * params.external_hourly_rate
                + (params.pool_fixed_cost_per_year if has_pool else 0.0)
            )
            out["outsourced_share"][r, year] = outsourced_year / intake if intake else np.nan
            out["knowledge_fte_years"][r, year] = sum(map(sum, experience)) / params.productive_hours_per_fte
            out["staff_fte"][r, year] = fte_weeks / WEEKS_PER_YEAR
            out["pool_fte"][r, year] = pool_fte_weeks / WEEKS_PER_YEAR
    return out


def _serve(queue: deque, hours: float) -> float:
    """Serve up to ``hours`` from the head of the queue; returns the hours served."""
    done = 0.0
    while queue and hours > 0:
        task = queue[0]
        step = min(task[1], hours)
        task[1] -= step
        hours -= step
        done += step
        if task[1] <= 0:
            queue.popleft()
    return done


def _poisson(rng: random.Random, mean: float) -> int:
    """Poisson draw: counting exponential gaps for small means, a normal-free split for large."""
    if mean <= 0:
        return 0
    if mean > 30:  # sum of Poisson(30)-sized pieces keeps the loop short
        pieces = int(mean // 30)
        return sum(_poisson(rng, 30.0) for _ in range(pieces)) + _poisson(rng, mean - 30.0 * pieces)
    count, total = 0, rng.expovariate(1.0)
    while total < mean:
        count += 1
        total += rng.expovariate(1.0)
    return count
