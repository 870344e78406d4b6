"""Writes of the design workshops: create a workshop, start a run, compute it in the background."""

from __future__ import annotations

import math
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from flexpool.accounts.permissions import has_permission
from flexpool.core import audit, progress
from flexpool.core.errors import NotAllowed
from flexpool.core.models import TaskProgress
from flexpool.engines.simulation import (
    METRICS,
    MunicipalityProfile,
    OrganisationModel,
    ScenarioParameters,
    compare,
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
DEFAULT_SCENARIOS: list[dict[str, Any]] = [
    {"name": "Eigen organisatie", "organisation": "own", "pool_initial_share": 1.0, "pool_growth_years": 0},
    {"name": "Flexpool", "organisation": "flexpool", "pool_initial_share": 0.5, "pool_growth_years": 4},
    {"name": "Expertteam", "organisation": "expert_team", "pool_initial_share": 1.0, "pool_growth_years": 0},
    {
        "name": "Energieservicecentrum",
        "organisation": "energy_service_centre",
        "pool_initial_share": 1.0,
        "pool_growth_years": 0,
    },
]
SENSITIVITY_METRIC = "on_time_share"
SENSITIVITY_REPLICATIONS = 100


def _check(actor: Any, permission: str) -> None:
    if not has_permission(actor, permission):
        raise NotAllowed(_("U mag geen ontwerpateliers doorrekenen."))


@transaction.atomic
def create_workshop(
    *, actor: Any, name: str, region_code: str = "", municipality_codes: list[str] | None = None
) -> Workshop:
    _check(actor, "scenario.run")
    errors: dict[str, list[str]] = {}
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
    workshop = Workshop.objects.create(name=name, region=region, created_by=actor)
    workshop.municipalities.set(municipalities)
    audit.record(
        actor=actor,
        action="atelier.aangemaakt",
        obj=workshop,
        changes={"region": region_code, "municipalities": [m.code for m in municipalities]},
    )
    return workshop


def clean_scenarios(scenarios: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Check and normalise the scenarios of a run; raises ValidationError per field."""
    errors: dict[str, list[str]] = {}
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
        cleaned.append(
            {
                "name": name,
                "organisation": organisation,
                "pool_fte": float(pool_fte) if pool_fte not in (None, "") else None,
                "pool_initial_share": share,
                "pool_growth_years": growth,
                "staffing_ratio": float(staffing_ratio or 1.0),
            }
        )
    if errors:
        raise ValidationError(errors)
    return cleaned


def start_run(
    *, workshop: Workshop, actor: Any, scenarios: list[dict[str, Any]], replications: int | None = None
) -> ScenarioRun:
    from flexpool.scenarios.tasks import run_scenarios_task

    _check(actor, "scenario.run")
    cleaned = clean_scenarios(scenarios)
    if replications is not None and not 10 <= replications <= 2000:
        raise ValidationError({"replications": [_("Kies 10 tot 2000 herhalingen.")]})
    with transaction.atomic():
        if replications is not None and replications != workshop.replications:
            workshop.replications = replications
            workshop.save(update_fields=["replications"])
        tracker = TaskProgress.objects.create(kind="ontwerpatelier", owner=actor)
        run = ScenarioRun.objects.create(workshop=workshop, progress=tracker, scenarios=cleaned)
        audit.record(
            actor=actor,
            action="atelier.doorrekening_gestart",
            obj=run,
            changes={"scenarios": [s["name"] for s in cleaned], "replications": workshop.replications},
        )
        transaction.on_commit(lambda: run_scenarios_task.enqueue(run.pk))
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
    return ScenarioParameters(
        organisation=OrganisationModel(scenario["organisation"]),
        pool_fte=scenario.get("pool_fte"),
        pool_initial_share=scenario["pool_initial_share"],
        pool_growth_years=scenario["pool_growth_years"],
        staffing_ratio=scenario.get("staffing_ratio") or 1.0,
    )


def compute_run(run_id: int) -> ScenarioRun:
    run = ScenarioRun.objects.select_related("workshop__region", "progress").get(pk=run_id)
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
        progress.advance(tracker, 0.6, "Gevoeligheid berekenen")
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
