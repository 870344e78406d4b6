"""Pools, the competence taxonomy and pool members; personal data only for those who need it."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from rest_framework import serializers

from flexpool.accounts.permissions import has_permission, is_member
from flexpool.pool.models import Competence, Domain, Membership, Pool, PoolMember
from flexpool.regions.models import Municipality, Region


class CompetenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Competence
        fields = ["code", "name", "kind"]


class PoolSerializer(serializers.ModelSerializer):
    region = serializers.CharField(source="region.code", allow_null=True)
    municipalities = serializers.SerializerMethodField()
    domains = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    coordinators = serializers.SerializerMethodField()

    class Meta:
        model = Pool
        fields = [
            "id",
            "name",
            "region",
            "domains",
            "local_ties_required",
            "notice_months",
            "partners_approve_hours",
            "coordinators",
            "municipalities",
        ]

    def get_coordinators(self, pool) -> list[dict]:
        return [{"id": u.pk, "name": u.get_full_name() or u.username} for u in pool.coordinators.all()]

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


class NewMembershipSerializer(serializers.Serializer):
    municipality = serializers.SlugRelatedField(slug_field="code", queryset=Municipality.objects.all())
    tier = serializers.ChoiceField(choices=Membership.Tier.choices, default=Membership.Tier.FULL)
    joined_on = serializers.DateField()
    yearly_contribution_eur = serializers.DecimalField(
        max_digits=12, decimal_places=2, min_value=0, default=0
    )


class PoolSetupSerializer(serializers.Serializer):
    """A pool's settings; on create also the municipalities that join (none: those of the region)."""

    name = serializers.CharField(max_length=120)
    domains = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=Domain.objects.all(), help_text="Domain codes, e.g. warmte."
    )
    region = serializers.SlugRelatedField(
        slug_field="code",
        queryset=Region.objects.all(),
        allow_null=True,
        required=False,
        help_text="RES region code (ESxx); null: an own set of municipalities.",
    )
    coordinators = serializers.PrimaryKeyRelatedField(
        many=True, queryset=get_user_model().objects.all(), required=False, help_text="User ids."
    )
    local_ties_required = serializers.BooleanField(default=True)
    notice_months = serializers.IntegerField(min_value=0, max_value=60, default=12)
    partners_approve_hours = serializers.BooleanField(default=False)
    municipalities = NewMembershipSerializer(
        many=True,
        required=False,
        help_text="Only on create: the municipalities that join; empty: every municipality of the region "
        "joins as participant from today.",
    )


class EngagementSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    member = serializers.PrimaryKeyRelatedField(queryset=PoolMember.objects.all())
    member_name = serializers.CharField(source="member.name", read_only=True)
    home_pool = serializers.IntegerField(source="member.pool_id", read_only=True)
    pool = serializers.PrimaryKeyRelatedField(queryset=Pool.objects.all())
    hours_per_week = serializers.DecimalField(
        max_digits=4, decimal_places=1, help_text="At most these hours a week in this (other) pool."
    )
