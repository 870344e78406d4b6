"""Agreements (`/api/v1/agreements/`) and a pool's host and funders (`/api/v1/pools/{id}/funding/`)."""

from __future__ import annotations

from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from flexpool.accounts.permissions import scope_funding_pools
from flexpool.agreements import selectors, services
from flexpool.agreements import serializers as s
from flexpool.agreements.models import Funder
from flexpool.pool.models import Pool


def _values(data) -> services.AgreementValues:
    return services.AgreementValues(
        kind=data["kind"],
        title=data["title"],
        starts_on=data["starts_on"],
        ends_on=data.get("ends_on"),
        municipalities=list(data.get("municipalities", [])),
        host_is_party=data.get("host_is_party", False),
        membership=data.get("membership"),
        assignment=data.get("assignment"),
        signed=data.get("signed", False),
        signed_on=data.get("signed_on"),
        notes=data.get("notes", ""),
    )


class AgreementViewSet(viewsets.GenericViewSet):
    """Agreements on a pool, a membership or an assignment. Read: the pool's coordinator, the contacts
    of the municipalities that are party, the member of the assignment; write: the pool's coordinator.
    `?expiring=90` lists those that end within 90 days."""

    serializer_class = s.AgreementSerializer
    permission_map = {
        "list": "agreement.view",
        "retrieve": "agreement.view",
        "create": "agreement.manage",
        "update": "agreement.manage",
        "versions": "agreement.manage",
    }

    def get_queryset(self):
        return selectors.agreements_for(self.request.user).order_by("ends_on", "title", "pk")

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "expiring", int, description="Only agreements that end within this many days (e.g. 90)."
            )
        ]
    )
    def list(self, request):
        rows = self.get_queryset()
        days = request.query_params.get("expiring")
        if days and days.isdigit() and len(days) <= 5:
            rows = selectors.expiring(rows, timezone.localdate(), int(days))
        page = self.paginate_queryset(rows)
        return self.get_paginated_response(s.AgreementSerializer(page, many=True).data)

    def retrieve(self, request, pk=None):
        return Response(s.AgreementSerializer(self.get_object()).data)

    def _respond(self, agreement, code=status.HTTP_200_OK):
        return Response(s.AgreementSerializer(self.get_queryset().get(pk=agreement.pk)).data, status=code)

    @extend_schema(request=s.AgreementWriteSerializer, responses={201: s.AgreementSerializer})
    def create(self, request):
        body = s.AgreementWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        agreement = services.create_agreement(
            actor=request.user, pool=body.validated_data["pool"], values=_values(body.validated_data)
        )
        return self._respond(agreement, status.HTTP_201_CREATED)

    @extend_schema(request=s.AgreementWriteSerializer, responses=s.AgreementSerializer)
    def update(self, request, pk=None):
        agreement = self.get_object()
        body = s.AgreementWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        agreement = services.update_agreement(
            actor=request.user, agreement=agreement, values=_values(body.validated_data)
        )
        return self._respond(agreement)

    @extend_schema(
        request={"multipart/form-data": s.VersionUploadSerializer}, responses={201: s.AgreementSerializer}
    )
    @action(detail=True, methods=["post"], parser_classes=[MultiPartParser, FormParser])
    def versions(self, request, pk=None):
        agreement = self.get_object()
        body = s.VersionUploadSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        upload = body.validated_data["file"]
        services.upload_version(
            actor=request.user,
            agreement=agreement,
            upload=services.Upload(upload.name, upload.read()),
            note=body.validated_data["note"],
        )
        return self._respond(agreement, status.HTTP_201_CREATED)


def funding_of(pool: Pool) -> dict:
    host = selectors.host_of(pool.pk)
    return {
        "pool": pool.pk,
        "host": {
            "kind": host.kind,
            "name": host.name,
            "municipality": host.municipality.code if host.municipality else None,
            "role": host.role,
        }
        if host
        else None,
        "funders": [
            {
                "id": f.pk,
                "name": f.name,
                "kind": f.kind,
                "contributions": [
                    {"year": c.year, "amount_eur": c.amount_eur, "percentage": c.percentage}
                    for c in f.contributions.all()
                ],
            }
            for f in selectors.funders_of(pool.pk)
        ],
    }


class FundingView(APIView):
    """A pool's host organisation and funders with their contributions per year. PUT replaces them
    all (funders not in the body are removed); the pool's coordinator only."""

    permission_map = {"get": "funding.view", "put": "funding.manage"}
    parser_classes = [JSONParser]

    def _pool(self, request, pk: int) -> Pool:
        return get_object_or_404(scope_funding_pools(request.user, Pool.objects.all()), pk=pk)

    @extend_schema(responses=s.FundingSerializer)
    def get(self, request, pk: int):
        return Response(s.FundingSerializer(funding_of(self._pool(request, pk))).data)

    @extend_schema(request=s.FundingSerializer, responses=s.FundingSerializer)
    def put(self, request, pk: int):
        pool = self._pool(request, pk)
        body = s.FundingSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        with transaction.atomic():
            if data["host"] is not None:
                services.set_host(actor=request.user, pool=pool, **data["host"])
            wanted = {f["name"].strip().lower(): f for f in data["funders"]}
            for funder in Funder.objects.filter(pool=pool):
                if funder.name.lower() not in wanted:
                    services.remove_funder(actor=request.user, funder=funder)
            for key, item in wanted.items():
                funder = Funder.objects.filter(pool=pool, name__iexact=key).first()
                if funder is None:
                    funder = services.add_funder(
                        actor=request.user, pool=pool, name=item["name"], kind=item["kind"]
                    )
                years = {c["year"]: c for c in item.get("contributions", [])}
                for year in set(funder.contributions.values_list("year", flat=True)) - set(years):
                    services.set_contribution(actor=request.user, funder=funder, year=year)
                for year, c in years.items():
                    services.set_contribution(
                        actor=request.user,
                        funder=funder,
                        year=year,
                        amount_eur=c.get("amount_eur"),
                        percentage=c.get("percentage"),
                    )
        return Response(s.FundingSerializer(funding_of(pool)).data)
