"""Assignments, proposals as input, and a member's weekly load."""

from __future__ import annotations

from decimal import Decimal

from rest_framework import serializers

from flexpool.core.api_support import DayField
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import PoolMember


class WeekLoadSerializer(serializers.Serializer):
    week = serializers.CharField(source="iso_week")
    monday = serializers.DateField()
    capacity = serializers.DecimalField(max_digits=5, decimal_places=1)
    load = serializers.DecimalField(max_digits=5, decimal_places=1)
    free = serializers.DecimalField(max_digits=5, decimal_places=1)


class CandidateInputSerializer(serializers.Serializer):
    member = serializers.PrimaryKeyRelatedField(queryset=PoolMember.objects.all())
    hours_per_week = serializers.DecimalField(max_digits=4, decimal_places=1)
    motivation = serializers.CharField(required=False, allow_blank=True, default="")


class ProposeSerializer(serializers.Serializer):
    candidates = CandidateInputSerializer(many=True, min_length=1, max_length=2)


class AssignmentSerializer(serializers.ModelSerializer):
    request_title = serializers.CharField(source="request.title")
    municipality = serializers.CharField(source="request.municipality.code")
    member_name = serializers.CharField(source="member.name")
    status = serializers.ChoiceField(choices=AssignmentStatus.choices)

    class Meta:
        model = Assignment
        fields = [
            "id",
            "request",
            "request_title",
            "municipality",
            "member",
            "member_name",
            "hours_per_week",
            "start",
            "end",
            "status",
            "motivation",
            "explanation",
            "accepted_at",
            "confirmed_at",
        ]


class ExtensionInputSerializer(serializers.Serializer):
    end = DayField(help_text="Nieuwe einddatum (niet eerder dan de huidige)")
    hours_per_week = serializers.DecimalField(
        max_digits=4, decimal_places=1, min_value=Decimal("0.5"), max_value=Decimal("40"), required=False
    )
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=4000)


class ExtensionConsentSerializer(serializers.Serializer):
    municipality = serializers.CharField(source="municipality.code")
    name = serializers.CharField(source="municipality.name")
    percentage = serializers.DecimalField(max_digits=5, decimal_places=2)
    decision = serializers.CharField(help_text="leeg (moet nog beslissen), akkoord of afgewezen")
    decided_at = serializers.DateTimeField(allow_null=True)
    reason = serializers.CharField()


class ExtensionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    assignment = serializers.IntegerField(source="assignment_id")
    request = serializers.IntegerField(source="assignment.request_id")
    member = serializers.CharField(source="assignment.member.name")
    old_end = serializers.DateField()
    end = serializers.DateField()
    old_hours_per_week = serializers.DecimalField(max_digits=4, decimal_places=1)
    hours_per_week = serializers.DecimalField(max_digits=4, decimal_places=1)
    reason = serializers.CharField()
    status = serializers.CharField()
    consents = ExtensionConsentSerializer(many=True, source="consents.all")
    waiting_for = serializers.SerializerMethodField(
        help_text="CBS-codes van de gemeenten die nog moeten beslissen"
    )

    def get_waiting_for(self, obj) -> list[str]:
        return [c.municipality.code for c in obj.waiting_for()]
