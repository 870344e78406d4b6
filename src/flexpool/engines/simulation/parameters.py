"""Inputs of the design-workshop simulator: plain frozen dataclasses, no I/O.

Defaults are workshop starting points, not measurements; ``docs/simulation-model.md`` gives
the reasoning behind each one. Facilitators change them per region.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class OrganisationModel(StrEnum):
    """How the municipalities of a region organise their heat-transition staff."""

    OWN = "own"  # every municipality on its own
    FLEXPOOL = "flexpool"  # own staff in whole positions, a regional pool on call for the rest
    EXPERT_TEAM = "expert_team"  # specialists pooled, project leaders and participation local
    ENERGY_SERVICE_CENTRE = "energy_service_centre"  # one regional organisation does all the work


class Skill(IntEnum):
    """Skill profile a task needs. The index is the position in the skill axis of all arrays."""

    PROJECT_LEADER = 0  # process skills: transfer well across municipalities and domains
    SPECIALIST = 1  # content knowledge (heat techniques, law, finance): back stage, pools well
    LOCAL_PARTICIPATION = 2  # front stage, resident-facing: needs local ties, pools poorly


SKILL_COUNT = len(Skill)

# Which skills each model serves from the regional pool, and whether the municipality still
# keeps the whole positions it can fill itself (FLEXPOOL) or hands the skill over completely.
POOLED_SKILLS: dict[OrganisationModel, frozenset[Skill]] = {
    OrganisationModel.OWN: frozenset(),
    OrganisationModel.FLEXPOOL: frozenset(Skill),
    OrganisationModel.EXPERT_TEAM: frozenset({Skill.SPECIALIST}),
    OrganisationModel.ENERGY_SERVICE_CENTRE: frozenset(Skill),
}
KEEPS_LOCAL_POSITIONS: dict[OrganisationModel, bool] = {
    OrganisationModel.OWN: True,
    OrganisationModel.FLEXPOOL: True,
    OrganisationModel.EXPERT_TEAM: False,
    OrganisationModel.ENERGY_SERVICE_CENTRE: False,
}


@dataclass(frozen=True)
class MunicipalityProfile:
    """A municipality (gemeente) with its real size; the demand for work scales with it."""

    code: str  # CBS code, e.g. "GM0106"
    name: str
    population: int
    dwellings: int


@dataclass(frozen=True)
class DemandAssumptions:
    """How the heat-transition phases turn into tasks. Shared by the scenarios being compared,
    so that they face exactly the same random demand (common random numbers)."""

    start_year: int = 2025
    end_year: int = 2050  # inclusive: 26 years of 52 weeks = 1,352 weekly steps
    # Warmteprogramma (successor of the Transitievisie Warmte): revised every five years; the
    # work falls in the two years before each due year.
    heat_programme_due_years: tuple[int, ...] = (2026, 2031, 2036, 2041, 2046)
    heat_programme_lead_years: int = 2
    heat_programme_base_hours: float = 1_200.0
    heat_programme_hours_per_1000_inhabitants: float = 20.0
    heat_programme_skill_mix: tuple[float, float, float] = (0.5, 0.4, 0.1)
    # Wijkuitvoeringsplannen: one per neighbourhood, started in a wave (start, peak, end year).
    dwellings_per_neighbourhood: float = 1_500.0
    neighbourhood_plan_hours: float = 1_600.0
    neighbourhood_plan_wave: tuple[int, int, int] = (2025, 2030, 2040)
    neighbourhood_plan_skill_mix: tuple[float, float, float] = (0.4, 0.3, 0.3)
    # Execution per neighbourhood follows its plan after a delay and takes several years.
    execution_hours_per_dwelling: float = 1.5
    execution_delay_years: int = 2
    execution_years: int = 5
    execution_skill_mix: tuple[float, float, float] = (0.5, 0.15, 0.35)
    # Standing work: policy, council questions, regional meetings.
    baseline_hours_per_year: float = 300.0
    baseline_hours_per_1000_inhabitants: float = 10.0
    baseline_skill_mix: tuple[float, float, float] = (0.6, 0.3, 0.1)
    # Task sizes per skill (hours); gamma distributed with this shape (shape 2: CV about 0.7).
    mean_task_hours: tuple[float, float, float] = (240.0, 120.0, 160.0)
    task_hours_shape: float = 2.0
    # Uncertainty in the total volume of work, per replication (lognormal, mean 1).
    volume_uncertainty: float = 0.15

    @property
    def years(self) -> int:
        return self.end_year - self.start_year + 1


@dataclass(frozen=True)
class ScenarioParameters:
    """One scenario for a design workshop: an organisation model, a pool size and the staff
    dynamics. All fields except ``demand``, ``deadline_weeks`` and ``outsource_after_weeks`` may
    differ between scenarios that are simulated together."""

    organisation: OrganisationModel = OrganisationModel.FLEXPOOL
    demand: DemandAssumptions = field(default_factory=DemandAssumptions)
    demand_scale: float = 1.0  # the job turns out this much bigger than planned (staff plans stay)

    # Sizing. Staff are planned each year from the expected need (hours / productive hours).
    staffing_ratio: float = 1.0  # planned staff / expected need
    pool_fte: float | None = None  # regional pool size; None sizes it to the pooled need
    pool_initial_share: float = 1.0  # start small (< 1) or big (1) ...
    pool_growth_years: float = 0.0  # ... and grow linearly to the full size in this many years
    initial_staffing_share: float = 0.8  # municipalities start 2025 with this share of their need
    position_granularity_fte: float = 0.5  # a municipality hires in steps of this size

    # Who joins when: start with the willing, the others join after some years.
    founding_members: tuple[str, ...] | None = None  # municipality codes; None = all from the start
    late_join_after_years: int = 3

    # Labour market and staff dynamics.
    productive_hours_per_fte: float = 1_400.0
    annual_attrition: float = 0.10
    attrition_uncertainty: float = 0.2  # lognormal sigma of the attrition rate per replication
    vacancy_fill_weeks_small: float = 30.0  # small municipalities pay less and offer less growth
    vacancy_fill_weeks_large: float = 16.0  # large municipalities and regional organisations
    small_municipality_population: int = 50_000
    labour_market_uncertainty: float = 0.3  # lognormal sigma of the fill speed per replication
    regional_hires_per_100k_inhabitants_per_year: float = 4.0  # "the same pond" for everyone
    ramp_up_weeks: float = 26.0
    new_hire_productivity: float = 0.5

    # Learning by reusing knowledge: effort per task falls by this ratio for each doubling of
    # the experience an organisation holds (a municipality, or the pool for all members).
    learning_progress_ratio: float = 0.9
    learning_reference_hours: float = 2_000.0
    learning_max_gain: float = 1.3

    # Pooled work costs extra: coordination (broker, intake, agreements) and travel.
    coordination_overhead: float = 0.10
    travel_share: float = 0.05
    pooled_front_stage_efficiency: float = 0.75  # pool staff lack local ties for resident work

    # Deadlines and outsourcing (shared by scenarios simulated together).
    deadline_weeks: tuple[int, int, int] = (26, 13, 26)  # per skill: from request to done
    # Older work leaves the regional queue (external hire); None: never, the work keeps waiting.
    outsource_after_weeks: int | None = 52

    # Money.
    annual_cost_per_fte: float = 95_000.0
    external_hourly_rate: float = 140.0
    pool_fixed_cost_per_year: float = 120_000.0  # coordinator/broker, systems, meetings

    def batch_key(self) -> tuple[object, ...]:
        """Scenarios with equal keys share one vectorised run and the same random demand."""
        return (self.demand, self.deadline_weeks, self.outsource_after_weeks)
