"""Pools, the competence taxonomy and pool members. Personal data only for those who need it."""

from __future__ import annotations

from django.db.models import Prefetch
from rest_framework import viewsets
from rest_framework.response import Response

from flexpool.accounts.permissions import scope_members
from flexpool.accounts.viewsets import PublicReadOnly
from flexpool.pool import serializers as s
from flexpool.pool.models import Competence, MemberCompetence, Membership, Pool, PoolMember


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
