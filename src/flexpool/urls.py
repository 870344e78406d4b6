"""Every page and API route: the shell, then each app's pages; the API under /api/v1/."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from flexpool.core.health import health
from flexpool.signin.admin_site import protect_admin_site

protect_admin_site()

PAGE_APPS = (
    "web",
    "core",
    "regions",
    "pool",
    "matching",
    "agreements",
    "demand",
    "imports",
    "hours",
    "reports",
    "knowledge",
    "scenarios",
    "signin",
    "privacy",
    "notifications",
    "conversations",
    "catalogue",
    "evaluations",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("gezondheid/", health, name="health"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("flexpool.restapi.urls")),
    *(path("", include(f"flexpool.{app}.urls")) for app in PAGE_APPS),
]
handler404 = "flexpool.core.api_support.not_found"
handler500 = "flexpool.core.api_support.server_error"
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
