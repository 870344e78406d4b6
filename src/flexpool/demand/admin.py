from django.contrib import admin

from flexpool.demand.models import CapacityRequest, RequestShare, RequiredCompetence


class RequiredInline(admin.TabularInline):
    model = RequiredCompetence
    extra = 0


class ShareInline(admin.TabularInline):
    model = RequestShare
    extra = 0


@admin.register(CapacityRequest)
class CapacityRequestAdmin(admin.ModelAdmin):
    """Status is changed only through the services (pages or API), so it is read-only here."""

    list_display = ["title", "municipality", "status", "hours_per_week", "start", "end"]
    list_filter = ["status", "pool", "resident_facing"]
    search_fields = ["title"]
    readonly_fields = ["status", "version"]
    list_select_related = ["municipality"]
    inlines = [RequiredInline, ShareInline]
