"""The audit trail and background-task progress."""

from __future__ import annotations

from rest_framework import serializers

from flexpool.core.audit_text import describe, person_name
from flexpool.core.models import AuditRecord, TaskProgress


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class AuditRecordSerializer(serializers.ModelSerializer):
    actor = serializers.CharField(source="actor.username", allow_null=True, default=None)
    actor_name = serializers.SerializerMethodField(
        help_text="The person's name (never a login when a name is known); empty for automatic steps."
    )
    description = serializers.SerializerMethodField(
        help_text="The record as one sentence for people, in the language of the request "
        "(Accept-Language): who did what, with status labels, dates and numbers written out."
    )

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
            "actor_name",
            "description",
        ]

    def get_actor_name(self, record: AuditRecord) -> str:
        return person_name(record.actor)

    def get_description(self, record: AuditRecord) -> str:
        return describe(record)


class TaskProgressSerializer(serializers.ModelSerializer):
    class Meta:
        model = TaskProgress
        fields = ["id", "kind", "status", "fraction", "message", "result", "created_at", "updated_at"]
