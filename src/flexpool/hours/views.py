"""Pages for hours, approval, the monitor, tariffs and settlement. Views stay thin."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import contact_municipality_id, has_permission, scope_hours_to_approve
from flexpool.core import lists
from flexpool.core.errors import NotAllowed
from flexpool.core.exports import dialect_from
from flexpool.core.forms import add_service_errors
from flexpool.core.weeks import monday_of, week_title
from flexpool.hours import exports, selectors, services
from flexpool.hours import lists as hours_lists
from flexpool.hours.forms import ConfirmSettlementForm, CorrectionForm, SettleForm, TariffForm, WeekForm
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import SettlementLine, Tariff
from flexpool.hours.money import format_hours
from flexpool.regions.models import Municipality


@requires("hours.write")
def my_hours(request):
    today = timezone.localdate()
    week = _week_param(request, today)
    assignments = selectors.writable_assignments(request.user)
    in_week = list(selectors.assignments_in_week(assignments, week))
    entries = selectors.week_entries(in_week, week)
    form = WeekForm(assignments=in_week, entries=entries, prefix="week")
    correction = CorrectionForm(
        assignments=assignments, prefix="correctie", initial=_prefill(request, "correctie")
    )
    if request.method == "POST":
        if "correctie-reason" in request.POST:
            correction = CorrectionForm(request.POST, assignments=assignments, prefix="correctie")
            if correction.is_valid():
                try:
                    services.submit_correction(actor=request.user, **correction.cleaned_data)
                except ValidationError as error:
                    add_service_errors(correction, error)
                else:
                    messages.success(request, _("Uw correctie is ingediend; de gemeente beoordeelt haar."))
                    return redirect("hours-mine")
        else:
            form = WeekForm(request.POST, assignments=in_week, entries=entries, prefix="week")
            if form.is_valid():
                try:
                    changes = services.write_week(
                        actor=request.user,
                        week=week,
                        lines=[services.WeekLine(**line) for line in form.lines()],
                        today=today,
                    )
                except ValidationError as error:
                    add_service_errors(form, error)
                else:
                    _report_week(request, week, changes)
                    return redirect(f"{reverse('hours-mine')}?week={week.isoformat()}")
    own = selectors.own_hours(request.user)
    entries_list = lists.build(request, own, hours_lists.MY_HOURS, keep=("week",))
    if isinstance(entries_list, HttpResponse):
        return entries_list
    status = 200 if not (form.errors or correction.errors) else 422
    return render(
        request,
        "hours/mine.html",
        {
            "form": form,
            "correction": correction,
            "list": entries_list,
            "has_assignments": assignments.exists(),
            "week": week,
            "week_title": week_title(week),
            "previous_week": week - timedelta(days=7),
            "next_week": week + timedelta(days=7) if week + timedelta(days=7) <= today else None,
            "week_total": sum((e.hours for e in entries.values()), Decimal(0)),
            "week_agreed": sum((a.hours_per_week for a in in_week), Decimal(0)),
        },
        status=status,
    )


def _week_param(request, today):
    """The week the timesheet shows: ?week=<a day in it>, this week when absent or invalid."""
    raw = request.GET.get("week", "")  # the timesheet form posts to ?week=… as well
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        day = today
    return min(monday_of(day), monday_of(today))


def _report_week(request, week, changes) -> None:
    if not changes:
        messages.info(request, _("Er is niets veranderd in %(week)s.") % {"week": week_title(week)})
        return
    parts = []
    for change in changes:
        values = {
            "title": change.assignment.request.title,
            "old": format_hours(change.old_hours) if change.old_hours is not None else "",
            "new": format_hours(change.entry.hours),
        }
        if change.old_hours is None:
            parts.append(_("%(title)s: %(new)s uur ingediend") % values)
        else:
            parts.append(_("%(title)s: gewijzigd van %(old)s naar %(new)s uur") % values)
    messages.success(
        request,
        _("%(week)s opgeslagen. %(changes)s. De gemeente beoordeelt de uren.")
        % {"week": week_title(week).capitalize(), "changes": "; ".join(parts)},
    )


def _prefill(request, target: str) -> dict:
    """Links such as ?form=correctie&assignment=3&week=2026-01-12 fill in a form."""
    if request.method != "GET" or request.GET.get("form") != target:
        return {}
    return {name: request.GET[name] for name in ("assignment", "week", "hours") if name in request.GET}


@requires("hours.approve")
def approve_list(request):
    data = request.GET.copy()
    data.setdefault("status", HourStatus.SUBMITTED)  # the entries waiting, unless another status is asked
    entries = lists.build(request, selectors.approvable(request.user), hours_lists.APPROVAL, data=data)
    if isinstance(entries, HttpResponse):
        return entries
    decided = (
        scope_hours_to_approve(request.user, selectors.hours_for(request.user))
        .exclude(status=HourStatus.SUBMITTED)
        .order_by("-decided_at", "-id")[:20]
    )
    return render(
        request,
        "hours/approve.html",
        {"list": entries, "groups": selectors.approval_weeks(entries.rows), "decided": decided},
    )


@require_POST
@requires("hours.approve")
def decide_many(request):
    ids = [int(x) for x in request.POST.getlist("entries") if x.isdigit()]
    entries = list(selectors.hours_for(request.user).filter(pk__in=ids))
    approve = request.POST.get("action") == "goedkeuren"
    if request.POST.get("action") not in ("goedkeuren", "afkeuren"):
        raise Http404
    try:
        decided = services.decide_many(
            actor=request.user, entries=entries, approve=approve, reason=request.POST.get("reason", "")
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        text = (
            ngettext("%(n)d urenregel goedgekeurd.", "%(n)d urenregels goedgekeurd.", len(decided))
            if approve
            else ngettext("%(n)d urenregel afgekeurd.", "%(n)d urenregels afgekeurd.", len(decided))
        )
        messages.success(request, text % {"n": len(decided)})
    return redirect("hours-approve")


@require_POST
@requires("hours.approve")
def decide(request, pk: int, action: str):
    entry = get_object_or_404(selectors.hours_for(request.user), pk=pk)
    try:
        if action == "goedkeuren":
            services.approve_hours(actor=request.user, entry=entry)
            messages.success(request, _("Uren van %(w)s goedgekeurd.") % {"w": week_title(entry.week)})
        elif action == "afkeuren":
            services.reject_hours(actor=request.user, entry=entry, reason=request.POST.get("reason", ""))
            messages.success(request, _("Uren van %(w)s afgekeurd.") % {"w": week_title(entry.week)})
        else:
            raise Http404
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("hours-approve")


@requires("hours.monitor")
def monitor(request):
    today = timezone.localdate()
    rows = selectors.monitor(request.user, today)
    totals = {
        "missing": sum(len(r.missing) for r in rows),
        "overdue": sum(len(r.overdue) for r in rows),
        "pending": sum(r.pending for r in rows),
        "waiting_long": sum(r.waiting_long for r in rows),
    }
    return render(request, "hours/monitor.html", {"rows": rows, "totals": totals, "today": today})


@requires("tariff.manage")
def tariffs(request):
    pools = selectors.pools_for(request.user)
    form = TariffForm(request.POST or None, initial={"year": timezone.localdate().year})
    form.fields["pool"].queryset = pools
    if request.method == "POST" and form.is_valid():
        try:
            services.set_tariff(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Tarief opgeslagen."))
            return redirect("tariffs")
    rows = (
        Tariff.objects.filter(pool__in=pools)
        .select_related("pool")
        .order_by("pool__name", "-year", "tier", "level")
    )
    return render(
        request, "hours/tariffs.html", {"form": form, "rows": rows}, status=422 if form.errors else 200
    )


@requires("settlement.view")
def settlement_list(request):
    user = request.user
    form = None
    if has_permission(user, "settlement.run"):
        form = SettleForm()
        form.fields["pool"].queryset = selectors.pools_for(user)
    elif request.method == "POST":
        raise NotAllowed
    periods = selectors.periods_for(user)
    page = Paginator(periods, 50).get_page(request.GET.get("pagina"))
    own = contact_municipality_id(user)
    own_lines = {}
    if own and not selectors.sees_all_municipalities(user):
        own_lines = {
            line.settlement_id: line
            for line in SettlementLine.objects.filter(
                municipality_id=own, settlement__period__in=[p.pk for p in page]
            )
        }
    rows = [(p, own_lines.get(getattr(getattr(p, "settlement", None), "pk", None))) for p in page]
    municipality = Municipality.objects.filter(pk=own).first() if own else None
    return render(
        request,
        "hours/settlements.html",
        {"form": form, "page": page, "rows": rows, "own": municipality},
    )


@requires("settlement.run")
def settlement_preview(request):
    """Step 1: what settling would make final, and what still waits. Step 2 (POST): confirm."""
    user = request.user
    data = request.POST if request.method == "POST" else request.GET
    form = SettleForm(data if "start" in data else None)  # no errors before anything was filled in
    form.fields["pool"].queryset = selectors.pools_for(user)
    confirm = ConfirmSettlementForm(request.POST or None)
    preview = None
    if form.is_valid():
        values = form.cleaned_data
        if request.method == "POST" and confirm.is_valid():
            try:
                settlement = services.confirm_settlement(
                    actor=user, leave_waiting=confirm.cleaned_data["leave_waiting"], **values
                )
            except ValidationError as error:
                add_service_errors(confirm, error)
            else:
                messages.success(
                    request,
                    _("Periode %(p)s is verrekend en afgesloten.") % {"p": settlement.period.label},
                )
                return redirect("settlement-detail", pk=settlement.pk)
        try:
            preview = services.preview_settlement(actor=user, **values)
        except ValidationError as error:
            add_service_errors(form, error)
    failed = form.errors or confirm.errors
    return render(
        request,
        "hours/settlement_preview.html",
        {"form": form, "confirm": confirm, "preview": preview},
        status=422 if failed else 200,
    )


def _settlement(request, pk):
    return get_object_or_404(selectors.settlements_for(request.user), pk=pk)


@requires("settlement.view")
def settlement_detail(request, pk: int):
    settlement = _settlement(request, pk)
    lines = selectors.lines_for(request.user, settlement)
    if not lines and not selectors.sees_all_municipalities(request.user):
        raise Http404
    return render(
        request,
        "hours/settlement_detail.html",
        {
            "settlement": settlement,
            "lines": lines,
            "all": selectors.sees_all_municipalities(request.user),
            "funding": list(settlement.funding.all()),
        },
    )


def _line(request, pk: int, code: str):
    settlement = _settlement(request, pk)
    line = next(
        (x for x in selectors.lines_for(request.user, settlement) if x.municipality.code == code), None
    )
    if line is None:
        raise Http404
    return settlement, line


@requires("settlement.view")
def specification(request, pk: int, code: str):
    settlement, line = _line(request, pk, code)
    return render(
        request,
        "hours/specification.html",
        {"settlement": settlement, "line": line, "items": list(selectors.items_of(line))},
    )


@requires("settlement.view")
def specification_pdf(request, pk: int, code: str):
    settlement, line = _line(request, pk, code)
    pdf = exports.specification_pdf(settlement, line, list(selectors.items_of(line)))
    return _download(pdf, "application/pdf", f"specificatie-{settlement.period.label}-{code}.pdf")


@requires("settlement.view")
def settlement_xlsx(request, pk: int):
    settlement = _settlement(request, pk)
    lines = selectors.lines_for(request.user, settlement)
    data = exports.settlement_xlsx(settlement, lines, exports.items_for_lines(lines))
    return _download(
        data,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        f"verrekening-{settlement.period.label}.xlsx",
    )


@requires("settlement.view")
def settlement_csv(request, pk: int):
    settlement = _settlement(request, pk)
    lines = selectors.lines_for(request.user, settlement)
    return exports.settlement_csv(settlement, lines, dialect_from(request))


def _download(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
