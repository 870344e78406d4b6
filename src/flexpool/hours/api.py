"""REST API for hours and settlements (/api/v1/hours/, /api/v1/settlements/).

Permissions per DRF action through `accounts.api.RolePermission`; rows through the same scoped
selectors as the pages, so anything outside a user's scope is a 404.
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from flexpool.accounts.api import RolePermission
from flexpool.core.api_support import DayField, IdField
from flexpool.hours import selectors, services
from flexpool.hours.models import HourEntry, Settlement, SettlementLine
from flexpool.matching.models import Assignment

READ_HOURS = ("hours.write", "hours.approve", "hours.monitor")


class HourEntrySerializer(serializers.ModelSerializer):
    member = serializers.CharField(source="assignment.member.name", read_only=True)
    request = serializers.IntegerField(source="assignment.request_id", read_only=True)
    municipality = serializers.CharField(source="assignment.request.municipality.code", read_only=True)

    class Meta:
        model = HourEntry
        fields = [
            "id", "assignment", "request", "municipality", "member", "week", "hours", "kind", "status",
            "note", "reason", "correction_of", "settled_in", "submitted_at", "decided_at", "version",
        ]  # fmt: skip
        read_only_fields = fields


class WriteHoursSerializer(serializers.Serializer):
    assignment = IdField()
    week = DayField(help_text="Een dag in de week; de uren horen bij de maandag.")
    hours = serializers.DecimalField(max_digits=6, decimal_places=2)
    note = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")
    expected_version = serializers.IntegerField(required=False, allow_null=True, default=None)


class HoursReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=255, required=False, allow_blank=True, default="")


class HourEntryViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    """Hour entries: a member writes them (POST), the municipality approves or rejects them."""

    permission_classes = [RolePermission]
    permission_map = {
        "list": READ_HOURS,
        "retrieve": READ_HOURS,
        "create": "hours.write",
        "approve": "hours.approve",
        "reject": "hours.approve",
    }
    serializer_class = HourEntrySerializer

    def get_queryset(self):
        queryset = selectors.hours_for(self.request.user).order_by("-week", "id")
        status_filter = self.request.query_params.get("status")
        if status_filter:
            queryset = queryset.filter(status=status_filter)
        return queryset

    @extend_schema(request=WriteHoursSerializer, responses={201: HourEntrySerializer})
    def create(self, request, *args, **kwargs):
        data = WriteHoursSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        assignment = get_object_or_404(
            Assignment.objects.filter(member__user=request.user), pk=values.pop("assignment")
        )
        entry = services.write_hours(actor=request.user, assignment=assignment, **values)
        return Response(HourEntrySerializer(entry).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=HourEntrySerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        entry = services.approve_hours(actor=request.user, entry=self.get_object())
        return Response(HourEntrySerializer(entry).data)

    @extend_schema(request=HoursReasonSerializer, responses=HourEntrySerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        data = HoursReasonSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        entry = services.reject_hours(
            actor=request.user, entry=self.get_object(), reason=data.validated_data["reason"]
        )
        return Response(HourEntrySerializer(entry).data)


class SettlementLineSerializer(serializers.ModelSerializer):
    municipality = serializers.CharField(source="municipality.code")
    municipality_name = serializers.CharField(source="municipality.name")

    class Meta:
        model = SettlementLine
        fields = [
            "municipality", "municipality_name", "tier", "hours", "use_amount", "correction_amount",
            "contribution_credit", "secondment_credit", "funder_credit", "balance",
        ]  # fmt: skip


class SettlementSerializer(serializers.ModelSerializer):
    period = serializers.CharField(source="period.label")
    start = serializers.DateField(source="period.start")
    end = serializers.DateField(source="period.end")
    pool = serializers.CharField(source="pool.name")
    lines = serializers.SerializerMethodField()

    class Meta:
        model = Settlement
        fields = [
            "id", "pool", "period", "start", "end", "created_at", "total_hours", "total_use",
            "total_corrections", "total_contribution", "total_secondment", "total_funding", "total_balance",
            "lines",
        ]  # fmt: skip

    @extend_schema_field(SettlementLineSerializer(many=True))
    def get_lines(self, settlement) -> list[dict]:
        lines = self.context["lines"].get(settlement.pk, [])
        return SettlementLineSerializer(lines, many=True).data


class SettlementViewSet(viewsets.ReadOnlyModelViewSet):
    """Settled periods with their lines; a contact gets only its own municipality's line."""

    permission_classes = [RolePermission]
    permission_map = {"list": "settlement.view", "retrieve": "settlement.view"}
    serializer_class = SettlementSerializer

    def get_queryset(self):
        return selectors.settlements_for(self.request.user).order_by("-period__start")

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["lines"] = {}
        return context

    def _serialize(self, settlements, many):
        user = self.request.user
        lines = SettlementLine.objects.filter(settlement__in=[s.pk for s in settlements]).select_related(
            "municipality"
        )
        if not selectors.sees_all_municipalities(user):
            from flexpool.accounts.permissions import contact_municipality_id

            lines = lines.filter(municipality_id=contact_municipality_id(user) or -1)
        by_settlement: dict[int, list] = {}
        for line in lines.order_by("municipality__name"):
            by_settlement.setdefault(line.settlement_id, []).append(line)
        data = SettlementSerializer(settlements, many=many, context={"lines": by_settlement}).data
        return data

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(self._serialize(list(page), many=True))

    def retrieve(self, request, *args, **kwargs):
        settlement = self.get_object()
        return Response(self._serialize([settlement], many=True)[0])
