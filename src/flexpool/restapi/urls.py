"""The API under /api/v1/: every app's routes, one browsable root, the OpenAPI schema and its docs.

Each domain app owns its endpoints in `<app>/api.py` and lists them in `<app>/api_urls.py` as a
`router` (viewsets) and `urlpatterns` (other views). This module only mounts them.
"""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from flexpool.agreements import api_urls as agreements_api
from flexpool.catalogue import api_urls as catalogue_api
from flexpool.conversations import api_urls as conversations_api
from flexpool.core import api_urls as core_api
from flexpool.demand import api_urls as demand_api
from flexpool.evaluations import api_urls as evaluations_api
from flexpool.hours import api_urls as hours_api
from flexpool.knowledge import api_urls as knowledge_api
from flexpool.matching import api_urls as matching_api
from flexpool.notifications import api_urls as notifications_api
from flexpool.pool import api_urls as pool_api
from flexpool.regions import api_urls as regions_api
from flexpool.reports import api_urls as reports_api
from flexpool.scenarios import api_urls as scenarios_api

APPS = (regions_api, pool_api, demand_api, matching_api, core_api, hours_api, knowledge_api, reports_api,
        scenarios_api, notifications_api, conversations_api, catalogue_api, evaluations_api,
        agreements_api)  # fmt: skip

router = DefaultRouter()
for app in APPS:
    router.registry.extend(app.router.registry)


class PublicSchemaView(SpectacularAPIView):
    public = True


class PublicDocsView(SpectacularSwaggerSplitView):
    """Swagger UI from Flexpool's own static files, its start script a separate file (no inline script)."""

    public = True


app_name = "api"

urlpatterns = [
    path("schema/", PublicSchemaView.as_view(), name="schema"),
    path("docs/", PublicDocsView.as_view(url_name="api:schema"), name="api-docs"),
    path("", include(router.urls)),
    *(pattern for app in APPS for pattern in app.urlpatterns),
]
