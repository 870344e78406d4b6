from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("flexpool.restapi.urls")),
    path("api/v1/", include("flexpool.hours.api_urls")),
    path("api/v1/", include("flexpool.reports.api_urls")),
    path("api/v1/", include("flexpool.knowledge.api_urls")),
    path("api/v1/", include("flexpool.scenarios.api_urls")),
    path("", include("flexpool.web_urls")),
    path("", include("flexpool.hours.urls")),
    path("", include("flexpool.reports.urls")),
    path("", include("flexpool.knowledge.urls")),
    path("", include("flexpool.scenarios.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
