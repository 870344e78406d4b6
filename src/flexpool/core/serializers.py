"""The audit trail and background-task progress."""

from __future__ import annotations

from rest_framework import serializers

from flexpool.core.models import AuditRecord, TaskProgress


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class AuditRecordSerializer(serializers.ModelSerializer):
    actor = serializers.CharField(source="actor.username", allow_null=True, default=None)

    class Meta:
        model = AuditRecord
        fields = [
            "id",
            "occurred_at",
            "actor",
            "action",
            "object_type",
            "object_id",
            "object_label",
            "changes",
            "municipality_code",
        ]


class TaskProgressSerializer(serializers.ModelSerializer):
    class Meta:
        model = TaskProgress
        fields = ["id", "kind", "status", "fraction", "message", "result", "created_at", "updated_at"]
