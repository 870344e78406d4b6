from django.contrib import admin

from flexpool.regions.models import Municipality, Province, Region


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "province", "region", "population", "dwellings"]
    list_filter = ["province", "region"]
    search_fields = ["code", "name"]
    list_select_related = ["province", "region"]


admin.site.register(Province)
admin.site.register(Region)
