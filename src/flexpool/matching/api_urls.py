"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from rest_framework.routers import SimpleRouter

from flexpool.matching.api import AssignmentViewSet, MemberLoadViewSet, RequestDecisionViewSet

router = SimpleRouter()
# Sub-routes of requests and members, next to the resources that demand and pool serve.
router.register("requests", RequestDecisionViewSet, basename="request")
router.register("members", MemberLoadViewSet, basename="member")
router.register("assignments", AssignmentViewSet, basename="assignment")

urlpatterns: list = []  # routes outside the router: none
