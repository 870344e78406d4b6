"""Pools, the competence taxonomy and pool members; personal data only for those who need it."""

from __future__ import annotations

from rest_framework import serializers

from flexpool.accounts.permissions import has_permission, is_member
from flexpool.pool.models import Competence, Membership, Pool, PoolMember
from flexpool.regions.models import Municipality


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


class MembershipEventSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text="toegetreden, soort_gewijzigd or vertrek_gemeld")
    on = serializers.DateField()
    tier = serializers.CharField()
    yearly_contribution_eur = serializers.DecimalField(max_digits=12, decimal_places=2)


class MembershipSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    pool = serializers.IntegerField(source="pool_id")
    municipality = serializers.CharField(source="municipality.code")
    municipality_name = serializers.CharField(source="municipality.name")
    tier = serializers.CharField()
    joined_on = serializers.DateField()
    left_on = serializers.DateField(
        allow_null=True, help_text="Last day of membership; null: no leave announced."
    )
    yearly_contribution_eur = serializers.DecimalField(max_digits=12, decimal_places=2)
    history = MembershipEventSerializer(source="events", many=True)


class JoinSerializer(serializers.Serializer):
    pool = serializers.PrimaryKeyRelatedField(queryset=Pool.objects.all())
    municipality = serializers.SlugRelatedField(slug_field="code", queryset=Municipality.objects.all())
    tier = serializers.ChoiceField(choices=Membership.Tier.choices)
    joined_on = serializers.DateField()
    yearly_contribution_eur = serializers.DecimalField(max_digits=12, decimal_places=2, min_value=0)


class TierSerializer(serializers.Serializer):
    tier = serializers.ChoiceField(choices=Membership.Tier.choices)
    yearly_contribution_eur = serializers.DecimalField(max_digits=12, decimal_places=2, min_value=0)


class LeaveSerializer(serializers.Serializer):
    left_on = serializers.DateField(
        help_text="Last day of membership, at least the pool's notice period ahead."
    )
