"""Every page and API route: the shell, then each app's pages; the API under /api/v1/."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

PAGE_APPS = (
    "web",
    "core",
    "regions",
    "matching",
    "demand",
    "imports",
    "hours",
    "reports",
    "knowledge",
    "scenarios",
    "notifications",
    "conversations",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("flexpool.restapi.urls")),
    *(path("", include(f"flexpool.{app}.urls")) for app in PAGE_APPS),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
