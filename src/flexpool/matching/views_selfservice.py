"""Pages: a member edits their own profile and availability; the coordinator validates levels and
sees the pool's availability. Views stay thin: permission, form, one service call, render."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids, member_id, scope_members
from flexpool.core.dates import weeks_text
from flexpool.core.forms import add_service_errors
from flexpool.core.weeks import monday_of
from flexpool.matching import selectors
from flexpool.matching.calendar import member_calendar
from flexpool.matching.capacity import weekly_loads
from flexpool.matching.selfservice_forms import (
    AvailabilityFilter,
    CompetencesForm,
    ContractForm,
    LeaveForm,
    ProfileForm,
)
from flexpool.notifications.services import language_of
from flexpool.pool import services
from flexpool.pool.models import (
    CalendarFeed,
    Competence,
    CompetenceClaim,
    ContractChange,
    LeavePeriod,
    Level,
    MemberCompetence,
    Membership,
    PoolMember,
)

WEEKS_AHEAD = 26
GRID_WEEKS = 12


def _me(request) -> PoolMember:
    return get_object_or_404(
        PoolMember.objects.select_related("home_municipality", "pool").prefetch_related(
            "local_ties", "development_wishes"
        ),
        pk=member_id(request.user),
    )


def _tie_choices(member: PoolMember):
    """The pool's municipalities first, then any tie the member already has elsewhere."""
    pool_ones = list(
        Membership.objects.filter(pool_id=member.pool_id)
        .select_related("municipality")
        .order_by("municipality__name")
    )
    choices = [(m.municipality.code, m.municipality.name) for m in pool_ones]
    known = {code for code, _ in choices}
    choices += [(m.code, m.name) for m in member.local_ties.all() if m.code not in known]
    return choices


@requires("member.own_profile")
def profile_edit(request):
    member = _me(request)
    held = {
        mc.competence.code: mc.level
        for mc in MemberCompetence.objects.filter(member=member).select_related("competence")
    }
    pending = {
        c.competence.code: c
        for c in CompetenceClaim.objects.filter(
            member=member, status=CompetenceClaim.Status.PENDING
        ).select_related("competence")
    }
    competences = list(Competence.objects.all())
    profile = ProfileForm(
        prefix="profiel",
        tie_choices=_tie_choices(member),
        initial={
            "home_municipality": member.home_municipality.code,
            "local_ties": [m.code for m in member.local_ties.all()],
            "development_wishes": [c.code for c in member.development_wishes.all()],
        },
    )
    levels = CompetencesForm(
        prefix="niveau",
        competences=competences,
        initial={
            c.code: pending[c.code].level if c.code in pending else held.get(c.code, 0) for c in competences
        },
    )
    contract = ContractForm(
        prefix="contract", initial={"contract_hours": member.contract_hours, "start": timezone.localdate()}
    )
    if request.method == "POST":
        try:
            if "profiel-home_municipality" in request.POST:
                profile = ProfileForm(request.POST, prefix="profiel", tie_choices=_tie_choices(member))
                if profile.is_valid():
                    services.update_profile(actor=request.user, member=member, **profile.cleaned_data)
                    messages.success(request, _("Uw profiel is bewaard."))
                    return redirect("profile-edit")
            elif "contract-contract_hours" in request.POST:
                contract = ContractForm(request.POST, prefix="contract")
                if contract.is_valid():
                    data = contract.cleaned_data
                    services.set_contract_hours(
                        actor=request.user, member=member, hours=data["contract_hours"], start=data["start"]
                    )
                    _warn_overbooked(request, member, data["start"])
                    messages.success(request, _("Uw contracturen zijn bewaard."))
                    return redirect("profile-edit")
            else:
                levels = CompetencesForm(request.POST, prefix="niveau", competences=competences)
                if levels.is_valid():
                    claims = services.set_competences(
                        actor=request.user, member=member, levels=levels.levels()
                    )
                    if claims:
                        messages.success(
                            request,
                            _("Bewaard. %(n)s nieuw of hoger niveau wacht op validatie door de coördinator.")
                            % {"n": len(claims)},
                        )
                    else:
                        messages.success(request, _("Uw competenties zijn bewaard."))
                    return redirect("profile-edit")
        except ValidationError as error:
            form = (
                profile
                if "profiel-home_municipality" in request.POST
                else (contract if "contract-contract_hours" in request.POST else levels)
            )
            add_service_errors(form, error)
    rows = [
        (levels[c.code], Level(held[c.code]).label if c.code in held else "", pending.get(c.code))
        for c in competences
    ]
    changes = ContractChange.objects.filter(member=member, start__gte=timezone.localdate()).order_by("start")
    invalid = any(f.errors for f in (profile, levels, contract))
    return render(
        request,
        "pool/profile_edit.html",
        {"member": member, "profile": profile, "levels": levels, "rows": rows, "contract": contract,
         "changes": changes},
        status=422 if invalid else 200,
    )  # fmt: skip


def _warn_overbooked(request, member: PoolMember, start) -> None:
    weeks = selectors.overbooked_weeks_of(member, start, start + timedelta(weeks=WEEKS_AHEAD))
    if weeks:
        messages.warning(
            request,
            _("Let op: in %(weeks)s hebt u nu meer ingepland werk dan uren. Overleg met de coördinator.")
            % {"weeks": weeks_text(weeks)},
        )


@requires("member.own_profile")
def availability(request):
    member = _me(request)
    form = LeaveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.add_leave(
                actor=request.user,
                member=member,
                start=data["start"],
                end=data["end"],
                hours_per_week=data["hours_per_week"],
                reason=data["reason"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            _warn_overbooked(request, member, data["start"])
            messages.success(request, _("De periode staat in uw agenda en telt meteen mee in de planning."))
            return redirect("my-availability")
    start = monday_of(timezone.localdate())
    end = start + timedelta(weeks=WEEKS_AHEAD) - timedelta(days=1)
    feed = CalendarFeed.objects.filter(member=member).first()
    return render(
        request,
        "pool/availability.html",
        {
            "member": member,
            "form": form,
            "periods": LeavePeriod.objects.filter(member=member, end__gte=timezone.localdate()).order_by(
                "start"
            ),
            "weeks": weekly_loads([member], start, end)[member.pk],
            "feed_url": request.build_absolute_uri(reverse("calendar-feed", args=[feed.token]))
            if feed
            else "",
        },
        status=422 if form.errors else 200,
    )


@require_POST
@requires("member.own_profile")
def leave_remove(request, pk: int):
    period = get_object_or_404(
        LeavePeriod.objects.select_related("member"), pk=pk, member_id=member_id(request.user)
    )
    services.remove_leave(actor=request.user, period=period)
    messages.success(request, _("De periode is verwijderd."))
    return redirect("my-availability")


@require_POST
@requires("member.own_profile")
def calendar_link(request, action: str):
    member = _me(request)
    if action == "nieuw":
        had_link = CalendarFeed.objects.filter(member=member).exists()
        services.renew_calendar_link(actor=request.user, member=member)
        if had_link:
            messages.success(request, _("U hebt een nieuwe agendalink. De oude link werkt niet meer."))
        else:
            messages.success(request, _("Uw agendalink is klaar. Zet hem in uw agenda-programma."))
    elif action == "stoppen":
        services.stop_calendar_link(actor=request.user, member=member)
        messages.success(request, _("De agendalink werkt niet meer."))
    else:
        raise Http404
    return redirect("my-availability")


def calendar_feed(request, token: str):
    """The personal iCalendar feed: the secret token is the key, no login (calendar programs)."""
    feed = (
        CalendarFeed.objects.select_related("member__user").filter(token=token, member__active=True).first()
    )
    if feed is None:
        raise Http404
    language = language_of(feed.member.user) if feed.member.user else "nl"
    response = HttpResponse(
        member_calendar(feed.member, language), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="flexpool.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


@requires("competence.validate")
def competence_claims(request):
    claims = CompetenceClaim.objects.filter(
        status=CompetenceClaim.Status.PENDING, member__pool_id__in=coordinated_pool_ids(request.user)
    ).select_related("member", "competence")
    if request.method == "POST":
        claim = get_object_or_404(claims, pk=request.POST.get("claim"))
        try:
            services.decide_claim(
                actor=request.user,
                claim=claim,
                approve=request.POST.get("besluit") == "valideren",
                reason=request.POST.get("reason", ""),
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Beoordeeld: %(claim)s.") % {"claim": claim})
        return redirect("competence-claims")
    return render(request, "pool/competence_claims.html", {"claims": claims})


@requires("pool.availability")
def pool_availability(request):
    pools = coordinated_pool_ids(request.user)
    municipalities = [
        m.municipality
        for m in Membership.objects.filter(pool_id__in=pools)
        .select_related("municipality")
        .order_by("municipality__name")
    ]
    form = AvailabilityFilter(request.GET or None, municipalities=municipalities, pool_ids=pools)
    members = scope_members(request.user, PoolMember.objects.filter(active=True))
    start = monday_of(timezone.localdate())
    if form.is_valid():
        data = form.cleaned_data
        if data.get("competence"):
            members = members.filter(competences__competence__code=data["competence"])
        if data.get("municipality"):
            members = members.filter(
                Q(home_municipality__code=data["municipality"]) | Q(local_ties__code=data["municipality"])
            )
        if data.get("start"):
            start = monday_of(data["start"])
    members = list(
        members.distinct()
        .select_related("home_municipality")
        .prefetch_related(
            Prefetch("competences", queryset=MemberCompetence.objects.select_related("competence"))
        )
        .order_by("name")
    )
    end = start + timedelta(weeks=GRID_WEEKS) - timedelta(days=1)
    loads = weekly_loads(members, start, end)
    rows = [(m, loads[m.pk]) for m in members]
    weeks = rows[0][1] if rows else []
    return render(request, "pool/availability_grid.html", {"form": form, "rows": rows, "weeks": weeks})
