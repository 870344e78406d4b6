from django.contrib import admin

from flexpool.agreements.models import Agreement, AgreementVersion, Funder, FunderContribution, PoolHost


class VersionInline(admin.TabularInline):
    model = AgreementVersion
    extra = 0
    readonly_fields = ("number", "original_name", "file_type", "size", "sha256", "uploaded_by", "uploaded_at")


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ("title", "pool", "kind", "starts_on", "ends_on", "version", "signed")
    list_filter = ("pool", "kind", "signed")
    search_fields = ("title",)
    filter_horizontal = ("municipalities",)
    raw_id_fields = ("membership", "assignment")
    inlines = [VersionInline]


@admin.register(PoolHost)
class PoolHostAdmin(admin.ModelAdmin):
    list_display = ("pool", "name", "kind")


class ContributionInline(admin.TabularInline):
    model = FunderContribution
    extra = 0


@admin.register(Funder)
class FunderAdmin(admin.ModelAdmin):
    list_display = ("name", "pool", "kind")
    inlines = [ContributionInline]
