"""Pools, the competence taxonomy and pool members. Personal data only for those who need it."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.response import Response

from flexpool.accounts.api import RoleOrAdministrator
from flexpool.accounts.permissions import coordinated_pool_ids, scope_members, scope_memberships
from flexpool.accounts.viewsets import PublicReadOnly
from flexpool.pool import serializers as s
from flexpool.pool import services
from flexpool.pool.models import (
    Competence,
    MemberCompetence,
    Membership,
    MembershipEvent,
    Pool,
    PoolEngagement,
    PoolMember,
)


def members_queryset(user):
    return (
        scope_members(user, PoolMember.objects.all())
        .select_related("home_municipality")
        .prefetch_related(
            Prefetch("competences", queryset=MemberCompetence.objects.select_related("competence")),
            "local_ties",
            "leave_periods",
        )
        .order_by("name")
    )


class CompetenceViewSet(PublicReadOnly):
    """The competence taxonomy: process skills apart from content skills."""

    queryset = Competence.objects.all()
    serializer_class = s.CompetenceSerializer
    lookup_field = "code"


class PoolViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Pools with their domains, rules and members. A new pool: the administrator; changing a pool's
    settings: the administrator or the pool's coordinator (`pool.services`)."""

    serializer_class = s.PoolSerializer
    permission_map = {
        "list": "pool.summary",
        "retrieve": "pool.summary",
        "create": "pool.setup",
        "partial_update": "pool.setup",
    }
    queryset = Pool.objects.select_related("region").prefetch_related(
        "domains",
        "coordinators",
        Prefetch("memberships", queryset=Membership.objects.select_related("municipality")),
    )

    def get_permissions(self):
        return [RoleOrAdministrator()]

    def _respond(self, pool, code=status.HTTP_200_OK):
        return Response(s.PoolSerializer(self.get_queryset().get(pk=pool.pk)).data, status=code)

    @staticmethod
    def _setup(data, pool=None) -> services.PoolSetup:
        def current(name, default):
            return data[name] if name in data else (getattr(pool, name) if pool is not None else default)

        return services.PoolSetup(
            name=current("name", ""),
            domains=list(data["domains"]) if "domains" in data else list(pool.domains.all()) if pool else [],
            region=current("region", None),
            coordinators=list(data["coordinators"])
            if "coordinators" in data
            else list(pool.coordinators.all())
            if pool
            else [],
            local_ties_required=current("local_ties_required", True),
            notice_months=current("notice_months", 12),
            partners_approve_hours=current("partners_approve_hours", False),
        )

    @extend_schema(request=s.PoolSetupSerializer, responses={201: s.PoolSerializer})
    def create(self, request, *args, **kwargs):
        body = s.PoolSetupSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        with transaction.atomic():
            pool = self._create(request, data)
        return self._respond(pool, status.HTTP_201_CREATED)

    def _create(self, request, data):
        pool = services.create_pool(
            actor=request.user,
            setup=self._setup(data),
            members=None if data.get("municipalities") else services.NewMembers(municipalities=[]),
        )
        for row in data.get("municipalities", []):
            services.join(
                actor=request.user,
                pool=pool,
                municipality=row["municipality"],
                tier=row["tier"],
                joined_on=row["joined_on"],
                contribution=row["yearly_contribution_eur"],
            )
        return pool

    @extend_schema(request=s.PoolSetupSerializer, responses=s.PoolSerializer)
    def partial_update(self, request, *args, **kwargs):
        pool = self.get_object()
        body = s.PoolSetupSerializer(data=request.data, partial=True)
        body.is_valid(raise_exception=True)
        if "municipalities" in body.validated_data:
            raise ApiValidationError(
                {"municipalities": [_("Gemeenten treden toe via /api/v1/memberships/.")]}
            )
        pool = services.update_pool(
            actor=request.user, pool=pool, setup=self._setup(body.validated_data, pool)
        )
        return self._respond(pool)


class EngagementViewSet(
    mixins.ListModelMixin, mixins.CreateModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet
):
    """Members who also work in another pool, with at most these hours a week there. The coordinator
    of the member's home pool records them; the coordinator of the other pool reads them."""

    serializer_class = s.EngagementSerializer
    queryset = PoolEngagement.objects.none()  # the schema's type of the id; get_queryset scopes
    permission_map = {"list": "pool.setup", "create": "pool.setup", "destroy": "pool.setup"}

    def get_permissions(self):
        return [RoleOrAdministrator()]

    def get_queryset(self):
        queryset = PoolEngagement.objects.select_related("member", "pool").order_by(
            "member__name", "pool__name"
        )
        if self.request.user.is_superuser:
            return queryset
        pools = coordinated_pool_ids(self.request.user)
        return queryset.filter(Q(member__pool_id__in=pools) | Q(pool_id__in=pools))

    def create(self, request, *args, **kwargs):
        body = s.EngagementSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        engagement = services.set_engagement(
            actor=request.user,
            member=data["member"],
            pool=data["pool"],
            hours_per_week=data["hours_per_week"],
        )
        return Response(s.EngagementSerializer(engagement).data, status=status.HTTP_201_CREATED)

    def destroy(self, request, *args, **kwargs):
        services.end_engagement(actor=request.user, engagement=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class MemberViewSet(viewsets.ReadOnlyModelViewSet):
    """Pool members. Personal data (e-mail, employer, leave) only for the coordinator and the member."""

    # A member may read its own record and load; scope_members limits it to that one row.
    permission_map = {
        "list": "member.list",
        "retrieve": ("member.list", "member.own_profile"),
    }

    def get_queryset(self):
        return members_queryset(self.request.user)

    def get_serializer_class(self):
        return s.member_serializer_for(self.request.user) if self.request else s.MemberSerializer

    def retrieve(self, request, *args, **kwargs):
        member = self.get_object()
        return Response(s.member_serializer_for(request.user, member)(member).data)


class MembershipViewSet(viewsets.ReadOnlyModelViewSet):
    """Memberships with their history (joined, tier changes, leaving); writes by the pool's coordinator."""

    serializer_class = s.MembershipSerializer
    permission_map = {
        "list": "pool.summary",
        "retrieve": "pool.summary",
        "create": "membership.manage",
        "tier": "membership.manage",
        "leave": "membership.manage",
    }

    def get_queryset(self):
        return (
            scope_memberships(self.request.user, Membership.objects.all())
            .select_related("municipality")
            .prefetch_related(Prefetch("events", queryset=MembershipEvent.objects.order_by("on", "id")))
            .order_by("pool_id", "municipality__name")
        )

    def _respond(self, membership, code=status.HTTP_200_OK):
        return Response(s.MembershipSerializer(self.get_queryset().get(pk=membership.pk)).data, status=code)

    @extend_schema(request=s.JoinSerializer, responses={201: s.MembershipSerializer})
    def create(self, request):
        body = s.JoinSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        membership = services.join(
            actor=request.user,
            pool=data["pool"],
            municipality=data["municipality"],
            tier=data["tier"],
            joined_on=data["joined_on"],
            contribution=data["yearly_contribution_eur"],
        )
        return self._respond(membership, status.HTTP_201_CREATED)

    @extend_schema(request=s.TierSerializer, responses=s.MembershipSerializer)
    @action(detail=True, methods=["post"])
    def tier(self, request, pk=None):
        body = s.TierSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        membership = services.change_tier(
            actor=request.user,
            membership=self.get_object(),
            tier=body.validated_data["tier"],
            contribution=body.validated_data["yearly_contribution_eur"],
        )
        return self._respond(membership)

    @extend_schema(request=s.LeaveSerializer, responses=s.MembershipSerializer)
    @action(detail=True, methods=["post"])
    def leave(self, request, pk=None):
        body = s.LeaveSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        membership = services.announce_leave(
            actor=request.user, membership=self.get_object(), left_on=body.validated_data["left_on"]
        )
        return self._respond(membership)
