"""Pages for hours, approval, the monitor, tariffs and settlement. Views stay thin."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import contact_municipality_id, has_permission, scope_hours_to_approve
from flexpool.core.errors import NotAllowed
from flexpool.core.forms import add_service_errors
from flexpool.hours import exports, selectors, services
from flexpool.hours.forms import CorrectionForm, HoursForm, SettleForm, TariffForm
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import SettlementLine, Tariff
from flexpool.regions.models import Municipality


@requires("hours.write")
def my_hours(request):
    assignments = selectors.writable_assignments(request.user)
    form = HoursForm(assignments=assignments, initial=_prefill(request, "uren"))
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
            form = HoursForm(request.POST, assignments=assignments)
            if form.is_valid():
                try:
                    services.write_hours(actor=request.user, **form.cleaned_data)
                except ValidationError as error:
                    add_service_errors(form, error)
                else:
                    messages.success(request, _("Uw uren zijn ingediend; de gemeente beoordeelt ze."))
                    return redirect("hours-mine")
    entries = selectors.hours_for(request.user).filter(assignment__member__user=request.user)
    page = Paginator(entries.order_by("-week", "-id"), 50).get_page(request.GET.get("pagina"))
    status = 200 if not (form.errors or correction.errors) else 422
    return render(
        request,
        "hours/mine.html",
        {"form": form, "correction": correction, "page": page, "has_assignments": assignments.exists()},
        status=status,
    )


def _prefill(request, target: str) -> dict:
    """Links such as ?form=uren&assignment=3&week=2026-01-12 fill in a form."""
    if request.method != "GET" or request.GET.get("form") != target:
        return {}
    return {name: request.GET[name] for name in ("assignment", "week", "hours") if name in request.GET}


@requires("hours.approve")
def approve_list(request):
    pending = selectors.to_approve(request.user)
    page = Paginator(pending, 50).get_page(request.GET.get("pagina"))
    decided = (
        scope_hours_to_approve(request.user, selectors.hours_for(request.user))
        .exclude(status=HourStatus.SUBMITTED)
        .order_by("-decided_at", "-id")[:20]
    )
    return render(request, "hours/approve.html", {"page": page, "decided": decided})


@require_POST
@requires("hours.approve")
def decide(request, pk: int, action: str):
    entry = get_object_or_404(selectors.hours_for(request.user), pk=pk)
    try:
        if action == "goedkeuren":
            services.approve_hours(actor=request.user, entry=entry)
            messages.success(request, _("Uren van week %(w)s goedgekeurd.") % {"w": entry.week_label})
        elif action == "afkeuren":
            services.reject_hours(actor=request.user, entry=entry, reason=request.POST.get("reason", ""))
            messages.success(request, _("Uren van week %(w)s afgekeurd.") % {"w": entry.week_label})
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
        form = SettleForm(request.POST or None)
        form.fields["pool"].queryset = selectors.pools_for(user)
        if request.method == "POST" and form.is_valid():
            try:
                with transaction.atomic():
                    period = services.open_period(
                        actor=user,
                        pool=form.cleaned_data["pool"],
                        kind=form.cleaned_data["kind"],
                        start=form.cleaned_data["start"],
                    )
                    was_closed = period.is_closed
                    settlement = services.settle_period(actor=user, period=period)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                if was_closed:
                    messages.info(
                        request,
                        _("Periode %(p)s was al verrekend; er is niets veranderd.") % {"p": period.label},
                    )
                else:
                    messages.success(
                        request, _("Periode %(p)s is verrekend en afgesloten.") % {"p": period.label}
                    )
                return redirect("settlement-detail", pk=settlement.pk)
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
        status=422 if form is not None and form.errors else 200,
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
    return _download(
        exports.settlement_csv(settlement, lines).encode("utf-8-sig"),
        "text/csv; charset=utf-8",
        f"verrekening-{settlement.period.label}.csv",
    )


def _download(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
