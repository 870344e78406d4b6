from django.contrib import admin

from flexpool.signin import sso
from flexpool.signin.models import ClaimMapping, SsoIdentity


@admin.register(ClaimMapping)
class ClaimMappingAdmin(admin.ModelAdmin):
    """Administrators keep mappings here too (also for finance); every change is audited."""

    list_display = ["claim", "value", "role", "pool", "municipality", "created_at"]
    list_filter = ["role"]
    fields = ["claim", "value", "role", "pool", "municipality"]

    def has_change_permission(self, request, obj=None):
        return False  # delete and add again, so each change is one audited step

    def save_model(self, request, obj, form, change):
        mapping = sso.create_mapping(
            actor=request.user,
            data=sso.MappingInput(obj.claim, obj.value, obj.role, obj.pool_id, obj.municipality_id),
        )
        obj.pk = mapping.pk

    def delete_model(self, request, obj):
        sso.delete_mapping(actor=request.user, mapping=obj)

    def delete_queryset(self, request, queryset):
        for mapping in queryset:
            sso.delete_mapping(actor=request.user, mapping=mapping)


@admin.register(SsoIdentity)
class SsoIdentityAdmin(admin.ModelAdmin):
    list_display = ["user", "subject", "last_login_at"]
    readonly_fields = ["user", "subject", "last_claims", "last_login_at"]
