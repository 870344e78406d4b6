"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from rest_framework.routers import SimpleRouter

from flexpool.hours.api import HourEntryViewSet, SettlementViewSet

router = SimpleRouter()
router.register("hours", HourEntryViewSet, basename="hours-entry")
router.register("settlements", SettlementViewSet, basename="hours-settlement")

urlpatterns: list = []  # routes outside the router: none
