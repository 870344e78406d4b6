"""Pages of the design workshop (ontwerpatelier): list, scenarios, run with progress, results, downloads."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import has_permission, scope_workshops, workshop_pool_ids
from flexpool.core.exports import dialect_from
from flexpool.engines.simulation import OrganisationModel
from flexpool.pool.models import Pool
from flexpool.regions.models import Region
from flexpool.scenarios import calibration, exports, presentation, services
from flexpool.scenarios.models import ScenarioRun, Workshop


def _errors(error: ValidationError) -> dict[str, list[str]]:
    return error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}


@requires("scenario.view")
def workshop_list(request):
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        try:
            workshop = services.create_workshop(
                actor=request.user,
                name=request.POST.get("name", ""),
                region_code=request.POST.get("region", ""),
                pool_id=request.POST.get("pool") or None,
            )
        except ValidationError as error:
            errors = _errors(error)
        else:
            messages.success(request, _("Atelier aangemaakt."))
            return redirect("workshop-detail", pk=workshop.pk)
    workshops = (
        scope_workshops(request.user, Workshop.objects.select_related("region", "pool", "created_by"))
        .annotate(
            municipality_count=Count("municipalities", distinct=True), run_count=Count("runs", distinct=True)
        )
        .order_by("-created_at", "-pk")
    )
    return render(
        request,
        "scenarios/list.html",
        {
            "workshops": workshops,
            "regions": Region.objects.all(),
            "pools": Pool.objects.filter(pk__in=workshop_pool_ids(request.user)).order_by("name"),
            "errors": errors,
            "form": request.POST if errors else {},
            "may_run": has_permission(request.user, "scenario.run"),
        },
    )


def _scenario_forms(municipalities: list, data=None) -> list[dict]:
    forms = []
    everyone = [m.code for m in municipalities]
    willing = services.willing_founders(municipalities)
    for index, default in enumerate(services.DEFAULT_SCENARIOS):
        prefix = f"s{index}"
        if data is not None:
            values = {
                "include": bool(data.get(f"{prefix}-include")),
                "name": data.get(f"{prefix}-name", ""),
                "organisation": data.get(f"{prefix}-organisation", ""),
                "share": data.get(f"{prefix}-share", ""),
                "growth": data.get(f"{prefix}-growth", ""),
                "founders": data.getlist(f"{prefix}-founders"),
                "join": data.get(f"{prefix}-join", ""),
            }
        else:
            values = {
                "include": True,
                "name": default["name"],
                "organisation": default["organisation"],
                "share": f"{default['pool_initial_share'] * 100:.0f}",
                "growth": f"{default['pool_growth_years']:g}",
                "founders": willing if default.get("founders") == "willing" else everyone,
                "join": str(default.get("late_join_after_years", 3)),
            }
        founders = set(values["founders"])
        values["late"] = bool(founders) and founders != set(everyone)
        forms.append(
            {
                "prefix": prefix,
                "number": index + 1,
                "values": values,
                "errors": {},
                "municipalities": [(m.code, m.name, m.code in founders) for m in municipalities],
            }
        )
    return forms


def _scenarios_from_post(data) -> tuple[list[dict], list[int]]:
    scenarios, positions = [], []
    for index in range(len(services.DEFAULT_SCENARIOS)):
        prefix = f"s{index}"
        if not data.get(f"{prefix}-include"):
            continue
        try:
            share = float(data.get(f"{prefix}-share", "").replace(",", ".")) / 100
        except ValueError:
            share = -1.0
        scenarios.append(
            {
                "name": data.get(f"{prefix}-name", ""),
                "organisation": data.get(f"{prefix}-organisation", ""),
                "pool_fte": None,
                "pool_initial_share": share,
                "pool_growth_years": data.get(f"{prefix}-growth", "").replace(",", ".") or 0,
                "staffing_ratio": 1.0,
                "founders": data.getlist(f"{prefix}-founders"),
                "late_join_after_years": data.get(f"{prefix}-join", "3").strip() or 3,
            }
        )
        positions.append(index)
    return scenarios, positions


def _workshop(user, pk: int) -> Workshop:
    return get_object_or_404(scope_workshops(user, Workshop.objects.select_related("region", "pool")), pk=pk)


@requires("scenario.view")
def workshop_detail(request, pk: int):
    workshop = _workshop(request.user, pk)
    municipalities = list(workshop.municipalities.order_by("name"))
    forms, errors = _scenario_forms(municipalities), {}
    replications = workshop.replications
    service_level = f"{services.DEFAULT_SERVICE_LEVEL * 100:.0f}"
    if request.method == "POST":
        if not has_permission(request.user, "scenario.run"):
            return HttpResponse(status=403)
        forms = _scenario_forms(municipalities, request.POST)
        scenarios, positions = _scenarios_from_post(request.POST)
        use_fitted = bool(request.POST.get("use_fitted"))
        fitted = calibration.fit_pool(workshop.pool_id) if use_fitted else None
        if use_fitted and not (fitted and fitted.usable):
            errors = {"use_fitted": [_("Er zijn te weinig eigen gegevens om mee te rekenen.")]}
        elif fitted:
            for scenario in scenarios:
                scenario["demand"] = fitted.demand_overrides()
        try:
            replications = int(request.POST.get("replications", workshop.replications))
        except ValueError:
            replications = -1
        service_level = request.POST.get("service_level", service_level)
        try:
            level = float(service_level.replace(",", ".")) / 100
        except ValueError:
            level = -1.0
        try:
            if errors:
                raise ValidationError(errors)
            run = services.start_run(
                workshop=workshop,
                actor=request.user,
                scenarios=scenarios,
                replications=replications,
                service_level=level,
            )
        except ValidationError as error:
            errors = _errors(error)
            for key, problems in list(errors.items()):
                if key.startswith("s") and "-" in key:
                    prefix, field = key.split("-", 1)
                    form = forms[positions[int(prefix[1:])]]
                    form["errors"][
                        {
                            "pool_initial_share": "share",
                            "pool_growth_years": "growth",
                            "late_join_after_years": "join",
                        }.get(field, field)
                    ] = problems
                    del errors[key]
        else:
            return redirect("workshop-run", pk=run.pk)
    runs = workshop.runs.select_related("progress")[:10]
    return render(
        request,
        "scenarios/detail.html",
        {
            "workshop": workshop,
            "municipalities": municipalities,
            "forms": forms,
            "errors": errors,
            "replications": replications,
            "service_level": service_level,
            "organisations": [(m.value, _(services.ORGANISATION_LABELS[m])) for m in OrganisationModel],
            "runs": runs,
            "calibration": calibration.fit_pool(workshop.pool_id),
            "min_requests": calibration.MIN_REQUESTS,
            "use_fitted": request.method == "POST" and bool(request.POST.get("use_fitted")),
            "may_run": has_permission(request.user, "scenario.run"),
        },
    )


@require_POST
@requires("scenario.run")
def workshop_next_steps(request, pk: int):
    workshop = _workshop(request.user, pk)
    services.save_next_steps(workshop=workshop, actor=request.user, text=request.POST.get("next_steps", ""))
    messages.success(request, _("Volgende stappen opgeslagen."))
    run_id = request.POST.get("run", "")
    if run_id.isdigit() and workshop.runs.filter(pk=run_id).exists():
        return redirect("workshop-run", pk=int(run_id))
    return redirect("workshop-detail", pk=pk)


def _run(user, pk: int) -> ScenarioRun:
    runs = ScenarioRun.objects.select_related("workshop__region", "progress")
    return get_object_or_404(runs, workshop__in=scope_workshops(user, Workshop.objects.all()), pk=pk)


@requires("scenario.view")
def run_detail(request, pk: int):
    run = _run(request.user, pk)
    progress = run.progress
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "status": progress.status if progress else "klaar",
                "percent": progress.percent if progress else 100,
                "message": progress.message if progress else "",
                "finished": progress.finished if progress else True,
            }
        )
    context = {
        "run": run,
        "workshop": run.workshop,
        "progress": progress,
        "may_run": has_permission(request.user, "scenario.run"),
    }
    results = run.results
    if results.get("bands"):
        context.update(
            region=exports.region_label(run),
            metrics=presentation.metric_labels(),
            rows=presentation.summary_rows(results),
            charts=[
                {
                    "metric": metric,
                    "label": label,
                    "svg": presentation.line_chart(results, metric, f"chart-{metric}"),
                    "table": presentation.band_table(results, metric),
                }
                for metric, label in presentation.metric_labels()
            ],
            differences=presentation.difference_rows(results),
            difference_labels=presentation.difference_labels(),
            first_scenario=run.scenarios[0]["name"] if run.scenarios else "",
            curve=results.get("pool_curve"),
            curve_svg=presentation.pool_curve_chart(results),
            curve_rows=presentation.pool_curve_rows(results),
            tornado_svg=presentation.tornado_chart(results),
            tornado_rows=presentation.tornado_rows(results),
            organisations={m.value: _(services.ORGANISATION_LABELS[m]) for m in OrganisationModel},
        )
    return render(request, "scenarios/run.html", context)


@requires("scenario.view")
def run_csv(request, pk: int):
    run = _run(request.user, pk)
    return exports.run_csv(run, dialect_from(request))


@requires("scenario.view")
def run_pdf(request, pk: int):
    run = _run(request.user, pk)
    if not run.results.get("bands"):
        return HttpResponse(_("De doorrekening is nog niet klaar."), status=409, content_type="text/plain")
    response = HttpResponse(exports.run_pdf(run), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="atelier-{run.workshop_id}-rapport.pdf"'
    return response
