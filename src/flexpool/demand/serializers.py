"""Capacity requests as the API reads and writes them. Writes go through `demand.services`."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from flexpool.demand.actions import allowed_actions
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.pool.models import Level, Pool
from flexpool.regions.models import Municipality


class RequiredCompetenceSerializer(serializers.Serializer):
    competence = serializers.CharField(help_text="Competence code, e.g. projectleiding")
    min_level = serializers.ChoiceField(choices=Level.choices, default=Level.ADVANCED)


class ShareSerializer(serializers.Serializer):
    municipality = serializers.CharField(help_text="CBS code, e.g. GM0106")
    percentage = serializers.DecimalField(max_digits=5, decimal_places=2)


class ShareStatusSerializer(serializers.Serializer):
    municipality = serializers.CharField(help_text="CBS code")
    municipality_name = serializers.CharField()
    percentage = serializers.DecimalField(max_digits=5, decimal_places=2)
    accepted_at = serializers.DateTimeField(
        allow_null=True,
        help_text="When this partner accepted the proposal on the table; null: still to decide.",
    )


class ProposalSerializer(serializers.ModelSerializer):
    member_name = serializers.CharField(source="member.name")

    class Meta:
        # Proposals are matching's assignments; demand reaches them through the relation, not an import.
        model = CapacityRequest._meta.get_field("assignments").related_model
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
    work_municipality = serializers.SerializerMethodField(
        help_text="CBS code of the municipality where the work happens (local ties are checked there)."
    )
    proposals = ProposalSerializer(source="assignments", many=True)
    allowed_actions = serializers.SerializerMethodField()
    domain = serializers.SlugRelatedField(
        slug_field="code", read_only=True, help_text="Domain code of the request, e.g. warmte."
    )

    class Meta:
        model = CapacityRequest
        fields = [
            "id",
            "pool",
            "domain",
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
            "work_municipality",
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

    @extend_schema_field(ShareStatusSerializer(many=True))
    def get_shares(self, obj) -> list[dict]:
        return [
            {
                "municipality": s.municipality.code,
                "municipality_name": s.municipality.name,
                "percentage": str(s.percentage),
                "accepted_at": s.accepted_at.isoformat() if s.accepted_at else None,
            }
            for s in obj.shares.all()
        ]

    def get_work_municipality(self, obj) -> str:
        return obj.place.code

    def get_allowed_actions(self, obj) -> list[str]:
        return [action for action, _label in allowed_actions(self.context["request"].user, obj)]


class RequestWriteSerializer(serializers.Serializer):
    pool = serializers.PrimaryKeyRelatedField(
        queryset=Pool.objects.all(),
        required=False,
        help_text="The pool to file with; the municipality must be a member on the start date. "
        "Empty: the pool it is a member of on the start date.",
    )
    domain = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        help_text="Domain code (one of the pool's); empty: the pool's domain when it has one.",
    )
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
    work_municipality = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        help_text="CBS code of the municipality where resident-facing work happens "
        "(the filing municipality or a partner); empty: the filing municipality.",
    )
    submit = serializers.BooleanField(default=False, write_only=True)
    version = serializers.IntegerField(
        required=False, help_text="Required when updating: the version you read."
    )
