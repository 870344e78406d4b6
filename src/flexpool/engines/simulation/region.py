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
from collections.abc import Callable, Sequence
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
METRIC_NAMES = (
    "backlog_hours", "waiting_weeks", "on_time_share", "utilisation", "cost_eur",
    "knowledge_fte_years", "outsourced_share", "staff_fte", "pool_fte",
)  # fmt: skip


# Called after each week's service with the week number and the backlog in hours,
# ``[skills, municipalities, scenarios, replications]`` (a view: copy what you keep).
WeekObserver = Callable[[int, np.ndarray], None]


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
    observe: WeekObserver | None = None,
) -> BatchOutput:
    """Simulate scenarios that share demand assumptions, deadlines and random demand.

    Replications run in chunks (see ``replication_chunks``); chunk i uses the random stream
    ``(seed, i)``, so results are reproducible for a seed. ``observe``, if given, sees the
    backlog after every week's service (for one chunk; it is called again for the next chunk).
    """
    if not scenarios:
        raise ValueError("no scenarios")
    if not region:
        raise ValueError("empty region")
    if len({s.batch_key() for s in scenarios}) != 1:
        raise ValueError("scenarios in one batch must share demand, deadlines and outsourcing limit")
    chunks = [
        _ChunkRun(region, scenarios, stop - start, np.random.default_rng([seed, index])).run(observe)
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


class _ChunkRun:
    """One chunk of replications for scenarios that share demand, stepped week by week.

    The weekly step is a sequence of named steps (``_arrive``, ``_serve_locally``,
    ``_serve_from_pool``, ``_record_week``) and every fourth week the monthly steps
    (``_check_deadlines``, ``_outsource_old_work``, ``_book_month``, ``_staff_month``). A year
    starts with ``_start_year`` (late joiners hand over staff, learning is applied) and ends with
    ``_close_year`` (the yearly outputs).
    """

    def __init__(
        self,
        region: Sequence[MunicipalityProfile],
        scenarios: Sequence[ScenarioParameters],
        replications: int,
        rng: np.random.Generator,
    ) -> None:
        self.rng = rng
        first = scenarios[0]
        self.demand = demand = first.demand
        self.years = demand.years
        skills, municipalities, variants = SKILL_COUNT, len(region), len(scenarios)
        self.municipalities, self.variants, self.replications = municipalities, variants, replications
        units = municipalities + 1
        self.pool_unit = municipalities
        self.volume = volume_multipliers(demand, replications, rng)
        labour_z = rng.standard_normal(replications)
        attrition_z = rng.standard_normal(replications)

        self.expected = expected = expected_hours(region, demand)  # [years, skills, municipalities]
        population = np.array([m.population for m in region], dtype=float)
        self._set_scenario_constants(region, scenarios, expected, population, labour_z, attrition_z)
        self._set_state(first, skills, municipalities, variants, replications, units)

    def _set_scenario_constants(
        self,
        region: Sequence[MunicipalityProfile],
        scenarios: Sequence[ScenarioParameters],
        expected: np.ndarray,
        population: np.ndarray,
        labour_z: np.ndarray,
        attrition_z: np.ndarray,
    ) -> None:
        """Per-scenario constants, shaped to broadcast against ``[skills, units, scenarios, reps]``."""
        years, skills = self.years, SKILL_COUNT
        municipalities, variants, replications = self.municipalities, self.variants, self.replications
        units, pool_unit = municipalities + 1, self.pool_unit
        self.local_targets = local_targets = np.zeros((years, skills, units, variants), dtype=F32)
        self.member_mask = member_mask = np.zeros((years, municipalities, variants), dtype=F32)
        self.standalone_start = standalone_start = np.zeros((skills, municipalities, variants))
        for g, params in enumerate(scenarios):
            need = expected / params.productive_hours_per_fte
            local, pool, members, standalone = _staff_targets(need, region, params)
            local_targets[:, :, :municipalities, g] = local
            local_targets[:, :, pool_unit, g] = pool
            member_mask[:, :, g] = members
            standalone_start[:, :, g] = standalone[0] * params.initial_staffing_share
        self.has_pool = has_pool = np.array([s.organisation is not OrganisationModel.OWN for s in scenarios])
        self.demand_scale = _per_scenario([s.demand_scale for s in scenarios])  # [G, 1]
        self.hours_per_week = _per_scenario([s.productive_hours_per_fte / WEEKS_PER_YEAR for s in scenarios])

        # Unit efficiency on tasks: the pool loses coordination and travel time, and is less
        # effective on resident-facing work.
        self.unit_efficiency = unit_efficiency = np.ones((skills, units, variants, 1), dtype=F32)
        for g, s in enumerate(scenarios):
            unit_efficiency[:, pool_unit, g, 0] = 1.0 - s.coordination_overhead - s.travel_share
            unit_efficiency[Skill.LOCAL_PARTICIPATION, pool_unit, g, 0] *= s.pooled_front_stage_efficiency

        # Monthly hazard of filling a vacancy, per unit and scenario, times the replication's
        # labour-market factor (lognormal, mean 1; the same draw for every scenario).
        self.fill = fill = np.zeros((1, units, variants, replications), dtype=F32)
        self.attrition = attrition = np.zeros((variants, replications), dtype=F32)
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
        self.hire_cap = _per_scenario(
            [
                s.regional_hires_per_100k_inhabitants_per_year * population.sum() / 1e5 / MONTHS_PER_YEAR
                for s in scenarios
            ]
        )
        self.convert = _per_scenario([min(1.0, WEEKS_PER_MONTH / s.ramp_up_weeks) for s in scenarios])
        self.new_productivity = _per_scenario([s.new_hire_productivity for s in scenarios])
        self.learning_exponent = _per_scenario([-math.log2(s.learning_progress_ratio) for s in scenarios])
        self.learning_reference = _per_scenario([s.learning_reference_hours for s in scenarios])
        self.learning_cap = _per_scenario([s.learning_max_gain for s in scenarios])
        self.fte_cost_week = np.array([s.annual_cost_per_fte / WEEKS_PER_YEAR for s in scenarios])[:, None]
        self.external_rate = np.array([s.external_hourly_rate for s in scenarios])[:, None]
        self.pool_fixed = np.array(
            [s.pool_fixed_cost_per_year * h for s, h in zip(scenarios, has_pool, strict=True)]
        )

    def _set_state(
        self,
        first: ScenarioParameters,
        skills: int,
        municipalities: int,
        variants: int,
        replications: int,
        units: int,
    ) -> None:
        pool_unit, has_pool = self.pool_unit, self.has_pool
        self.shape = shape = (skills, municipalities, variants, replications)
        self.backlog = np.zeros(shape, dtype=F32)
        self.served_local_month = np.zeros(shape, dtype=F32)  # local staff, per municipality
        self.served_pool_month = np.zeros(shape, dtype=F32)  # pool staff, per municipality served
        # Horizon totals are summed in float64: float32 would round away a month's hours once
        # the total is some ten million times larger (long runs).
        self.served_total = np.zeros(shape)
        self.outsourced_total = np.zeros(shape)
        self.deadlines = tuple(int(d) for d in first.deadline_weeks)
        limit = first.outsource_after_weeks
        self.outsource_after = None if limit is None else int(limit)
        # Cumulative arrivals per queue (the FIFO clock), one slot per week, kept long enough to
        # look back over the longest deadline or the outsourcing limit plus one month.
        self.ring_length = max(*self.deadlines, self.outsource_after or 0) + 2 * WEEKS_PER_MONTH
        self.unit_scale = bool(np.all(self.demand_scale == 1.0))
        # Without per-scenario demand scaling all scenarios see the same arrivals: one clock for all.
        clock_shape = (skills, municipalities, 1 if self.unit_scale else variants, replications)
        self.ring = np.zeros((self.ring_length, *clock_shape), dtype=F32)
        self.arrived = self.ring[self.ring_length - 1]  # zeros: cumulative arrivals before the first week
        # The clock is float32 and only its differences matter, so it is moved back to zero at
        # the start of every year (``_rebase_clock``); what was taken off is kept in float64.
        # ``origin`` is where the clock stood before the first week, in today's terms.
        self.arrived_before = np.zeros(clock_shape)
        self.origin = np.zeros(clock_shape, dtype=F32)

        self.staff_shape = staff_shape = (skills, units, variants, replications)
        self.experienced = experienced = np.zeros(staff_shape, dtype=F32)
        self.new_hires = np.zeros(staff_shape, dtype=F32)
        experienced[:, :municipalities] = self.standalone_start[..., None]
        # Founding members hand staff of pooled skills over to the new organisation at the start.
        start_local = np.minimum(
            experienced[:, :municipalities], self.local_targets[0, :, :municipalities, :, None]
        )
        handed_over = (experienced[:, :municipalities] - start_local) * self.member_mask[0][None, :, :, None]
        experienced[:, :municipalities] -= handed_over
        experienced[:, pool_unit] += handed_over.sum(axis=1) * has_pool[None, :, None]
        self.experience = np.zeros(staff_shape, dtype=F32)  # hours of task experience held per unit
        self.productivity = np.ones(staff_shape, dtype=F32)  # task hours per FTE-week, learning included
        self.capacity = np.zeros(staff_shape, dtype=F32)  # task hours per week
        self.local_capacity = np.zeros(shape, dtype=F32)  # contiguous copies for the weekly loop
        self.pool_capacity = np.zeros((skills, variants, replications), dtype=F32)
        self.scratch = np.empty(shape, dtype=F32)  # weekly temporaries, allocated once
        self.staff_scratch = np.empty(staff_shape, dtype=F32)
        self.hires = np.empty(staff_shape, dtype=F32)

        self.yearly = {name: np.zeros((variants, replications, self.years)) for name in METRIC_NAMES}
        self.all_members = bool(self.member_mask.all())
        self.any_pool = bool(has_pool.any())
        # The pool step only touches scenarios that have a pool (a contiguous range when possible,
        # as in a comparison that lists OWN first or last), so OWN costs nothing there.
        pooled_indices = np.flatnonzero(has_pool)
        if self.any_pool and pooled_indices[-1] - pooled_indices[0] + 1 == len(pooled_indices):
            self.pooled = slice(int(pooled_indices[0]), int(pooled_indices[-1]) + 1)
        else:
            self.pooled = slice(None)
        self.pooled_backlog = self.backlog[:, :, self.pooled]
        self.pooled_scratch = self.scratch[:, :, self.pooled]
        self.pooled_capacity = self.pool_capacity[:, self.pooled]
        self.pooled_served_month = self.served_pool_month[:, :, self.pooled]

    # ---- the run

    def run(self, observe: WeekObserver | None = None) -> BatchOutput:
        self._refresh_capacity()
        week = 0
        for year in range(self.years):
            self._start_year(year)
            if year > 0:
                self._rebase_clock()
            members = self.member_mask[year][None, :, :, None]
            arrivals = weekly_task_hours(self.expected[year], self.demand, self.volume, self.rng)
            for week_of_year in range(WEEKS_PER_YEAR):  # arrivals: [52, K, M, R] float32
                self._arrive(week, arrivals[week_of_year][:, :, None, :])
                self._serve_locally()
                if self.any_pool:
                    self._serve_from_pool(members)
                self._record_week()
                if observe is not None:
                    observe(week, self.backlog)
                if (week + 1) % WEEKS_PER_MONTH == 0:
                    departed = self.arrived - self.backlog
                    self._check_deadlines(week, departed)
                    self._outsource_old_work(week, departed)
                    self._book_month()
                    self._staff_month(year)
                week += 1
            self._close_year(year)
        return BatchOutput(yearly=self.yearly, totals=self._totals())

    def _start_year(self, year: int) -> None:
        if year > 0:
            self._hand_over_at_join(year)
        self._refresh_learning()
        self._refresh_capacity()
        variants, replications = self.variants, self.replications
        self.intake = np.zeros((variants, replications))
        self.backlog_sum = np.zeros((variants, replications))
        self.late = np.zeros((variants, replications))
        self.due = np.zeros((variants, replications))
        self.served_year = np.zeros((variants, replications))
        self.capacity_year = np.zeros((variants, replications))
        self.fte_weeks = np.zeros((variants, replications))
        self.pool_fte_weeks = np.zeros((variants, replications))
        self.outsourced_year = np.zeros((variants, replications))

    def _rebase_clock(self) -> None:
        """Move the FIFO clock back so that this week's cumulative arrivals read zero.

        Deadlines and outsourcing only compare clock readings with each other, so the shift
        changes nothing but the rounding: float32 keeps about seven digits, and a clock that ran
        on from 2025 would lose whole hours of a week's work after some hundred years of it.
        """
        shift = self.arrived.copy()
        self.arrived_before += shift
        self.ring -= shift
        self.origin -= shift
        # ``arrived`` is a view of the ring slot of the last week, which now reads zero.

    def _arrive(self, week: int, week_hours: np.ndarray) -> None:
        """New task hours join the queues and advance the FIFO clock."""
        new_work = week_hours if self.unit_scale else week_hours * self.demand_scale
        self.backlog += new_work
        self.arrived = np.add(self.arrived, new_work, out=self.ring[week % self.ring_length])
        self.intake += week_hours.sum(axis=(0, 1)) * self.demand_scale

    def _serve_locally(self) -> None:
        """Local staff serve their own municipality first."""
        served = np.minimum(self.backlog, self.local_capacity, out=self.scratch)
        self.backlog -= served
        self.served_local_month += served

    def _serve_from_pool(self, members: np.ndarray) -> None:
        """The pool serves the members' remaining work, each in proportion to its backlog."""
        asking = (
            self.pooled_backlog
            if self.all_members
            else np.multiply(self.pooled_backlog, members[:, :, self.pooled], out=self.pooled_scratch)
        )
        asked = asking.sum(axis=1)  # [K, G, R]
        share = np.minimum(1.0, self.pooled_capacity / np.maximum(asked, 1e-6))
        pool_served = np.multiply(asking, share[:, None], out=self.pooled_scratch)
        self.pooled_backlog -= pool_served
        self.pooled_served_month += pool_served

    def _record_week(self) -> None:
        self.backlog_sum += self.backlog.sum(axis=(0, 1))

    def _check_deadlines(self, week: int, departed: np.ndarray) -> None:
        """Deadlines are checked at the end of each four-week period: the work whose deadline
        fell in the period and is still waiting is late."""
        ring, ring_length = self.ring, self.ring_length
        for skill, deadline in enumerate(self.deadlines):
            last_cohort = week - deadline
            if last_cohort < 0:
                continue
            upto = ring[last_cohort % ring_length, skill]
            first_cohort = last_cohort - WEEKS_PER_MONTH
            before = ring[first_cohort % ring_length, skill] if first_cohort >= 0 else self.origin[skill]
            falling_due = upto - before
            still_waiting = np.maximum(upto - departed[skill], 0.0)
            np.minimum(still_waiting, falling_due, out=still_waiting)
            self.late += still_waiting.sum(axis=0)
            self.due += falling_due.sum(axis=0)

    def _outsource_old_work(self, week: int, departed: np.ndarray) -> None:
        """Work older than the limit leaves the regional queue and is hired in externally."""
        if self.outsource_after is None:
            return
        limit_week = week - self.outsource_after
        if limit_week >= 0:
            too_old = np.maximum(self.ring[limit_week % self.ring_length] - departed, 0.0)
            np.minimum(too_old, self.backlog, out=too_old)  # rounding never takes more than waits
            self.backlog -= too_old
            self.outsourced_total += too_old
            self.outsourced_year += too_old.sum(axis=(0, 1))

    def _book_month(self) -> None:
        """Hours served, capacity and staff of the past four weeks go into the year's figures."""
        self.served_year += self.served_local_month.sum(axis=(0, 1)) + self.served_pool_month.sum(axis=(0, 1))
        self.served_total += self.served_local_month
        self.served_total += self.served_pool_month
        self.capacity_year += WEEKS_PER_MONTH * self.capacity.sum(axis=(0, 1))
        fte = self.experienced + self.new_hires
        self.fte_weeks += WEEKS_PER_MONTH * fte.sum(axis=(0, 1))
        self.pool_fte_weeks += WEEKS_PER_MONTH * fte[:, self.pool_unit].sum(axis=0)

    def _staff_month(self, year: int) -> None:
        """Hiring, ramp-up, attrition and experience at the end of a four-week period."""
        experienced, new_hires, hires = self.experienced, self.new_hires, self.hires
        # Vacancies are filled at the monthly hazard, within the regional hiring limit.
        np.subtract(self.local_targets[year][..., None], experienced, out=hires)
        hires -= new_hires
        np.maximum(hires, 0.0, out=hires)
        hires *= self.fill
        total_hires = hires.sum(axis=(0, 1))  # [G, R]: everyone fishes in the same pond
        hires *= np.minimum(1.0, self.hire_cap / np.maximum(total_hires, 1e-9))[None, None]
        np.multiply(new_hires, self.convert, out=self.staff_scratch)  # new hires who finished ramping up
        keep = 1.0 - self.attrition[None, None]
        experienced += self.staff_scratch
        experienced *= keep
        new_hires -= self.staff_scratch
        new_hires *= keep
        new_hires += hires
        # Leavers take their knowledge with them; work done this month adds to it.
        self.experience[...] *= keep
        self.experience[:, : self.municipalities] += self.served_local_month
        self.experience[:, self.pool_unit] += self.served_pool_month.sum(axis=1)
        self._refresh_capacity()
        self.served_local_month[...] = 0.0
        self.served_pool_month[...] = 0.0

    def _hand_over_at_join(self, year: int) -> None:
        """Municipalities that join this year hand their staff above the local target to the pool."""
        joined = (self.member_mask[year] - self.member_mask[year - 1])[None, :, :, None]
        if not joined.any():
            return
        municipalities = self.municipalities
        local = self.experienced[:, :municipalities]
        excess = np.maximum(local - self.local_targets[year, :, :municipalities, :, None], 0.0) * joined
        self.experienced[:, :municipalities] -= excess
        self.experienced[:, self.pool_unit] += excess.sum(axis=1) * self.has_pool[None, :, None]

    def _refresh_capacity(self) -> None:
        capacity = self.capacity
        np.multiply(self.new_hires, self.new_productivity, out=capacity)
        np.add(capacity, self.experienced, out=capacity)
        np.multiply(capacity, self.productivity, out=capacity)
        self.local_capacity[...] = capacity[:, : self.municipalities]
        self.pool_capacity[...] = capacity[:, self.pool_unit]

    def _refresh_learning(self) -> None:
        """Effort per task falls by the progress ratio per doubling of experience (Wright's law)."""
        gain = np.power(1.0 + self.experience / self.learning_reference, self.learning_exponent, dtype=F32)
        np.minimum(gain, self.learning_cap, out=gain)
        np.multiply(gain, self.hours_per_week * self.unit_efficiency, out=self.productivity)

    def _close_year(self, year: int) -> None:
        yearly, intake = self.yearly, self.intake
        with np.errstate(invalid="ignore", divide="ignore"):
            yearly["backlog_hours"][..., year] = self.backlog.sum(axis=(0, 1))
            yearly["waiting_weeks"][..., year] = self.backlog_sum / intake
            yearly["on_time_share"][..., year] = np.where(self.due > 0, 1.0 - self.late / self.due, np.nan)
            yearly["utilisation"][..., year] = self.served_year / self.capacity_year
            yearly["cost_eur"][..., year] = (
                self.fte_weeks * self.fte_cost_week
                + self.outsourced_year * self.external_rate
                + self.pool_fixed[:, None]
            )
            yearly["outsourced_share"][..., year] = self.outsourced_year / intake
        yearly["knowledge_fte_years"][..., year] = self.experience.sum(axis=(0, 1)) / (
            self.hours_per_week * WEEKS_PER_YEAR
        )
        yearly["staff_fte"][..., year] = self.fte_weeks / WEEKS_PER_YEAR
        yearly["pool_fte"][..., year] = self.pool_fte_weeks / WEEKS_PER_YEAR

    def _totals(self) -> list[Totals]:
        shape = self.shape
        return [
            Totals(
                arrived=np.broadcast_to(self.arrived_before + self.arrived, shape)[:, :, g].copy(),
                served=self.served_total[:, :, g].copy(),
                waiting=self.backlog[:, :, g].astype(float),
                outsourced=self.outsourced_total[:, :, g].copy(),
            )
            for g in range(self.variants)
        ]
