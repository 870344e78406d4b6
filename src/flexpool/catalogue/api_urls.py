"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from rest_framework.routers import SimpleRouter

from flexpool.catalogue.api import MenuItemViewSet

router = SimpleRouter()
router.register("menu-items", MenuItemViewSet, basename="menu-item")

urlpatterns: list = []
