"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from rest_framework.routers import SimpleRouter

from flexpool.pool.api import (
    CompetenceViewSet,
    EngagementViewSet,
    MembershipViewSet,
    MemberViewSet,
    PoolViewSet,
)

router = SimpleRouter()
router.register("competences", CompetenceViewSet, basename="competence")
router.register("pools", PoolViewSet, basename="pool")
router.register("members", MemberViewSet, basename="member")
router.register("memberships", MembershipViewSet, basename="membership")
router.register("engagements", EngagementViewSet, basename="engagement")

urlpatterns: list = []  # routes outside the router: none
