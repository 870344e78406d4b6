"""Assignments, proposals as input, and a member's weekly load."""

from __future__ import annotations

from rest_framework import serializers

from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import PoolMember


class WeekLoadSerializer(serializers.Serializer):
    week = serializers.CharField(source="label")
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
