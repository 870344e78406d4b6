"""Administrators may keep agreements, hosts and funders here too; every change is audited (the
pages and the API go through `agreements.services`, which check the rules; here the administrator
is trusted, but what changed is recorded all the same)."""

from django.contrib import admin

from flexpool.agreements.models import Agreement, AgreementVersion, Funder, FunderContribution, PoolHost
from flexpool.core import audit


class AuditedAdmin(admin.ModelAdmin):
    action_prefix = ""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        action = "gewijzigd" if change else "aangemaakt"
        audit.record(
            actor=request.user,
            action=f"{self.action_prefix}.beheer_{action}",
            obj=obj,
            changes={"velden": sorted(form.changed_data)},
        )

    def delete_model(self, request, obj):
        audit.record(actor=request.user, action=f"{self.action_prefix}.beheer_verwijderd", obj=obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


class VersionInline(admin.TabularInline):
    model = AgreementVersion
    extra = 0
    can_delete = False
    readonly_fields = ("number", "original_name", "file_type", "size", "sha256", "uploaded_by", "uploaded_at")

    def has_add_permission(self, request, obj=None):
        return False  # a new version goes through the agreement's page (checked and audited)


@admin.register(Agreement)
class AgreementAdmin(AuditedAdmin):
    action_prefix = "overeenkomst"
    list_display = ("title", "pool", "kind", "starts_on", "ends_on", "version", "signed")
    list_filter = ("pool", "kind", "signed")
    search_fields = ("title",)
    filter_horizontal = ("municipalities",)
    raw_id_fields = ("membership", "assignment")
    inlines = [VersionInline]


@admin.register(PoolHost)
class PoolHostAdmin(AuditedAdmin):
    action_prefix = "financiering"
    list_display = ("pool", "name", "kind")


class ContributionInline(admin.TabularInline):
    model = FunderContribution
    extra = 0


@admin.register(Funder)
class FunderAdmin(AuditedAdmin):
    action_prefix = "financiering"
    list_display = ("name", "pool", "kind")
    inlines = [ContributionInline]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.has_changed():
            audit.record(
                actor=request.user,
                action="financiering.beheer_bijdragen",
                obj=form.instance,
                changes={
                    "bijdragen": [
                        [c.year, str(c.amount_eur), str(c.percentage)]
                        for c in form.instance.contributions.all()
                    ]
                },
            )
