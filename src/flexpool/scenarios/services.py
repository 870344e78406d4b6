"""Writes of the design workshops: create a workshop, start a run, compute it in the background."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from flexpool.accounts.permissions import has_permission, workshop_pool_ids
from flexpool.core import audit, progress
from flexpool.core.errors import NotAllowed
from flexpool.core.models import TaskProgress
from flexpool.core.progress import enqueue_on_commit
from flexpool.engines.simulation import (
    METRICS,
    DemandAssumptions,
    MunicipalityProfile,
    OrganisationModel,
    ScenarioParameters,
    compare,
    pool_size_curve,
    sensitivity,
)
from flexpool.regions.models import Municipality, Region
from flexpool.scenarios.models import ScenarioRun, Workshop

# The metrics the workshop shows, in this order, with Dutch labels (translated on the page).
KEY_METRICS: dict[str, str] = {
    "on_time_share": gettext_noop("Op tijd afgerond (aandeel)"),
    "waiting_weeks": gettext_noop("Wachttijd (weken)"),
    "backlog_hours": gettext_noop("Werkvoorraad eind van het jaar (uren)"),
    "utilisation": gettext_noop("Bezetting (aandeel)"),
    "cost_eur": gettext_noop("Kosten per jaar (euro)"),
    "knowledge_fte_years": gettext_noop("Behouden kennis (fte-jaren)"),
}
ORGANISATION_LABELS: dict[str, str] = {
    OrganisationModel.OWN: gettext_noop("Iedere gemeente zelf"),
    OrganisationModel.FLEXPOOL: gettext_noop("Flexpool"),
    OrganisationModel.EXPERT_TEAM: gettext_noop("Regionaal expertteam"),
    OrganisationModel.ENERGY_SERVICE_CENTRE: gettext_noop("Regionaal energieservicecentrum"),
}
FACTOR_LABELS: dict[str, str] = {
    "demand_scale": gettext_noop("Omvang van het werk ±20%"),
    "staffing_ratio": gettext_noop("Geplande bezetting t.o.v. behoefte ±20%"),
    "annual_attrition": gettext_noop("Verloop 6% – 15% per jaar"),
    "vacancy_fill_weeks_small": gettext_noop("Tijd om een vacature te vullen, kleine gemeente"),
    "vacancy_fill_weeks_large": gettext_noop("Tijd om een vacature te vullen, grote werkgever"),
    "regional_hires_per_100k_inhabitants_per_year": gettext_noop("Regionale arbeidsmarkt"),
    "ramp_up_weeks": gettext_noop("Inwerktijd nieuwe medewerkers 13 – 52 weken"),
    "learning_progress_ratio": gettext_noop("Leereffect"),
    "coordination_overhead": gettext_noop("Coördinatielast 5% – 20%"),
    "travel_share": gettext_noop("Reistijd 2% – 10%"),
    "pooled_front_stage_efficiency": gettext_noop("Efficiëntie pool bij bewonerswerk"),
}
# The defaults put "start big" and "start small and grow" side by side: the small start begins
# with half the pool and the willing (the largest municipalities, see ``willing_founders``).
DEFAULT_SCENARIOS: list[dict[str, Any]] = [
    {"name": "Eigen organisatie", "organisation": "own", "pool_initial_share": 1.0, "pool_growth_years": 0},
    {
        "name": "Flexpool, groot starten",
        "organisation": "flexpool",
        "pool_initial_share": 1.0,
        "pool_growth_years": 0,
    },
    {
        "name": "Flexpool, klein starten",
        "organisation": "flexpool",
        "pool_initial_share": 0.5,
        "pool_growth_years": 4,
        "founders": "willing",
        "late_join_after_years": 3,
    },
    {"name": "Expertteam", "organisation": "expert_team", "pool_initial_share": 1.0, "pool_growth_years": 0},
]
DEFAULT_SERVICE_LEVEL = 0.9  # share of work done on time that the pool-size curve aims for
POOL_CURVE_FACTORS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)  # times the pool sized to the need
POOL_CURVE_REPLICATIONS = 200
SENSITIVITY_METRIC = "on_time_share"
SENSITIVITY_REPLICATIONS = 100


def _check(actor: Any, permission: str) -> None:
    if not has_permission(actor, permission):
        raise NotAllowed(_("U mag geen ontwerpateliers doorrekenen."))


@transaction.atomic
def create_workshop(
    *,
    actor: Any,
    name: str,
    region_code: str = "",
    municipality_codes: list[str] | None = None,
    pool_id: int | str | None = None,
) -> Workshop:
    """A new workshop. It belongs to one of the actor's pools (``pool_id``, or the first one)."""
    _check(actor, "scenario.run")
    errors: dict[str, list[str]] = {}
    allowed = workshop_pool_ids(actor)
    pool: int | None = None
    if pool_id not in (None, ""):
        try:
            pool = int(pool_id)
        except (TypeError, ValueError):
            pool = None
        if pool not in allowed:
            errors["pool"] = [_("Kies een pool waarvoor u werkt.")]
    elif allowed:
        pool = allowed[0]
    name = (name or "").strip()
    if not name:
        errors["name"] = [_("Geef het atelier een naam.")]
    region = None
    if region_code:
        region = Region.objects.filter(code=region_code).first()
        if region is None:
            errors["region"] = [_("Kies een bestaande RES-regio.")]
        municipalities = list(Municipality.objects.filter(region=region)) if region else []
    else:
        codes = sorted(set(municipality_codes or []))
        municipalities = list(Municipality.objects.filter(code__in=codes))
        if not codes:
            errors["region"] = [_("Kies een RES-regio of gemeenten.")]
        elif len(municipalities) != len(codes):
            errors["municipalities"] = [_("Onbekende gemeentecode.")]
    if errors:
        raise ValidationError(errors)
    workshop = Workshop.objects.create(name=name, region=region, pool_id=pool, created_by=actor)
    workshop.municipalities.set(municipalities)
    audit.record(
        actor=actor,
        action="atelier.aangemaakt",
        obj=workshop,
        changes={
            "region": region_code,
            "pool": pool,
            "municipalities": [m.code for m in municipalities],
        },
    )
    return workshop


def willing_founders(municipalities: list[Any]) -> list[str]:
    """The largest municipalities that together hold at least half the inhabitants."""
    ordered = sorted(municipalities, key=lambda m: (-m.population, m.code))
    founders: list[str] = []
    total, covered = sum(m.population for m in ordered), 0
    for m in ordered:
        if covered * 2 >= total and founders:
            break
        founders.append(m.code)
        covered += m.population
    return founders


def clean_scenarios(
    scenarios: list[dict[str, Any]], municipality_codes: list[str] | None = None
) -> list[dict[str, Any]]:
    """Check and normalise the scenarios of a run; raises ValidationError per field.

    ``founders`` lists the municipalities that start; the others join after
    ``late_join_after_years``. Empty or all of them: everyone starts together."""
    errors: dict[str, list[str]] = {}
    known = set(municipality_codes or [])
    if not 2 <= len(scenarios) <= 4:
        errors["scenarios"] = [_("Kies twee tot vier scenario's.")]
    cleaned, names = [], set()
    for index, raw in enumerate(scenarios):
        prefix = f"s{index}"
        name = str(raw.get("name", "")).strip()[:60]
        if not name:
            errors.setdefault(f"{prefix}-name", []).append(_("Geef het scenario een naam."))
        elif name in names:
            errors.setdefault(f"{prefix}-name", []).append(_("Elk scenario heeft een eigen naam nodig."))
        names.add(name)
        organisation = raw.get("organisation", "")
        if organisation not in OrganisationModel._value2member_map_:
            errors.setdefault(f"{prefix}-organisation", []).append(_("Kies een organisatievorm."))
        try:
            share = float(raw.get("pool_initial_share", 1.0))
            if not 0.0 < share <= 1.0:
                raise ValueError
        except (TypeError, ValueError):
            errors.setdefault(f"{prefix}-pool_initial_share", []).append(
                _("Het startaandeel ligt tussen 0 en 1.")
            )
            share = 1.0
        try:
            growth = float(raw.get("pool_growth_years", 0))
            if not 0.0 <= growth <= 25.0:
                raise ValueError
        except (TypeError, ValueError):
            errors.setdefault(f"{prefix}-pool_growth_years", []).append(_("Groeijaren: 0 tot 25."))
            growth = 0.0
        pool_fte = raw.get("pool_fte")
        staffing_ratio = raw.get("staffing_ratio", 1.0)
        founders = sorted(set(raw.get("founders") or []))
        if known and not set(founders) <= known:
            errors.setdefault(f"{prefix}-founders", []).append(_("Kies gemeenten uit dit atelier."))
        elif founders and organisation == OrganisationModel.OWN:
            founders = []  # on its own nobody joins anything
        if known and set(founders) == known:
            founders = []  # everyone starts: no late joiners
        try:
            join_after = int(raw.get("late_join_after_years", 3))
            if not 1 <= join_after <= 20:
                raise ValueError
        except (TypeError, ValueError):
            errors.setdefault(f"{prefix}-late_join_after_years", []).append(_("Aansluiten na 1 tot 20 jaar."))
            join_after = 3
        demand = _clean_demand(raw.get("demand"))
        if demand is None:
            errors.setdefault(f"{prefix}-demand", []).append(_("De eigen gegevens zijn niet bruikbaar."))
            demand = {}
        cleaned.append(
            {
                "name": name,
                "organisation": organisation,
                "pool_fte": float(pool_fte) if pool_fte not in (None, "") else None,
                "pool_initial_share": share,
                "pool_growth_years": growth,
                "staffing_ratio": float(staffing_ratio or 1.0),
                "founders": founders,
                "late_join_after_years": join_after,
                **({"demand": demand} if demand else {}),
            }
        )
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_demand(raw: Any) -> dict[str, Any] | None:
    """Fitted demand values (see calibration.py); {} for none, None when they make no sense."""
    if not raw:
        return {}
    try:
        hours = [float(h) for h in raw["mean_task_hours"]]
        shape = float(raw["task_hours_shape"])
    except (KeyError, TypeError, ValueError):
        return None
    if len(hours) != 3 or not all(0 < h <= 10_000 for h in hours) or not 0.05 <= shape <= 100:
        return None
    return {"mean_task_hours": hours, "task_hours_shape": shape}


def start_run(
    *,
    workshop: Workshop,
    actor: Any,
    scenarios: list[dict[str, Any]],
    replications: int | None = None,
    service_level: float = DEFAULT_SERVICE_LEVEL,
) -> ScenarioRun:
    from flexpool.scenarios.tasks import run_scenarios_task

    _check(actor, "scenario.run")
    codes = list(workshop.municipalities.values_list("code", flat=True))
    cleaned = clean_scenarios(scenarios, codes)
    if replications is not None and not 10 <= replications <= 2000:
        raise ValidationError({"replications": [_("Kies 10 tot 2000 herhalingen.")]})
    if not 0.5 <= service_level <= 0.99:
        raise ValidationError({"service_level": [_("Kies een serviceniveau van 50% tot 99%.")]})
    with transaction.atomic():
        if replications is not None and replications != workshop.replications:
            workshop.replications = replications
            workshop.save(update_fields=["replications"])
        tracker = TaskProgress.objects.create(kind="ontwerpatelier", owner=actor)
        run = ScenarioRun.objects.create(
            workshop=workshop, progress=tracker, scenarios=cleaned, service_level=service_level
        )
        audit.record(
            actor=actor,
            action="atelier.doorrekening_gestart",
            obj=run,
            changes={
                "scenarios": [s["name"] for s in cleaned],
                "replications": workshop.replications,
                "service_level": service_level,
            },
        )
        enqueue_on_commit(run_scenarios_task, tracker, run.pk)
    return run


@transaction.atomic
def save_next_steps(*, workshop: Workshop, actor: Any, text: str) -> Workshop:
    _check(actor, "scenario.run")
    old = workshop.next_steps
    workshop.next_steps = (text or "").strip()
    workshop.save(update_fields=["next_steps"])
    audit.record(
        actor=actor,
        action="atelier.volgende_stappen",
        obj=workshop,
        changes={"next_steps": [old, workshop.next_steps]},
    )
    return workshop


def _numbers(values) -> list[float | None]:
    return [None if math.isnan(float(v)) else round(float(v), 4) for v in values]


def _number(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 4)


def _parameters(scenario: dict[str, Any]) -> ScenarioParameters:
    demand = scenario.get("demand") or {}
    return ScenarioParameters(
        demand=DemandAssumptions(
            mean_task_hours=tuple(demand["mean_task_hours"]),
            task_hours_shape=demand["task_hours_shape"],
        )
        if demand
        else DemandAssumptions(),
        organisation=OrganisationModel(scenario["organisation"]),
        pool_fte=scenario.get("pool_fte"),
        pool_initial_share=scenario["pool_initial_share"],
        pool_growth_years=scenario["pool_growth_years"],
        staffing_ratio=scenario.get("staffing_ratio") or 1.0,
        founding_members=tuple(scenario["founders"]) if scenario.get("founders") else None,
        late_join_after_years=int(scenario.get("late_join_after_years", 3)),
    )


DIFFERENCE_METRICS = ("on_time_share", "waiting_weeks", "cost_eur")


def _difference(comparison, metric: str, name: str, baseline: str) -> dict[str, float | None]:
    """Paired difference with the first scenario over the horizon (costs per year)."""
    row = comparison.difference(metric, name, baseline)
    scale = 1.0 / len(comparison.results[name].years) if metric == "cost_eur" else 1.0
    return {"p10": _number(row.p10 * scale), "p50": _number(row.p50 * scale), "p90": _number(row.p90 * scale)}


def _pool_curve(
    region, run: ScenarioRun, params: dict, comparison, workshop: Workshop
) -> dict[str, Any] | None:
    """Pool-size curve for the first scenario with a pool, around the pool sized to the need."""
    name = next((n for n in comparison.names if params[n].organisation is not OrganisationModel.OWN), None)
    if name is None:
        return None
    sized = float(np.nanmean(comparison.results[name].band("pool_fte").p50))
    if not sized > 0:
        return None
    sizes = sorted({max(0.5, round(f * sized * 2) / 2) for f in POOL_CURVE_FACTORS})
    curve = pool_size_curve(
        region,
        params[name],
        sizes,
        run.service_level,
        replications=min(POOL_CURVE_REPLICATIONS, workshop.replications),
        seed=workshop.seed,
    )
    return {
        "scenario": name,
        "service_level": run.service_level,
        "sized_fte": round(sized, 2),
        "smallest_fte": curve.smallest_fte,
        "points": [
            {
                "fte": p.pool_fte,
                "on_time_share": [_number(v) for v in p.on_time_share],
                "waiting_weeks": [_number(v) for v in p.waiting_weeks],
                "cost_eur": [_number(v) for v in p.cost_eur_per_year],
            }
            for p in curve.points
        ],
    }


def compute_run(run_id: int) -> ScenarioRun:
    run = ScenarioRun.objects.select_related("workshop__region", "progress").get(pk=run_id)
    if run.progress is not None and run.progress.status == TaskProgress.Status.DONE:
        return run  # run again after its worker died, but it had finished
    workshop = run.workshop
    tracker = str(run.progress_id)
    progress.start(tracker, "Gemeenten ophalen")
    try:
        region = [
            MunicipalityProfile(m.code, m.name, m.population, m.dwellings)
            for m in workshop.municipalities.order_by("code")
        ]
        if not region:
            raise ValueError("Het atelier heeft geen gemeenten.")
        params = {s["name"]: _parameters(s) for s in run.scenarios}
        progress.advance(tracker, 0.1, "Scenario's doorrekenen")
        comparison = compare(region, params, replications=workshop.replications, seed=workshop.seed)
        progress.advance(tracker, 0.5, "Poolomvang doorrekenen")
        curve = _pool_curve(region, run, params, comparison, workshop)
        progress.advance(tracker, 0.7, "Gevoeligheid berekenen")
        first = run.scenarios[0]["name"]
        bars = sensitivity(
            region,
            params[first],
            SENSITIVITY_METRIC,
            replications=min(SENSITIVITY_REPLICATIONS, workshop.replications),
            seed=workshop.seed,
        )
        progress.advance(tracker, 0.95, "Resultaten opslaan")
    except Exception as error:  # the facilitator must see that the run failed, and why
        progress.finish(tracker, {"error": str(error)}, failed=True, message=str(error)[:200])
        audit.record(
            actor=None, action="atelier.doorrekening_mislukt", obj=run, changes={"error": str(error)}
        )
        raise
    first_result = comparison.results[comparison.names[0]]
    run.results = {
        "years": [int(y) for y in first_result.years],
        "replications": workshop.replications,
        "municipalities": [m.name for m in region],
        "bands": {
            name: {
                metric: {
                    "p10": _numbers(result.band(metric).p10),
                    "p50": _numbers(result.band(metric).p50),
                    "p90": _numbers(result.band(metric).p90),
                }
                for metric in METRICS
            }
            for name, result in comparison.results.items()
        },
        "summary": {
            metric: [
                {"name": row.name, "p10": _number(row.p10), "p50": _number(row.p50), "p90": _number(row.p90)}
                for row in comparison.summary(metric)
            ]
            for metric in KEY_METRICS
        },
        "differences": {
            name: {
                metric: _difference(comparison, metric, name, comparison.names[0])
                for metric in DIFFERENCE_METRICS
            }
            for name in comparison.names[1:]
        },
        "pool_curve": curve,
        "tornado": {
            "scenario": first,
            "metric": SENSITIVITY_METRIC,
            "baseline": _number(bars[0].baseline) if bars else None,
            "bars": [
                {
                    "field": bar.factor.field,
                    "label": FACTOR_LABELS.get(bar.factor.field, bar.factor.label),
                    "low": _number(bar.output_at_low),
                    "high": _number(bar.output_at_high),
                }
                for bar in bars
            ],
        },
    }
    run.save(update_fields=["results"])
    progress.finish(tracker, {"scenarios": len(run.scenarios)}, message="Klaar")
    audit.record(
        actor=None,
        action="atelier.doorgerekend",
        obj=run,
        changes={"scenarios": [s["name"] for s in run.scenarios]},
    )
    return run
