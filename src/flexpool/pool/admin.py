from django.contrib import admin

from flexpool.pool.models import (
    Competence,
    Contact,
    Domain,
    LeavePeriod,
    MemberCompetence,
    Membership,
    Pool,
    PoolMember,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["municipality"]


@admin.register(Pool)
class PoolAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "local_ties_required"]
    inlines = [MembershipInline]
    filter_horizontal = ["domains", "coordinators"]


class MemberCompetenceInline(admin.TabularInline):
    model = MemberCompetence
    extra = 0


class LeaveInline(admin.TabularInline):
    model = LeavePeriod
    extra = 0


@admin.register(PoolMember)
class PoolMemberAdmin(admin.ModelAdmin):
    list_display = ["name", "pool", "employer", "contract_hours", "home_municipality", "active"]
    list_filter = ["pool", "active"]
    search_fields = ["name", "employer"]
    list_select_related = ["pool", "home_municipality"]
    inlines = [MemberCompetenceInline, LeaveInline]
    autocomplete_fields = ["home_municipality", "local_ties"]


@admin.register(Competence)
class CompetenceAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "name_en", "kind"]
    list_filter = ["kind"]


admin.site.register(Domain)
admin.site.register(Contact)
