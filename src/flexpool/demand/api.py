"""Capacity requests in the API: scoped to what the user may see; lifecycle actions as POST sub-routes.

Proposing, accepting, declining and completing change assignments too; `matching.api` serves those
sub-routes of the same resource.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.response import Response

from flexpool.accounts.permissions import contact_municipality_id
from flexpool.core.serializers import ReasonSerializer
from flexpool.demand import selectors
from flexpool.demand import serializers as s
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.pool.models import Membership, Pool
from flexpool.regions.models import Municipality


def request_queryset(user):
    return selectors.with_details(selectors.requests_for(user), people_order=("id",)).order_by(
        "-created_at", "-id"
    )


def request_response(view, request_obj, code=status.HTTP_200_OK) -> Response:
    fresh = request_queryset(view.request.user).get(pk=request_obj.pk)
    return Response(s.RequestSerializer(fresh, context={"request": view.request}).data, status=code)


def details_from(data) -> demand_services.RequestDetails:
    return demand_services.RequestDetails.from_input(
        data,
        required=[(rc["competence"], rc["min_level"]) for rc in data["required_competences"]],
        shares=[(sh["municipality"], sh["percentage"]) for sh in data.get("shares", [])],
        work_municipality=data.get("work_municipality"),
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
    }

    def get_queryset(self):
        queryset = request_queryset(self.request.user)
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
        return request_response(self, request_obj, code)

    @extend_schema(request=s.RequestWriteSerializer, responses={201: s.RequestSerializer})
    def create(self, request):
        data = s.RequestWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        municipality = values.get("municipality") or (
            Municipality.objects.filter(pk=contact_municipality_id(request.user)).first()
        )
        if municipality is None:
            raise ApiValidationError({"municipality": [_("Geef de gemeente op.")]})
        pool = values.get("pool")
        if pool is not None:
            if demand_services.active_membership(pool, municipality, values["start"]) is None:
                raise ApiValidationError(
                    {
                        "pool": [
                            _("%(name)s is op de startdatum geen lid van %(pool)s.")
                            % {"name": municipality.name, "pool": pool.name}
                        ]
                    }
                )
        else:
            # The pool the municipality is a member of on the start date (the first by name).
            pool = (
                Pool.objects.filter(
                    pk__in=Membership.objects.filter(
                        municipality=municipality, joined_on__lte=values["start"]
                    )
                    .exclude(left_on__lt=values["start"])
                    .values("pool_id")
                )
                .order_by("name")
                .first()
            )
            if pool is None:
                raise ApiValidationError(
                    {
                        "pool": [
                            _("%(name)s is op de startdatum geen lid van een pool.")
                            % {"name": municipality.name}
                        ]
                    }
                )
        created = demand_services.create_request(
            actor=request.user,
            pool=pool,
            municipality=municipality,
            details=details_from(values),
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
            details=details_from(data.validated_data),
            expected_version=data.validated_data["version"],
        )
        return self._respond(updated)

    def _transition(self, action_name, with_reason=False):
        obj = self.get_object()
        reason = ""
        if with_reason:
            body = ReasonSerializer(data=self.request.data)
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

    @extend_schema(request=ReasonSerializer, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        return self._transition(RequestAction.WITHDRAW, with_reason=True)

    @extend_schema(request=None, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def intake(self, request, pk=None):
        return self._transition(RequestAction.TAKE_INTO_INTAKE)

    @extend_schema(request=ReasonSerializer, responses=s.RequestSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        return self._transition(RequestAction.REJECT, with_reason=True)
