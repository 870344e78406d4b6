"""Pages of proposals, assignments and capacity: proposing people, the pool's load, a member's own page."""

from __future__ import annotations

from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids, member_id
from flexpool.core import lists
from flexpool.core.forms import ReasonForm, add_service_errors
from flexpool.core.weeks import monday_of
from flexpool.demand.selectors import requests_for
from flexpool.matching import lists as matching_lists
from flexpool.matching import selectors
from flexpool.matching import services as matching_services
from flexpool.matching.capacity import weekly_loads
from flexpool.matching.engine import explanation_json, explanation_text, suggestions_for
from flexpool.matching.forms import ProposalForm
from flexpool.pool.models import LeavePeriod, MemberCompetence, PoolMember
from flexpool.pool.selectors import members_with_competences

WEEKS_SHOWN = 12


@requires("proposal.create")
def request_propose(request, pk: int):
    capacity_request = get_object_or_404(
        requests_for(request.user).filter(pool_id__in=coordinated_pool_ids(request.user)),
        pk=pk,
    )
    members = members_with_competences(request.user, [capacity_request.pool_id])
    member_list = list(members)
    suggestions, pair = suggestions_for(capacity_request, k=max(5, len(member_list)))
    panel = selectors.candidate_panel(capacity_request, member_list, suggestions)
    explained = {s.member.pk: s.criteria for s in [*suggestions, *pair]}
    form = ProposalForm(request.POST or None, members=members, splittable=capacity_request.splittable)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        chosen = [(data["member"], data["hours_per_week"])]
        if data.get("second_member"):
            chosen.append((data["second_member"], data.get("second_hours_per_week") or Decimal(0)))
        candidates = [
            matching_services.Candidate(
                member,
                hours,
                data["motivation"] or explanation_text(explained.get(member.pk, ())),
                tuple(explanation_json(explained.get(member.pk, ()))),
            )
            for member, hours in chosen
        ]
        try:
            matching_services.propose(actor=request.user, request=capacity_request, candidates=candidates)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Het voorstel is naar de gemeente gestuurd."))
            return redirect("request-detail", pk=pk)
    elif request.method != "POST":
        form.initial["hours_per_week"] = capacity_request.hours_per_week
        form.initial["member"] = request.GET.get("member") or (
            panel.fitting[0].member.pk if panel.fitting else None
        )
        if pair:
            form.initial.update(
                member=pair[0].member.pk,
                hours_per_week=pair[0].hours_per_week,
                second_member=pair[1].member.pk,
                second_hours_per_week=pair[1].hours_per_week,
            )
    return render(
        request,
        "requests/propose.html",
        {
            "req": capacity_request,
            "form": form,
            "panel": panel,
            "pair": pair,
        },
    )


@requires("pool.overview")
def pool_overview(request):
    start = monday_of(timezone.localdate())
    members = lists.build(request, members_with_competences(request.user), matching_lists.MEMBERS)
    if isinstance(members, HttpResponse):
        return members
    rows = selectors.loads_of(members.rows, start, WEEKS_SHOWN)
    weeks = rows[0][1] if rows else []
    return render(request, "pool/overview.html", {"rows": rows, "weeks": weeks, "list": members})


@requires("member.own_profile")
def my_profile(request):
    member = get_object_or_404(
        PoolMember.objects.select_related("home_municipality", "pool").prefetch_related("local_ties"),
        pk=member_id(request.user),
    )
    start = monday_of(timezone.localdate())
    end = start + timezone.timedelta(weeks=WEEKS_SHOWN) - timezone.timedelta(days=1)
    return render(
        request,
        "members/profile.html",
        {
            "member": member,
            "competences": MemberCompetence.objects.filter(member=member).select_related("competence"),
            "leave": LeavePeriod.objects.filter(member=member, end__gte=timezone.localdate()),
            "weeks": weekly_loads([member], start, end)[member.pk],
            "waiting": selectors.waiting_for_member(request.user),
            "assignments": selectors.assignments_for(request.user).order_by("-start"),
            "reason_form": ReasonForm(),
        },
    )


@require_POST
@requires("assignment.confirm")
def assignment_action(request, pk: int, action: str):
    assignment = get_object_or_404(selectors.assignments_for(request.user), pk=pk)
    try:
        if action == "bevestigen":
            matching_services.confirm_assignment(actor=request.user, assignment=assignment)
            messages.success(request, _("U hebt de inzet bevestigd."))
        elif action == "afwijzen":
            matching_services.decline_assignment(
                actor=request.user, assignment=assignment, reason=request.POST.get("reason", "")
            )
            messages.success(request, _("U hebt de inzet afgewezen; de coördinator zoekt verder."))
        else:
            return render(request, "404.html", status=404)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("my-profile")
