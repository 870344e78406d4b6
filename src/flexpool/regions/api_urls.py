"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from rest_framework.routers import SimpleRouter

from flexpool.regions.api import MunicipalityViewSet, RegionViewSet

router = SimpleRouter()
router.register("regions", RegionViewSet, basename="region")
router.register("municipalities", MunicipalityViewSet, basename="municipality")

urlpatterns: list = []  # routes outside the router: none
