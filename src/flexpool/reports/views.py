"""Fairness ledger, transparency reports (page and PDF), the public page and the audit viewer."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import contact_municipality_id, roles_of, scope_audit
from flexpool.accounts.roles import Role
from flexpool.agreements.selectors import host_of
from flexpool.core import lists, params
from flexpool.core.audit_text import describe_all, with_people
from flexpool.core.dates import period_label_text
from flexpool.core.models import AuditRecord
from flexpool.hours.selectors import pools_for, sees_all_municipalities
from flexpool.pool.models import Membership, Pool
from flexpool.pool.selectors import memberships_with_history
from flexpool.regions.models import Municipality
from flexpool.reports import charts, figures, pdf
from flexpool.reports import lists as reports_lists


def _year(request) -> int:
    return params.year(request.GET, default=timezone.localdate().year)


def _pool(request, pools) -> Pool:
    chosen = params.integer(request.GET, "pool", maximum=params.LARGEST_ID)
    if chosen is not None:
        return get_object_or_404(pools, pk=chosen)
    pool = pools.order_by("name").first()
    if pool is None:
        raise Http404
    return pool


@requires("ledger.view")
def ledger(request):
    user = request.user
    pools = pools_for(user)
    pool = _pool(request, pools)
    year = _year(request) if request.GET.get("jaar") != "alle" else None
    own = None if sees_all_municipalities(user) else [contact_municipality_id(user) or -1]
    rows, points = figures.ledger(pool, year, own)
    chart_rows = [r for r in rows if r.contributed or r.use]
    by_municipality = charts.bar_chart(
        chart_id="ledger-chart",
        title=_("Bijdrage tegenover gebruik per gemeente"),
        description=_(
            "Per gemeente twee staven: verrekende bijdragen en detachering, en gebruik min wat "
            "financiers betaalden (euro)."
        ),
        categories=[r.municipality.name for r in chart_rows],
        series=[
            charts.Series(_("Bijdrage en detachering"), [r.contributed for r in chart_rows]),
            charts.Series(_("Eigen gebruik"), [r.own_use for r in chart_rows]),
        ],
        unit="eur",
    )
    over_time = charts.bar_chart(
        chart_id="ledger-time",
        title=_("Bijdrage tegenover gebruik per periode"),
        description=_("Per verrekende periode: bijdragen en detachering, en gebruik (euro)."),
        categories=[period_label_text(p.label) for p in points],
        series=[
            charts.Series(_("Bijdrage en detachering"), [p.contributed for p in points]),
            charts.Series(_("Gebruik"), [p.use for p in points]),
        ],
        unit="eur",
    )
    return render(
        request,
        "reports/ledger.html",
        {
            "pool": pool,
            "pools": pools,
            "year": year,
            "years": figures.years_with_data(pool),
            "rows": rows,
            "points": points,
            "chart": by_municipality,
            "time_chart": over_time,
            "all": own is None,
            "funders": figures.funder_totals(pool, year),
            "host": host_of(pool.pk),
        },
    )


def _report_scope(request, code: str) -> tuple[Pool, Municipality]:
    user = request.user
    municipality = get_object_or_404(Municipality, code=code)
    if not sees_all_municipalities(user) and contact_municipality_id(user) != municipality.pk:
        raise Http404
    pools = pools_for(user).filter(memberships__municipality=municipality)
    return _pool(request, pools), municipality


@requires("report.view")
def report_index(request):
    user = request.user
    if not sees_all_municipalities(user):
        municipality = get_object_or_404(Municipality, pk=contact_municipality_id(user) or -1)
        return redirect("report-detail", code=municipality.code)
    pools = pools_for(user)
    pool = _pool(request, pools)
    memberships = Membership.objects.filter(pool=pool).select_related("municipality")
    return render(request, "reports/index.html", {"pool": pool, "pools": pools, "memberships": memberships})


def _report_context(request, code):
    from flexpool.evaluations.selectors import figures as evaluation_figures
    from flexpool.knowledge.figures import municipality_reuse

    pool, municipality = _report_scope(request, code)
    year = _year(request)
    result = figures.report(pool, municipality, year)
    hours_chart = charts.bar_chart(
        chart_id="hours-chart",
        title=_("Ontvangen uren per maand, %(m)s %(y)s") % {"m": municipality.name, "y": year},
        description=_("Goedgekeurde uren per maand; bij gedeelde vragen het aandeel van de gemeente."),
        categories=figures.month_labels(),
        series=[charts.Series(_("Goedgekeurde uren"), result.hours_by_month)],
        unit="uur",
    )
    money_chart = charts.bar_chart(
        chart_id="money-chart",
        title=_("Kosten en bijdragen per periode, %(m)s %(y)s") % {"m": municipality.name, "y": year},
        description=_("Per verrekende periode: gebruik (kosten) en verrekende bijdragen plus detachering."),
        categories=[period_label_text(s["label"]) for s in result.settled],
        series=[
            charts.Series(_("Kosten (gebruik)"), [s["use"] for s in result.settled]),
            charts.Series(
                _("Bijdrage en detachering"), [s["contribution"] + s["secondment"] for s in result.settled]
            ),
        ],
        unit="eur",
    )
    months = list(zip(figures.month_labels(), result.hours_by_month, strict=True))
    return {
        "report": result,
        "pool": pool,
        "year": year,
        "years": figures.years_with_data(pool),
        "months": months,
        "hours_chart": hours_chart,
        "money_chart": money_chart,
        "knowledge_reuse": municipality_reuse(pool, municipality, year),
        "evaluations_pool": evaluation_figures(pool.pk, year),
        "evaluations_own": evaluation_figures(pool.pk, year, municipality.pk),
        "membership": memberships_with_history([pool.pk]).filter(municipality=municipality).first(),
    }


@requires("report.view")
def report_detail(request, code: str):
    return render(request, "reports/report.html", _report_context(request, code))


@requires("report.view")
def report_pdf(request, code: str):
    context = _report_context(request, code)
    data = pdf.report_pdf(context["report"])
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="rapportage-{code}-{context["year"]}.pdf"'
    return response


def public_report(request):
    """Open to everyone: the whole pool in aggregates, without personal data."""
    pools = Pool.objects.all()
    pool = _pool(request, pools)
    year = _year(request)
    summary = figures.public_summary(pool, year)
    chart = charts.bar_chart(
        chart_id="public-hours",
        title=_("Geleverde uren per maand, %(p)s %(y)s") % {"p": pool.name, "y": year},
        description=_("Goedgekeurde uren van de hele pool per maand."),
        categories=figures.month_labels(),
        series=[charts.Series(_("Goedgekeurde uren"), summary["hours_by_month"])],
        unit="uur",
    )
    months = list(zip(figures.month_labels(), summary["hours_by_month"], strict=True))
    return render(
        request,
        "reports/public.html",
        {
            "pool": pool,
            "pools": pools,
            "year": year,
            "years": figures.years_with_data(pool),
            "summary": summary,
            "chart": chart,
            "months": months,
            "memberships": memberships_with_history([pool.pk]),
        },
    )


# --- the audit trail: one page with filters, sort, search, pages and export ------------------


def _audit_list(request, data):
    records = scope_audit(request.user, with_people(AuditRecord.objects.all()))
    municipalities = (
        Municipality.objects.filter(
            pk__in=Membership.objects.filter(pool__in=pools_for(request.user)).values("municipality_id")
        ).order_by("name")
        if Role.COORDINATOR in roles_of(request.user)
        else Municipality.objects.none()
    )
    return lists.build(
        request, records, reports_lists.AUDIT, data=data, filter_kwargs={"municipalities": municipalities}
    )


def _audit_params(request):
    data = request.GET.copy()
    if data.get("actie") and not data.get("q"):  # links to the former short page searched ?actie=
        data["q"] = data.pop("actie")[0]
    return data


@requires("audit.view")
def audit_log(request):
    """The audit trail: every decision and change with who and when, newest first."""
    result = _audit_list(request, _audit_params(request))
    if isinstance(result, HttpResponse):
        return result
    result.rows = describe_all(result.rows)
    return render(request, "reports/audit.html", {"list": result})


@requires("audit.view")
def audit_viewer(request):
    """The former second audit page (Besluitenlog): now the one audit page."""
    query = request.GET.urlencode()
    return redirect(reverse("audit-log") + (f"?{query}" if query else ""), permanent=True)


@requires("audit.export")
def audit_export(request):
    """The former CSV address: the audit trail's CSV export with the same filters."""
    data = _audit_params(request)
    data["export"] = "csv"
    return _audit_list(request, data)
