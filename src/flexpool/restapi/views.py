"""API views: permission, scoped queryset, one service call per write. Same rules as the pages."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.response import Response

from flexpool.accounts.permissions import (
    contact_municipality_id,
    roles_of,
    scope_assignments,
    scope_members,
    scope_requests,
)
from flexpool.accounts.roles import Role
from flexpool.core.models import AuditRecord, TaskProgress
from flexpool.core.weeks import monday_of
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.demand.models import CapacityRequest, RequiredCompetence
from flexpool.matching import services as matching_services
from flexpool.matching.capacity import weekly_loads
from flexpool.matching.models import Assignment
from flexpool.pool.models import Competence, MemberCompetence, Membership, Pool, PoolMember
from flexpool.regions.models import Municipality, Region
from flexpool.restapi import serializers as s


class PublicReadOnly(viewsets.ReadOnlyModelViewSet):
    public = True  # open data: readable without login


class RegionViewSet(PublicReadOnly):
    """The 30 RES regions (open data)."""

    queryset = Region.objects.all()
    serializer_class = s.RegionSerializer
    lookup_field = "code"


class MunicipalityViewSet(PublicReadOnly):
    """The 342 municipalities with CBS code, province, RES region, inhabitants and dwellings (open data)."""

    serializer_class = s.MunicipalitySerializer
    lookup_field = "code"

    @extend_schema(
        parameters=[
            OpenApiParameter("region", str, description="RES region code, e.g. ES03"),
            OpenApiParameter("province", str, description="Province code, e.g. PV22"),
        ]
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def get_queryset(self):
        queryset = Municipality.objects.select_related("province", "region").order_by("code")
        if region := self.request.query_params.get("region"):
            queryset = queryset.filter(region__code=region)
        if province := self.request.query_params.get("province"):
            queryset = queryset.filter(province__code=province)
        return queryset


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
        "load": ("member.list", "member.own_profile"),
    }

    def get_queryset(self):
        return (
            scope_members(self.request.user, PoolMember.objects.all())
            .select_related("home_municipality")
            .prefetch_related(
                Prefetch("competences", queryset=MemberCompetence.objects.select_related("competence")),
                "local_ties",
                "leave_periods",
            )
            .order_by("name")
        )

    def get_serializer_class(self):
        return s.member_serializer_for(self.request.user) if self.request else s.MemberSerializer

    def retrieve(self, request, *args, **kwargs):
        member = self.get_object()
        return Response(s.member_serializer_for(request.user, member)(member).data)

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "from", OpenApiTypes.DATE, description="First day (default: this week's Monday)"
            ),
            OpenApiParameter("weeks", int, description="Number of weeks (default 12, at most 104)"),
        ],
        responses=s.WeekLoadSerializer(many=True),
    )
    @action(detail=True)
    def load(self, request, pk=None):
        """Capacity (contract minus leave) and accepted load per week."""
        member = self.get_object()
        try:
            start = monday_of(
                timezone.datetime.fromisoformat(request.query_params["from"]).date()
                if "from" in request.query_params
                else timezone.localdate()
            )
            weeks = max(1, min(104, int(request.query_params.get("weeks", 12))))
        except ValueError:
            raise ApiValidationError(
                {"from": ["Gebruik JJJJ-MM-DD."], "weeks": ["Een geheel getal."]}
            ) from None
        loads = weekly_loads([member], start, start + timedelta(weeks=weeks, days=-1))[member.pk]
        return Response(s.WeekLoadSerializer(loads, many=True).data)


def _request_queryset(user):
    return (
        scope_requests(user, CapacityRequest.objects.all())
        .select_related("municipality", "pool")
        .prefetch_related(
            Prefetch(
                "required_competences", queryset=RequiredCompetence.objects.select_related("competence")
            ),
            "shares__municipality",
            Prefetch("assignments", queryset=Assignment.objects.select_related("member").order_by("id")),
        )
        .order_by("-created_at", "-id")
    )


def _details(data) -> demand_services.RequestDetails:
    return demand_services.RequestDetails(
        title=data["title"],
        description=data["description"],
        hours_per_week=data["hours_per_week"],
        start=data["start"],
        end=data["end"],
        resident_facing=data["resident_facing"],
        priority=data["priority"],
        splittable=data["splittable"],
        required=[(rc["competence"], rc["min_level"]) for rc in data["required_competences"]],
        shares=[(sh["municipality"], sh["percentage"]) for sh in data.get("shares", [])],
    )


class RequestViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Capacity requests, scoped to what the user may see; lifecycle actions as POST sub-routes."""

    serializer_class = s.RequestSerializer
    permission_map = {
        "list": "request.list",
        "retrieve": "request.view",
        "create": "request.create",
        "partial_update": "request.edit",
        "submit": "request.submit",
        "withdraw": "request.withdraw",
        "intake": "request.intake",
        "reject": "request.reject",
        "propose": "proposal.create",
        "accept": "proposal.respond",
        "decline": "proposal.respond",
        "complete": "assignment.progress",
    }

    def get_queryset(self):
        queryset = _request_queryset(self.request.user)
        if status_filter := self.request.query_params.get("status"):
            queryset = queryset.filter(status=status_filter)
        if municipality := self.request.query_params.get("municipality"):
            queryset = queryset.filter(municipality__code=municipality)
        return queryset

    @extend_schema(
        parameters=[
            OpenApiParameter("status", str, description="Filter on status, e.g. ingediend"),
            OpenApiParameter("municipality", str, description="Filter on CBS code"),
        ]
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def _respond(self, request_obj, code=status.HTTP_200_OK):
        fresh = _request_queryset(self.request.user).get(pk=request_obj.pk)
        return Response(s.RequestSerializer(fresh, context={"request": self.request}).data, status=code)

    @extend_schema(request=s.RequestWriteSerializer, responses={201: s.RequestSerializer})
    def create(self, request):
        data = s.RequestWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        municipality = values.get("municipality") or (
            Municipality.objects.filter(pk=contact_municipality_id(request.user)).first()
        )
        pool = values.get("pool") or (
            Pool.objects.filter(
                memberships__municipality=municipality, memberships__left_on__isnull=True
            ).first()
        )
        if municipality is None or pool is None:
            raise ApiValidationError({"municipality": ["Geef de gemeente en de pool op."]})
        created = demand_services.create_request(
            actor=request.user,
            pool=pool,
            municipality=municipality,
            details=_details(values),
            submit=values["submit"],
        )
        return self._respond(created, status.HTTP_201_CREATED)

    @extend_schema(request=s.RequestWriteSerializer, responses=s.RequestSerializer)
    def partial_update(self, request, pk=None):
        existing = self.get_object()
        data = s.RequestWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        if "version" not in data.validated_data:
            raise ApiValidationError({"version": ["Geef de versie op die u hebt gelezen."]})
        updated = demand_services.update_request(
            actor=request.user,
            request=existing,
            details=_details(data.validated_data),
            expected_version=data.validated_data["version"],
        )
        return self._respond(updated)

    def _transition(self, action_name, with_reason=False):
        obj = self.get_object()
        reason = ""
        if with_reason:
            body = s.ReasonSerializer(data=self.request.data)
            body.is_valid(raise_exception=True)
            reason = body.validated_data["reason"]
        return self._respond(
            demand_services.transition(
                actor=self.request.user, request=obj, action=action_name, reason=reason
            )
        )

    @extend_schema(request=None, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._transition(RequestAction.SUBMIT)

    @extend_schema(request=s.ReasonSerializer, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        return self._transition(RequestAction.WITHDRAW, with_reason=True)

    @extend_schema(request=None, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def intake(self, request, pk=None):
        return self._transition(RequestAction.TAKE_INTO_INTAKE)

    @extend_schema(request=s.ReasonSerializer, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        return self._transition(RequestAction.REJECT, with_reason=True)

    @extend_schema(request=s.ProposeSerializer, responses=s.RequestSerializer)
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
        return self._respond(obj)

    @extend_schema(request=None, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        return self._respond(matching_services.accept_proposal(actor=request.user, request=self.get_object()))

    @extend_schema(request=s.ReasonSerializer, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def decline(self, request, pk=None):
        body = s.ReasonSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        obj = self.get_object()
        return self._respond(
            matching_services.decline_proposal(
                actor=request.user, request=obj, reason=body.validated_data["reason"]
            )
        )

    @extend_schema(request=None, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def complete(self, request, pk=None):
        return self._respond(
            matching_services.complete_request(actor=request.user, request=self.get_object())
        )


class AssignmentViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = s.AssignmentSerializer
    permission_map = {
        "list": "assignment.list",
        "retrieve": "assignment.list",
        "confirm": "assignment.confirm",
        "decline": "assignment.confirm",
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

    @extend_schema(request=s.ReasonSerializer, responses=s.AssignmentSerializer)
    @action(detail=True, methods=["post"])
    def decline(self, request, pk=None):
        body = s.ReasonSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        return self._respond(
            matching_services.decline_assignment(
                actor=request.user, assignment=self.get_object(), reason=body.validated_data["reason"]
            )
        )


class AuditViewSet(viewsets.ReadOnlyModelViewSet):
    """Decisions and changes: the coordinator sees all, a contact those about its municipality."""

    serializer_class = s.AuditRecordSerializer
    queryset = AuditRecord.objects.none()  # for the schema; get_queryset scopes per user
    permission_map = {"list": "audit.view", "retrieve": "audit.view"}

    def get_queryset(self):
        records = AuditRecord.objects.select_related("actor")
        if Role.COORDINATOR not in roles_of(self.request.user):
            municipality = get_object_or_404(Municipality, pk=contact_municipality_id(self.request.user))
            records = records.filter(municipality_code=municipality.code)
        if action_filter := self.request.query_params.get("action"):
            records = records.filter(action=action_filter)
        if object_type := self.request.query_params.get("object_type"):
            records = records.filter(
                object_type=object_type, object_id=self.request.query_params.get("object_id", "")
            )
        return records

    @extend_schema(
        parameters=[
            OpenApiParameter("action", str, description="Exact action, e.g. vraag.accepteren"),
            OpenApiParameter("object_type", str, description="e.g. demand.capacityrequest (with object_id)"),
            OpenApiParameter("object_id", str),
        ]
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)


class TaskProgressViewSet(viewsets.ReadOnlyModelViewSet):
    """Progress of background jobs started by the user (imports, planning)."""

    serializer_class = s.TaskProgressSerializer
    queryset = TaskProgress.objects.none()  # for the schema; get_queryset scopes per user
    permission_map = {"list": "task.view", "retrieve": "task.view"}

    def get_queryset(self):
        return TaskProgress.objects.filter(owner=self.request.user)
