"""The audit trail and task progress in the API, and one error shape for the whole API:
{"detail": ..., "errors": {field: [messages]}}."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, status, viewsets
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from flexpool.accounts.permissions import scope_audit
from flexpool.core import serializers as s
from flexpool.core.audit_text import with_people
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
        records = scope_audit(self.request.user, with_people(AuditRecord.objects.all()))
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
