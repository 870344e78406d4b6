"""REST API for the transparency report per municipality (/api/v1/reports/{code}/)."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from flexpool.accounts.api import RolePermission
from flexpool.accounts.permissions import contact_municipality_id
from flexpool.core import params
from flexpool.hours.selectors import pools_for, sees_all_municipalities
from flexpool.regions.models import Municipality
from flexpool.reports import figures


class ReportView(APIView):
    """The figures of the transparency report of one municipality for one year."""

    permission_classes = [RolePermission]
    permission_map = {"get": "report.view"}

    @extend_schema(
        parameters=[
            OpenApiParameter("jaar", int, description="Jaar (standaard dit jaar)"),
            OpenApiParameter("pool", int, description="Pool (standaard de eerste)"),
        ],
        responses={200: dict},
    )
    def get(self, request, code: str):
        from django.utils import timezone

        municipality = get_object_or_404(Municipality, code=code)
        user = request.user
        if not sees_all_municipalities(user) and contact_municipality_id(user) != municipality.pk:
            raise Http404
        pools = pools_for(user).filter(memberships__municipality=municipality).order_by("name")
        pool_id = params.integer(request.query_params, "pool", maximum=params.LARGEST_ID)
        pool = pools.filter(pk=pool_id).first() if pool_id is not None else pools.first()
        if pool is None:
            raise Http404
        year = params.year(request.query_params, default=timezone.localdate().year)
        report = figures.report(pool, municipality, year)
        return Response(
            {
                "municipality": municipality.code,
                "name": municipality.name,
                "pool": pool.name,
                "year": year,
                "requests_filed": report.requests_filed,
                "requests_by_status": {str(k): v for k, v in report.requests_by_status.items()},
                "shared_requests": report.shared_requests,
                "proposals": report.proposals,
                "accepted": report.accepted,
                "assignments_running": report.assignments_running,
                "assignments_completed": report.assignments_completed,
                "people": report.people,
                "hours_by_month": [str(h) for h in report.hours_by_month],
                "hours_total": str(report.hours_total),
                "settled": [
                    {k: (str(v) if not isinstance(v, str) else v) for k, v in s.items()}
                    for s in report.settled
                ],
                "costs": str(report.costs),
                "contributions": str(report.contributions),
                "funded": str(report.funded_total),
                "funders": [{"name": f.name, "amount": str(f.amount)} for f in report.funders],
                "host": {"name": report.host.name, "kind": report.host.kind} if report.host else None,
                "balance": str(report.balance),
                "evaluations": _evaluations(pool.pk, year, municipality.pk),
                "products": [
                    {"title": p["title"], "start": p["start"], "end": p["end"]} for p in report.products
                ],
            }
        )


def _evaluations(pool_id: int, year: int, municipality_id: int) -> dict:
    """Averages per aspect for the whole pool and for this municipality's own evaluations; no persons."""
    from flexpool.evaluations.selectors import figures as evaluation_figures

    def shown(found):
        return {
            "count": found.count,
            **{a.key: (str(a.average) if a.average is not None else None) for a in found.aspects},
        }

    return {
        "pool": shown(evaluation_figures(pool_id, year)),
        "municipality": shown(evaluation_figures(pool_id, year, municipality_id)),
    }
