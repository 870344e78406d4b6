"""The audit trail and task progress in the API, and one error shape for the whole API:
{"detail": ..., "errors": {field: [messages]}}."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.views.defaults import page_not_found
from django.views.defaults import server_error as default_server_error
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status, viewsets
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from flexpool.accounts.permissions import scope_audit
from flexpool.core import params
from flexpool.core import serializers as s
from flexpool.core.models import AuditRecord, TaskProgress


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        errors = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        return Response({"detail": "Ongeldige invoer.", "errors": errors}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, PermissionDenied) and not isinstance(exc, exceptions.PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, exceptions.ValidationError):
        data = response.data if isinstance(response.data, dict) else {"non_field_errors": response.data}
        response.data = {"detail": "Ongeldige invoer.", "errors": data}
    return response


class AuditViewSet(viewsets.ReadOnlyModelViewSet):
    """Decisions and changes: a coordinator those of its pools, a contact those about its municipality."""

    serializer_class = s.AuditRecordSerializer
    queryset = AuditRecord.objects.none()  # for the schema; get_queryset scopes per user
    permission_map = {"list": "audit.view", "retrieve": "audit.view"}

    def get_queryset(self):
        records = scope_audit(self.request.user, AuditRecord.objects.select_related("actor"))
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


class DayField(serializers.DateField):
    """A date between `params.FIRST_DAY` and `params.LAST_DAY`: week arithmetic on dates near
    9999-12-31 would run past the last date there is."""

    def to_internal_value(self, value):
        day = super().to_internal_value(value)
        try:
            return params.check_day(day, self.field_name or "date")
        except params.InvalidParameter as error:
            raise serializers.ValidationError(error.text) from None


class IdField(serializers.IntegerField):
    """The id of a row: a positive whole number."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", params.LARGEST_ID)
        super().__init__(**kwargs)


MAX_LIMIT = 1000
MAX_OFFSET = 10**9


class Pagination(LimitOffsetPagination):
    """limit/offset within bounds: an offset past any table (10^20) is a 400, not a database error."""

    max_limit = MAX_LIMIT

    def get_offset(self, request):
        return params.integer(request.query_params, self.offset_query_param, default=0, maximum=MAX_OFFSET)

    def get_limit(self, request):
        return params.integer(
            request.query_params,
            self.limit_query_param,
            default=self.default_limit,
            minimum=1,
            maximum=MAX_LIMIT,
        )

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {self.limit_query_param: (1, MAX_LIMIT), self.offset_query_param: (0, MAX_OFFSET)}
        for parameter in parameters:
            low, high = bounds[parameter["name"]]
            parameter["schema"].update(minimum=low, maximum=high)
        return parameters


def not_found(request, exception=None):
    """404 for the whole site: JSON in the API's error shape under /api/, the page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Niet gevonden."}, status=404)
    return page_not_found(request, exception)


def server_error(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Serverfout."}, status=500)
    return default_server_error(request)
