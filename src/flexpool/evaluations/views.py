"""Pages of evaluations: a paying municipality rates completed work; the coordinator reads them."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids, has_permission
from flexpool.core.forms import add_service_errors
from flexpool.demand.selectors import requests_for
from flexpool.evaluations import selectors, services
from flexpool.evaluations.forms import EvaluationForm
from flexpool.pool.models import Pool


@requires("evaluation.view")
def evaluation_list(request):
    pools = list(Pool.objects.filter(pk__in=coordinated_pool_ids(request.user)).order_by("name"))
    return render(
        request,
        "evaluations/list.html",
        {
            "rows": list(selectors.evaluations_for(request.user)),
            "waiting": list(selectors.waiting_for(request.user)),
            "figures": [(pool, selectors.figures(pool.pk)) for pool in pools],
            "can_write": has_permission(request.user, "evaluation.write"),
        },
    )


@requires("evaluation.write")
def evaluation_create(request, pk: int):
    capacity_request = get_object_or_404(requests_for(request.user), pk=pk)
    form = EvaluationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.write_evaluation(
                actor=request.user,
                request=capacity_request,
                scores=services.Scores(
                    result=data["result"],
                    cooperation=data["cooperation"],
                    again=data["again"],
                    went_well=data["went_well"],
                    could_be_better=data["could_be_better"],
                ),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Dank u wel. Uw evaluatie is opgeslagen."))
            return redirect("request-detail", pk=pk)
    return render(request, "evaluations/form.html", {"form": form, "req": capacity_request})
