"""The weekly region simulator, vectorised over scenarios and replications.

State arrays are shaped ``[skills, units, scenarios, replications]``. Queues are per
(skill, municipality); staff sit in units, which are the municipalities plus one regional
pool (the last unit). The only Python loops are over the 1,352 weeks (array work per week) and
over the three skills inside a week for deadline bookkeeping.

Work is a fluid of task hours per queue, served first-in first-out. Because the queue is FIFO,
the hours that arrived in week s are done by week t exactly when the cumulative departures by t
reach the cumulative arrivals up to s. A ring buffer of cumulative arrivals therefore tells, per
queue and week, how much of the work that falls due this week is still waiting (late), and which
work has waited longer than the outsourcing limit.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .demand import WEEKS_PER_YEAR, expected_hours, volume_multipliers, weekly_task_hours
from .parameters import (
    KEEPS_LOCAL_POSITIONS,
    POOLED_SKILLS,
    SKILL_COUNT,
    MunicipalityProfile,
    OrganisationModel,
    ScenarioParameters,
    Skill,
)
from .results import Totals

WEEKS_PER_MONTH = 4  # staff, learning and outsourcing decisions are taken every four weeks
MONTHS_PER_YEAR = WEEKS_PER_YEAR // WEEKS_PER_MONTH
# Upper bound on skills x municipalities x replications per chunk. Chunking bounds the memory
# of the arrival ring buffer (about 60 weeks of state) for very large runs; below the bound a
# region runs in one piece, which keeps NumPy's per-call overhead low.
CHUNK_ELEMENTS = 65_536
F32 = np.float32


@dataclass(frozen=True)
class BatchOutput:
    yearly: dict[str, np.ndarray]  # metric -> [scenarios, replications, years]
    totals: list[Totals]  # per scenario


def _per_scenario(values: Sequence[float]) -> np.ndarray:
    """Scenario values shaped to broadcast against ``[..., scenarios, replications]``."""
    return np.asarray(values, dtype=F32)[:, None]


def _join_years(region: Sequence[MunicipalityProfile], params: ScenarioParameters) -> np.ndarray:
    """Year index (0 = start year) in which each municipality joins the regional organisation."""
    if params.founding_members is None or params.organisation is OrganisationModel.OWN:
        return np.zeros(len(region), dtype=int)
    founders = set(params.founding_members)
    return np.array([0 if m.code in founders else params.late_join_after_years for m in region])


def _staff_targets(
    need: np.ndarray, region: Sequence[MunicipalityProfile], params: ScenarioParameters
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Planned FTE per year for one scenario.

    ``need`` is the expected need in FTE, ``[years, skills, municipalities]``. Returns local
    targets ``[years, skills, municipalities]``, pool targets ``[years, skills]``, the member mask
    ``[years, municipalities]`` and the standalone (own-model) targets used for the start state.
    """
    years = need.shape[0]
    # Staff are planned on the expected need; demand_scale is the job turning out bigger or
    # smaller than planned, so it does not change the plan.
    need = need * params.staffing_ratio
    step = params.position_granularity_fte
    standalone = np.round(need / step) * step  # on its own a municipality rounds to whole positions
    members = np.arange(years)[:, None] >= _join_years(region, params)[None, :]
    pooled = np.zeros(SKILL_COUNT, dtype=bool)
    for skill in POOLED_SKILLS[params.organisation]:
        pooled[skill] = True
    if KEEPS_LOCAL_POSITIONS[params.organisation]:
        member_local = np.where(pooled[None, :, None], np.floor(need / step) * step, standalone)
    else:
        member_local = np.where(pooled[None, :, None], 0.0, standalone)
    local = np.where(members[:, None, :], member_local, standalone)
    # The pool covers the members' remaining need, grossed up for the hours lost to
    # coordination and travel, and less efficient on front-stage work.
    efficiency = np.full(SKILL_COUNT, 1.0 - params.coordination_overhead - params.travel_share)
    efficiency[Skill.LOCAL_PARTICIPATION] *= params.pooled_front_stage_efficiency
    remaining = np.where(members[:, None, :] & pooled[None, :, None], need - local, 0.0).sum(axis=2)
    pool = np.maximum(remaining, 0.0) / efficiency[None, :]
    if params.pool_fte is not None and pooled.any():
        share = pool / np.maximum(pool.sum(axis=1, keepdims=True), 1e-9)
        pool = np.where(pool.sum(axis=1, keepdims=True) > 0, share * params.pool_fte, 0.0)
    if params.pool_growth_years > 0:
        growth = params.pool_initial_share + (1 - params.pool_initial_share) * np.arange(years) / (
            params.pool_growth_years
        )
        pool = pool * np.minimum(1.0, growth)[:, None]
    else:
        pool = pool * params.pool_initial_share if params.pool_initial_share < 1 else pool
    return local, pool, members, standalone


def replication_chunks(replications: int, municipalities: int) -> list[tuple[int, int]]:
    """Split replications into chunks of at most ``CHUNK_ELEMENTS`` state cells per scenario.

    The split depends only on the number of replications and municipalities, never on the
    number of scenarios, so a scenario gets the same random numbers alone or in a comparison.
    """
    largest = max(32, CHUNK_ELEMENTS // (SKILL_COUNT * municipalities))
    count = -(-replications // largest)
    edges = np.linspace(0, replications, count + 1).round().astype(int)
    return [(int(a), int(b)) for a, b in itertools.pairwise(edges)]


def simulate_batch(
    region: Sequence[MunicipalityProfile],
    scenarios: Sequence[ScenarioParameters],
    replications: int,
    seed: int,
) -> BatchOutput:
    """Simulate scenarios that share demand assumptions, deadlines and random demand.

    Replications run in chunks (see ``replication_chunks``); chunk i uses the random stream
    ``(seed, i)``, so results are reproducible for a seed.
    """
    if not scenarios:
        raise ValueError("no scenarios")
    if not region:
        raise ValueError("empty region")
    if len({s.batch_key() for s in scenarios}) != 1:
        raise ValueError("scenarios in one batch must share demand, deadlines and outsourcing limit")
    chunks = [
        _simulate_chunk(region, scenarios, stop - start, np.random.default_rng([seed, index]))
        for index, (start, stop) in enumerate(replication_chunks(replications, len(region)))
    ]
    yearly = {name: np.concatenate([c.yearly[name] for c in chunks], axis=1) for name in chunks[0].yearly}
    totals = [
        Totals(
            **{
                part: np.concatenate([getattr(c.totals[g], part) for c in chunks], axis=-1)
                for part in ("arrived", "served", "waiting", "outsourced")
            }
        )
        for g in range(len(scenarios))
    ]
    return BatchOutput(yearly=yearly, totals=totals)


def _simulate_chunk(
    region: Sequence[MunicipalityProfile],
    scenarios: Sequence[ScenarioParameters],
    replications: int,
    rng: np.random.Generator,
) -> BatchOutput:
    first = scenarios[0]
    demand = first.demand
    years = demand.years
    skills, municipalities, variants = SKILL_COUNT, len(region), len(scenarios)
    units = municipalities + 1
    pool_unit = municipalities
    volume = volume_multipliers(demand, replications, rng)
    labour_z = rng.standard_normal(replications)
    attrition_z = rng.standard_normal(replications)

    expected = expected_hours(region, demand)  # [years, skills, municipalities]
    population = np.array([m.population for m in region], dtype=float)

    # ---- per-scenario constants, shaped to broadcast against [skills, units, scenarios, reps]
    local_targets = np.zeros((years, skills, units, variants), dtype=F32)
    member_mask = np.zeros((years, municipalities, variants), dtype=F32)
    standalone_start = np.zeros((skills, municipalities, variants))
    for g, params in enumerate(scenarios):
        need = expected / params.productive_hours_per_fte
        local, pool, members, standalone = _staff_targets(need, region, params)
        local_targets[:, :, :municipalities, g] = local
        local_targets[:, :, pool_unit, g] = pool
        member_mask[:, :, g] = members
        standalone_start[:, :, g] = standalone[0] * params.initial_staffing_share
    has_pool = np.array([s.organisation is not OrganisationModel.OWN for s in scenarios])
    demand_scale = _per_scenario([s.demand_scale for s in scenarios])  # [G, 1]
    hours_per_week = _per_scenario([s.productive_hours_per_fte / WEEKS_PER_YEAR for s in scenarios])

    # Unit efficiency on tasks: the pool loses coordination and travel time, and is less
    # effective on resident-facing work.
    unit_efficiency = np.ones((skills, units, variants, 1), dtype=F32)
    for g, s in enumerate(scenarios):
        unit_efficiency[:, pool_unit, g, 0] = 1.0 - s.coordination_overhead - s.travel_share
        unit_efficiency[Skill.LOCAL_PARTICIPATION, pool_unit, g, 0] *= s.pooled_front_stage_efficiency

    # Monthly hazard of filling a vacancy, per unit and scenario, times the replication's
    # labour-market factor (lognormal, mean 1; the same draw for every scenario).
    fill = np.zeros((1, units, variants, replications), dtype=F32)
    attrition = np.zeros((variants, replications), dtype=F32)
    for g, s in enumerate(scenarios):
        weeks_to_fill = np.where(
            population < s.small_municipality_population,
            s.vacancy_fill_weeks_small,
            s.vacancy_fill_weeks_large,
        )
        weeks_to_fill = np.append(weeks_to_fill, s.vacancy_fill_weeks_large)  # the pool
        market = np.exp(s.labour_market_uncertainty * labour_z - 0.5 * s.labour_market_uncertainty**2)
        fill[0, :, g, :] = 1.0 - np.exp(-WEEKS_PER_MONTH * market[None, :] / weeks_to_fill[:, None])
        yearly = s.annual_attrition * np.exp(
            s.attrition_uncertainty * attrition_z - 0.5 * s.attrition_uncertainty**2
        )
        attrition[g] = 1.0 - (1.0 - np.minimum(yearly, 0.95)) ** (WEEKS_PER_MONTH / WEEKS_PER_YEAR)
    hire_cap = _per_scenario(
        [
            s.regional_hires_per_100k_inhabitants_per_year * population.sum() / 1e5 / MONTHS_PER_YEAR
            for s in scenarios
        ]
    )
    convert = _per_scenario([min(1.0, WEEKS_PER_MONTH / s.ramp_up_weeks) for s in scenarios])
    new_productivity = _per_scenario([s.new_hire_productivity for s in scenarios])
    learning_exponent = _per_scenario([-math.log2(s.learning_progress_ratio) for s in scenarios])
    learning_reference = _per_scenario([s.learning_reference_hours for s in scenarios])
    learning_cap = _per_scenario([s.learning_max_gain for s in scenarios])
    fte_cost_week = np.array([s.annual_cost_per_fte / WEEKS_PER_YEAR for s in scenarios])[:, None]
    external_rate = np.array([s.external_hourly_rate for s in scenarios])[:, None]
    pool_fixed = np.array([s.pool_fixed_cost_per_year * h for s, h in zip(scenarios, has_pool, strict=True)])

    # ---- state
    shape = (skills, municipalities, variants, replications)
    backlog = np.zeros(shape, dtype=F32)
    served_local_month = np.zeros(shape, dtype=F32)  # local staff, per municipality
    served_pool_month = np.zeros(shape, dtype=F32)  # pool staff, per municipality served
    served_total = np.zeros(shape, dtype=F32)
    outsourced_total = np.zeros(shape, dtype=F32)
    deadlines = tuple(int(d) for d in first.deadline_weeks)
    outsource_after = int(first.outsource_after_weeks)
    # Cumulative arrivals per queue (the FIFO clock), one slot per week, kept long enough to
    # look back over the longest deadline or the outsourcing limit plus one month.
    ring_length = max(*deadlines, outsource_after) + 2 * WEEKS_PER_MONTH
    unit_scale = bool(np.all(demand_scale == 1.0))
    # Without per-scenario demand scaling all scenarios see the same arrivals: one clock for all.
    clock_shape = (skills, municipalities, 1 if unit_scale else variants, replications)
    ring = np.zeros((ring_length, *clock_shape), dtype=F32)

    staff_shape = (skills, units, variants, replications)
    experienced = np.zeros(staff_shape, dtype=F32)
    new_hires = np.zeros(staff_shape, dtype=F32)
    experienced[:, :municipalities] = standalone_start[..., None]
    # Founding members hand staff of pooled skills over to the new organisation at the start.
    start_local = np.minimum(experienced[:, :municipalities], local_targets[0, :, :municipalities, :, None])
    handed_over = (experienced[:, :municipalities] - start_local) * member_mask[0][None, :, :, None]
    experienced[:, :municipalities] -= handed_over
    experienced[:, pool_unit] += handed_over.sum(axis=1) * has_pool[None, :, None]
    experience = np.zeros(staff_shape, dtype=F32)  # hours of task experience held per unit
    productivity = np.ones(staff_shape, dtype=F32)  # task hours per FTE-week, learning included
    capacity = np.zeros(staff_shape, dtype=F32)  # task hours per week
    local_capacity = np.zeros(shape, dtype=F32)  # contiguous copies for the weekly loop
    pool_capacity = np.zeros((skills, variants, replications), dtype=F32)
    scratch = np.empty(shape, dtype=F32)  # weekly temporaries, allocated once
    staff_scratch = np.empty(staff_shape, dtype=F32)
    hires = np.empty(staff_shape, dtype=F32)

    metric_names = (
        "backlog_hours", "waiting_weeks", "on_time_share", "utilisation", "cost_eur",
        "knowledge_fte_years", "outsourced_share", "staff_fte", "pool_fte",
    )  # fmt: skip
    yearly = {name: np.zeros((variants, replications, years)) for name in metric_names}
    all_members = bool(member_mask.all())
    any_pool = bool(has_pool.any())
    # The pool step only touches scenarios that have a pool (a contiguous range when possible,
    # as in a comparison that lists OWN first or last), so OWN costs nothing there.
    pooled_indices = np.flatnonzero(has_pool)
    if any_pool and pooled_indices[-1] - pooled_indices[0] + 1 == len(pooled_indices):
        pooled = slice(int(pooled_indices[0]), int(pooled_indices[-1]) + 1)
    else:
        pooled = slice(None)
    pooled_backlog = backlog[:, :, pooled]
    pooled_scratch = scratch[:, :, pooled]
    pooled_capacity = pool_capacity[:, pooled]
    pooled_served_month = served_pool_month[:, :, pooled]

    def refresh_capacity() -> None:
        np.multiply(new_hires, new_productivity, out=capacity)
        np.add(capacity, experienced, out=capacity)
        np.multiply(capacity, productivity, out=capacity)
        local_capacity[...] = capacity[:, :municipalities]
        pool_capacity[...] = capacity[:, pool_unit]

    def refresh_learning() -> None:
        # Effort per task falls by the progress ratio per doubling of experience (Wright's law).
        gain = np.power(1.0 + experience / learning_reference, learning_exponent, dtype=F32)
        np.minimum(gain, learning_cap, out=gain)
        np.multiply(gain, hours_per_week * unit_efficiency, out=productivity)

    def staff_month(year: int) -> None:
        nonlocal experienced, new_hires, hires  # updated in place; nonlocal because of +=
        # Vacancies are filled at the monthly hazard, within the regional hiring limit.
        np.subtract(local_targets[year][..., None], experienced, out=hires)
        hires -= new_hires
        np.maximum(hires, 0.0, out=hires)
        hires *= fill
        total_hires = hires.sum(axis=(0, 1))  # [G, R]: everyone fishes in the same pond
        hires *= np.minimum(1.0, hire_cap / np.maximum(total_hires, 1e-9))[None, None]
        np.multiply(new_hires, convert, out=staff_scratch)  # new hires who finished ramping up
        keep = 1.0 - attrition[None, None]
        experienced += staff_scratch
        experienced *= keep
        new_hires -= staff_scratch
        new_hires *= keep
        new_hires += hires
        # Leavers take their knowledge with them; work done this month adds to it.
        experience[...] *= keep
        experience[:, :municipalities] += served_local_month
        experience[:, pool_unit] += served_pool_month.sum(axis=1)
        refresh_capacity()

    def hand_over_at_join(year: int) -> None:
        joined = (member_mask[year] - member_mask[year - 1])[None, :, :, None]
        if not joined.any():
            return
        local = experienced[:, :municipalities]
        excess = np.maximum(local - local_targets[year, :, :municipalities, :, None], 0.0) * joined
        experienced[:, :municipalities] -= excess
        experienced[:, pool_unit] += excess.sum(axis=1) * has_pool[None, :, None]

    refresh_capacity()
    week = 0
    arrived = ring[ring_length - 1]  # zeros: cumulative arrivals before the first week
    for year in range(years):
        if year > 0:
            hand_over_at_join(year)
        refresh_learning()
        refresh_capacity()
        members = member_mask[year][None, :, :, None]
        arrivals = weekly_task_hours(expected[year], demand, volume, rng)  # [52, K, M, R] float32
        intake = np.zeros((variants, replications))
        backlog_sum = np.zeros((variants, replications))
        late = np.zeros((variants, replications))
        due = np.zeros((variants, replications))
        served_year = np.zeros((variants, replications))
        capacity_year = np.zeros((variants, replications))
        fte_weeks = np.zeros((variants, replications))
        pool_fte_weeks = np.zeros((variants, replications))
        outsourced_year = np.zeros((variants, replications))
        for week_of_year in range(WEEKS_PER_YEAR):
            week_hours = arrivals[week_of_year][:, :, None, :]
            new_work = week_hours if unit_scale else week_hours * demand_scale
            backlog += new_work
            arrived = np.add(arrived, new_work, out=ring[week % ring_length])
            intake += week_hours.sum(axis=(0, 1)) * demand_scale

            # Local staff serve their own municipality first.
            served = np.minimum(backlog, local_capacity, out=scratch)
            backlog -= served
            served_local_month += served
            # The pool serves the members' remaining work, each in proportion to its backlog.
            if any_pool:
                asking = (
                    pooled_backlog
                    if all_members
                    else np.multiply(pooled_backlog, members[:, :, pooled], out=pooled_scratch)
                )
                asked = asking.sum(axis=1)  # [K, G, R]
                share = np.minimum(1.0, pooled_capacity / np.maximum(asked, 1e-6))
                pool_served = np.multiply(asking, share[:, None], out=pooled_scratch)
                pooled_backlog -= pool_served
                pooled_served_month += pool_served
            backlog_sum += backlog.sum(axis=(0, 1))

            if (week + 1) % WEEKS_PER_MONTH == 0:
                departed = arrived - backlog
                # Deadlines are checked at the end of each four-week period: the work whose
                # deadline fell in the period and is still waiting is late.
                for skill, deadline in enumerate(deadlines):
                    last_cohort = week - deadline
                    if last_cohort < 0:
                        continue
                    upto = ring[last_cohort % ring_length, skill]
                    first_cohort = last_cohort - WEEKS_PER_MONTH
                    before = ring[first_cohort % ring_length, skill] if first_cohort >= 0 else 0.0
                    falling_due = upto - before
                    still_waiting = np.maximum(upto - departed[skill], 0.0)
                    np.minimum(still_waiting, falling_due, out=still_waiting)
                    late += still_waiting.sum(axis=0)
                    due += falling_due.sum(axis=0)
                # Work older than the limit leaves the regional queue and is hired in externally.
                limit_week = week - outsource_after
                if limit_week >= 0:
                    too_old = np.maximum(ring[limit_week % ring_length] - departed, 0.0)
                    backlog -= too_old
                    outsourced_total += too_old
                    outsourced_year += too_old.sum(axis=(0, 1))
                served_year += served_local_month.sum(axis=(0, 1)) + served_pool_month.sum(axis=(0, 1))
                served_total += served_local_month
                served_total += served_pool_month
                capacity_year += WEEKS_PER_MONTH * capacity.sum(axis=(0, 1))
                fte = experienced + new_hires
                fte_weeks += WEEKS_PER_MONTH * fte.sum(axis=(0, 1))
                pool_fte_weeks += WEEKS_PER_MONTH * fte[:, pool_unit].sum(axis=0)
                staff_month(year)
                served_local_month[...] = 0.0
                served_pool_month[...] = 0.0
            week += 1

        with np.errstate(invalid="ignore", divide="ignore"):
            yearly["backlog_hours"][..., year] = backlog.sum(axis=(0, 1))
            yearly["waiting_weeks"][..., year] = backlog_sum / intake
            yearly["on_time_share"][..., year] = np.where(due > 0, 1.0 - late / due, np.nan)
            yearly["utilisation"][..., year] = served_year / capacity_year
            yearly["cost_eur"][..., year] = (
                fte_weeks * fte_cost_week + outsourced_year * external_rate + pool_fixed[:, None]
            )
            yearly["outsourced_share"][..., year] = outsourced_year / intake
        yearly["knowledge_fte_years"][..., year] = experience.sum(axis=(0, 1)) / (
            hours_per_week * WEEKS_PER_YEAR
        )
        yearly["staff_fte"][..., year] = fte_weeks / WEEKS_PER_YEAR
        yearly["pool_fte"][..., year] = pool_fte_weeks / WEEKS_PER_YEAR

    totals = [
        Totals(
            arrived=np.broadcast_to(arrived, shape)[:, :, g].astype(float),
            served=served_total[:, :, g].astype(float),
            waiting=backlog[:, :, g].astype(float),
            outsourced=outsourced_total[:, :, g].astype(float),
        )
        for g in range(variants)
    ]
    return BatchOutput(yearly=yearly, totals=totals)
