"""Open reference data for everyone: the municipalities with their province and RES region."""

from __future__ import annotations

from django.shortcuts import render

from flexpool.regions.models import Municipality, Region


def municipalities(request):
    """Open data: readable without login."""
    region_code = request.GET.get("regio", "")
    rows = Municipality.objects.select_related("region", "province")
    if region_code:
        rows = rows.filter(region__code=region_code)
    return render(
        request,
        "regions/municipalities.html",
        {"rows": rows, "regions": Region.objects.all(), "region_code": region_code},
    )
