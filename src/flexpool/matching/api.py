"""Proposals, assignments and capacity in the API.

The proposal actions are sub-routes of a request (`/requests/{id}/propose/` and so on) and a member's
weekly load one of a member (`/members/{id}/load/`); the requests and members themselves are served
by `demand.api` and `pool.api`.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from flexpool.accounts.permissions import scope_assignments
from flexpool.core import params
from flexpool.core.serializers import ReasonSerializer
from flexpool.core.weeks import monday_of
from flexpool.demand.api import request_queryset, request_response
from flexpool.demand.serializers import RequestSerializer
from flexpool.matching import selectors as matching_selectors
from flexpool.matching import serializers as s
from flexpool.matching import services as matching_services
from flexpool.matching.capacity import weekly_loads
from flexpool.matching.models import Assignment
from flexpool.pool.api import members_queryset


class RequestDecisionViewSet(viewsets.GenericViewSet):
    """Capacity requests, scoped to what the user may see; lifecycle actions as POST sub-routes."""

    # These sub-routes propose people, take the municipality's answer, and complete the request.

    serializer_class = RequestSerializer
    permission_map = {
        "propose": "proposal.create",
        "accept": "proposal.respond",
        "decline": "proposal.respond",
        "complete": "assignment.progress",
    }

    def get_queryset(self):
        return request_queryset(self.request.user)

    @extend_schema(request=s.ProposeSerializer, responses=RequestSerializer)
    @action(detail=True, methods=["post"])
    def propose(self, request, pk=None):
        obj = self.get_object()
        body = s.ProposeSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        candidates = [
            matching_services.Candidate(c["member"], c["hours_per_week"], c["motivation"])
            for c in body.validated_data["candidates"]
        ]
        matching_services.propose(actor=request.user, request=obj, candidates=candidates)
        return request_response(self, obj)

    @extend_schema(request=None, responses=RequestSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        return request_response(
            self, matching_services.accept_proposal(actor=request.user, request=self.get_object())
        )

    @extend_schema(request=ReasonSerializer, responses=RequestSerializer)
    @action(detail=True, methods=["post"])
    def decline(self, request, pk=None):
        body = ReasonSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        obj = self.get_object()
        return request_response(
            self,
            matching_services.decline_proposal(
                actor=request.user, request=obj, reason=body.validated_data["reason"]
            ),
        )

    @extend_schema(request=None, responses=RequestSerializer)
    @action(detail=True, methods=["post"])
    def complete(self, request, pk=None):
        return request_response(
            self, matching_services.complete_request(actor=request.user, request=self.get_object())
        )


class MemberLoadViewSet(viewsets.GenericViewSet):
    """A member's capacity and load per week; the member itself or those who plan."""

    serializer_class = s.WeekLoadSerializer
    permission_map = {"load": ("member.list", "member.own_profile")}

    def get_queryset(self):
        return members_queryset(self.request.user)

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "from", OpenApiTypes.DATE, description="First day (default: this week's Monday)"
            ),
            OpenApiParameter("weeks", int, description="Number of weeks (default 12, at most 104)"),
        ],
        responses=s.WeekLoadSerializer(many=True),
    )
    @action(detail=True, pagination_class=None)  # one member's weeks: a plain list, as documented
    def load(self, request, pk=None):
        """Capacity (contract minus leave) and accepted load per week."""
        member = self.get_object()
        start = monday_of(params.day(request.query_params, "from", default=timezone.localdate()))
        weeks = params.integer(request.query_params, "weeks", default=12, minimum=1, maximum=104)
        loads = weekly_loads([member], start, start + timedelta(weeks=weeks, days=-1))[member.pk]
        return Response(s.WeekLoadSerializer(loads, many=True).data)


class AssignmentViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = s.AssignmentSerializer
    permission_map = {
        "list": "assignment.list",
        "retrieve": "assignment.list",
        "confirm": "assignment.confirm",
        "decline": "assignment.confirm",
        "extend": "extension.request",
    }

    def get_queryset(self):
        return (
            scope_assignments(self.request.user, Assignment.objects.all())
            .select_related("request__municipality", "member")
            .order_by("-start", "id")
        )

    def _respond(self, assignment):
        return Response(s.AssignmentSerializer(self.get_queryset().get(pk=assignment.pk)).data)

    @extend_schema(request=None, responses=s.AssignmentSerializer)
    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        return self._respond(
            matching_services.confirm_assignment(actor=request.user, assignment=self.get_object())
        )

    @extend_schema(request=ReasonSerializer, responses=s.AssignmentSerializer)
    @action(detail=True, methods=["post"])
    def decline(self, request, pk=None):
        body = ReasonSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        return self._respond(
            matching_services.decline_assignment(
                actor=request.user, assignment=self.get_object(), reason=body.validated_data["reason"]
            )
        )

    @extend_schema(request=s.ExtensionInputSerializer, responses={201: s.ExtensionSerializer})
    @action(detail=True, methods=["post"])
    def extend(self, request, pk=None):
        """Propose longer work for the same member: every paying municipality then decides."""
        body = s.ExtensionInputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        extension = matching_services.request_extension(
            actor=request.user,
            assignment=self.get_object(),
            end=data["end"],
            hours_per_week=data.get("hours_per_week"),
            reason=data["reason"],
        )
        found = matching_selectors.extensions_for(request.user).get(pk=extension.pk)
        return Response(s.ExtensionSerializer(found).data, status=201)


class ExtensionViewSet(viewsets.ReadOnlyModelViewSet):
    """Extensions of assignments and who still has to decide; each paying municipality accepts or declines."""

    serializer_class = s.ExtensionSerializer
    permission_map = {
        "list": "extension.view",
        "retrieve": "extension.view",
        "accept": "extension.respond",
        "decline": "extension.respond",
    }

    def get_queryset(self):
        return matching_selectors.extensions_for(self.request.user)

    def _respond(self, extension):
        return Response(s.ExtensionSerializer(self.get_queryset().get(pk=extension.pk)).data)

    @extend_schema(request=None, responses=s.ExtensionSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        return self._respond(
            matching_services.accept_extension(actor=request.user, extension=self.get_object())
        )

    @extend_schema(request=ReasonSerializer, responses=s.ExtensionSerializer)
    @action(detail=True, methods=["post"])
    def decline(self, request, pk=None):
        body = ReasonSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        return self._respond(
            matching_services.decline_extension(
                actor=request.user, extension=self.get_object(), reason=body.validated_data["reason"]
            )
        )
