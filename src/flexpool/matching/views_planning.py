"""The optimiser in the coordinator's screens: batch planning of the whole pool."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids
from flexpool.matching.batch import send_batch_plan, start_batch_plan
from flexpool.matching.models import BatchPlan
from flexpool.pool.models import Pool, PoolMember


@requires("proposal.create")
def planning(request):
    pools = Pool.objects.filter(pk__in=coordinated_pool_ids(request.user))
    if request.method == "POST":
        pool = get_object_or_404(pools, pk=request.POST.get("pool") or (pools.first() and pools.first().pk))
        try:
            seconds = max(2, min(120, int(request.POST.get("time_limit_s", 20))))
        except ValueError:
            seconds = 20
        plan = start_batch_plan(pool=pool, actor=request.user, time_limit_s=seconds)
        return redirect("planning-detail", pk=plan.pk)
    plans = BatchPlan.objects.filter(pool__in=pools).select_related("pool", "progress")[:10]
    return render(request, "planning/index.html", {"pools": pools, "plans": plans})


def _plan_for(user, pk):
    return get_object_or_404(
        BatchPlan.objects.select_related("pool", "progress"), pk=pk, pool_id__in=coordinated_pool_ids(user)
    )


@requires("proposal.create")
def planning_detail(request, pk: int):
    plan = _plan_for(request.user, pk)
    members = PoolMember.objects.filter(pool=plan.pool, active=True).only("pk", "name")
    return render(request, "planning/detail.html", {"plan": plan, "members": members})


@require_POST
@requires("proposal.create")
def planning_send(request, pk: int):
    plan = _plan_for(request.user, pk)
    chosen = {}
    for index in range(len(plan.lines)):
        if request.POST.get(f"send-{index}"):
            try:
                chosen[index] = int(request.POST.get(f"member-{index}", ""))
            except ValueError:
                chosen[index] = None
    sent, errors = send_batch_plan(plan=plan, actor=request.user, chosen=chosen)
    messages.success(request, _("%(n)s voorstellen verstuurd naar de gemeenten.") % {"n": sent})
    titles = {line["request"]: line["title"] for line in plan.lines}
    for request_id, problems in errors.items():
        messages.error(request, f"{titles.get(request_id, request_id)}: {' '.join(problems)}")
    return redirect("planning-detail", pk=pk)
