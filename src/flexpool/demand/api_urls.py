"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from rest_framework.routers import SimpleRouter

from flexpool.demand.api import RequestViewSet

router = SimpleRouter()
router.register("requests", RequestViewSet, basename="request")

urlpatterns: list = []  # routes outside the router: none
