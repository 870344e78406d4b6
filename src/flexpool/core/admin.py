from django.contrib import admin

from flexpool.core.models import AuditRecord, TaskProgress


@admin.register(AuditRecord)
class AuditRecordAdmin(admin.ModelAdmin):
    """Read-only: the audit trail is written by services and never edited."""

    list_display = ["occurred_at", "actor", "action", "object_label", "municipality_code"]
    list_filter = ["action", "municipality_code"]
    search_fields = ["object_label", "action"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(TaskProgress)
class TaskProgressAdmin(admin.ModelAdmin):
    list_display = ["created_at", "kind", "status", "fraction", "message"]
