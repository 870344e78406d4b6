"""Input and output serializers. Writes go through the services; these only shape data."""

from __future__ import annotations

from rest_framework import serializers

from flexpool.accounts.permissions import has_permission, is_member
from flexpool.core.models import AuditRecord, TaskProgress
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import Competence, Level, Pool, PoolMember
from flexpool.regions.models import Municipality, Region


class RegionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Region
        fields = ["code", "name"]


class MunicipalitySerializer(serializers.ModelSerializer):
    province = serializers.CharField(source="province.name")
    province_code = serializers.CharField(source="province.code")
    region = serializers.CharField(source="region.code")

    class Meta:
        model = Municipality
        fields = [
            "code",
            "name",
            "province",
            "province_code",
            "region",
            "population",
            "dwellings",
            "latitude",
            "longitude",
        ]


class CompetenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Competence
        fields = ["code", "name", "kind"]


class PoolSerializer(serializers.ModelSerializer):
    region = serializers.CharField(source="region.code", allow_null=True)
    municipalities = serializers.SerializerMethodField()

    class Meta:
        model = Pool
        fields = ["id", "name", "region", "local_ties_required", "municipalities"]

    def get_municipalities(self, pool) -> list[dict]:
        return [
            {"code": m.municipality.code, "name": m.municipality.name, "tier": m.tier}
            for m in pool.memberships.all()
        ]


class MemberCompetenceSerializer(serializers.Serializer):
    competence = serializers.CharField(source="competence.code")
    level = serializers.IntegerField()


class MemberSerializer(serializers.ModelSerializer):
    """Public part of a member's profile: what a coordinator or finance needs to plan and settle."""

    home_municipality = serializers.CharField(source="home_municipality.code")
    competences = MemberCompetenceSerializer(many=True)
    local_ties = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta:
        model = PoolMember
        fields = [
            "id",
            "name",
            "pool",
            "contract_hours",
            "home_municipality",
            "competences",
            "local_ties",
            "active",
        ]


class MemberPersonalSerializer(MemberSerializer):
    """Adds personal data, for the coordinator and the member themself."""

    leave = serializers.SerializerMethodField()

    class Meta(MemberSerializer.Meta):
        fields = [*MemberSerializer.Meta.fields, "email", "employer", "leave"]

    def get_leave(self, member) -> list[dict]:
        return [{"start": p.start, "end": p.end} for p in member.leave_periods.all()]


def member_serializer_for(user, member=None):
    if has_permission(user, "member.personal") or (member is not None and is_member(user, member.pk)):
        return MemberPersonalSerializer
    return MemberSerializer


class WeekLoadSerializer(serializers.Serializer):
    week = serializers.CharField(source="label")
    monday = serializers.DateField()
    capacity = serializers.DecimalField(max_digits=5, decimal_places=1)
    load = serializers.DecimalField(max_digits=5, decimal_places=1)
    free = serializers.DecimalField(max_digits=5, decimal_places=1)


class RequiredCompetenceSerializer(serializers.Serializer):
    competence = serializers.CharField(help_text="Competence code, e.g. projectleiding")
    min_level = serializers.ChoiceField(choices=Level.choices, default=Level.ADVANCED)


class ShareSerializer(serializers.Serializer):
    municipality = serializers.CharField(help_text="CBS code, e.g. GM0106")
    percentage = serializers.DecimalField(max_digits=5, decimal_places=2)


class ProposalSerializer(serializers.ModelSerializer):
    member_name = serializers.CharField(source="member.name")

    class Meta:
        model = Assignment
        fields = [
            "id",
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


class RequestSerializer(serializers.ModelSerializer):
    municipality = serializers.CharField(source="municipality.code")
    municipality_name = serializers.CharField(source="municipality.name")
    status = serializers.ChoiceField(choices=RequestStatus.choices)
    required_competences = serializers.SerializerMethodField()
    shares = serializers.SerializerMethodField()
    proposals = ProposalSerializer(source="assignments", many=True)
    allowed_actions = serializers.SerializerMethodField()

    class Meta:
        model = CapacityRequest
        fields = [
            "id",
            "pool",
            "municipality",
            "municipality_name",
            "title",
            "description",
            "hours_per_week",
            "start",
            "end",
            "resident_facing",
            "priority",
            "splittable",
            "status",
            "version",
            "required_competences",
            "shares",
            "proposals",
            "allowed_actions",
            "created_at",
            "updated_at",
        ]

    def get_required_competences(self, obj) -> list[dict]:
        return [
            {"competence": rc.competence.code, "min_level": rc.min_level}
            for rc in obj.required_competences.all()
        ]

    def get_shares(self, obj) -> list[dict]:
        return [
            {"municipality": s.municipality.code, "percentage": str(s.percentage)} for s in obj.shares.all()
        ]

    def get_allowed_actions(self, obj) -> list[str]:
        from flexpool.web.views_requests import allowed_actions

        return [action for action, _label in allowed_actions(self.context["request"].user, obj)]


class RequestWriteSerializer(serializers.Serializer):
    pool = serializers.PrimaryKeyRelatedField(queryset=Pool.objects.all(), required=False)
    municipality = serializers.SlugRelatedField(
        slug_field="code", queryset=Municipality.objects.all(), required=False
    )
    title = serializers.CharField(max_length=160)
    description = serializers.CharField()
    hours_per_week = serializers.DecimalField(max_digits=4, decimal_places=1)
    start = serializers.DateField()
    end = serializers.DateField()
    resident_facing = serializers.BooleanField(default=False)
    priority = serializers.ChoiceField(
        choices=CapacityRequest.Priority.choices, default=CapacityRequest.Priority.NORMAL
    )
    splittable = serializers.BooleanField(default=False)
    required_competences = RequiredCompetenceSerializer(many=True)
    shares = ShareSerializer(many=True, required=False, default=list)
    submit = serializers.BooleanField(default=False, write_only=True)
    version = serializers.IntegerField(
        required=False, help_text="Required when updating: the version you read."
    )


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="")


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


class AuditRecordSerializer(serializers.ModelSerializer):
    actor = serializers.CharField(source="actor.username", allow_null=True, default=None)

    class Meta:
        model = AuditRecord
        fields = [
            "id",
            "occurred_at",
            "actor",
            "action",
            "object_type",
            "object_id",
            "object_label",
            "changes",
            "municipality_code",
        ]


class TaskProgressSerializer(serializers.ModelSerializer):
    class Meta:
        model = TaskProgress
        fields = ["id", "kind", "status", "fraction", "message", "result", "created_at", "updated_at"]
