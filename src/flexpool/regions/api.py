"""Open reference data: the 30 RES regions and the 342 municipalities, readable without login."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema

from flexpool.accounts.viewsets import PublicReadOnly
from flexpool.regions import serializers as s
from flexpool.regions.models import Municipality, Region


class RegionViewSet(PublicReadOnly):
    """The 30 RES regions (open data)."""

    queryset = Region.objects.all()
    serializer_class = s.RegionSerializer
    lookup_field = "code"


class MunicipalityViewSet(PublicReadOnly):
    """The 342 municipalities with CBS code, province, RES region, inhabitants and dwellings (open data)."""

    serializer_class = s.MunicipalitySerializer
    lookup_field = "code"

    @extend_schema(
        parameters=[
            OpenApiParameter("region", str, description="RES region code, e.g. ES03"),
            OpenApiParameter("province", str, description="Province code, e.g. PV22"),
        ]
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def get_queryset(self):
        queryset = Municipality.objects.select_related("province", "region").order_by("code")
        if region := self.request.query_params.get("region"):
            queryset = queryset.filter(region__code=region)
        if province := self.request.query_params.get("province"):
            queryset = queryset.filter(province__code=province)
        return queryset
