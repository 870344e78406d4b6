from django.contrib import admin

from flexpool.matching.models import Assignment


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["member", "request", "hours_per_week", "start", "end", "status"]
    list_filter = ["status"]
    readonly_fields = ["status", "accepted_at", "confirmed_at"]
    list_select_related = ["member", "request"]
