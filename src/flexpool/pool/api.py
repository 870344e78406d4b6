"""Pools, the competence taxonomy and pool members. Personal data only for those who need it."""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from flexpool.accounts.permissions import scope_members, scope_memberships
from flexpool.accounts.viewsets import PublicReadOnly
from flexpool.pool import serializers as s
from flexpool.pool import services
from flexpool.pool.models import Competence, MemberCompetence, Membership, MembershipEvent, Pool, PoolMember


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


class PoolViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = s.PoolSerializer
    permission_map = {"list": "pool.summary", "retrieve": "pool.summary"}
    queryset = Pool.objects.select_related("region").prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.select_related("municipality"))
    )


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
