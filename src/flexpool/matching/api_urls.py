"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from flexpool.matching import api_selfservice as me
from flexpool.matching.api import (
    AssignmentViewSet,
    ExtensionViewSet,
    MemberLoadViewSet,
    RequestDecisionViewSet,
)

router = SimpleRouter()
# Sub-routes of requests and members, next to the resources that demand and pool serve.
router.register("requests", RequestDecisionViewSet, basename="request")
router.register("members", MemberLoadViewSet, basename="member")
router.register("assignments", AssignmentViewSet, basename="assignment")
router.register("extensions", ExtensionViewSet, basename="extension")

urlpatterns = [
    # Members' self-service, competence validation and the availability grid (plain views).
    path("me/profile/", me.MyProfileView.as_view(), name="me-profile"),
    path("me/competences/", me.MyCompetencesView.as_view(), name="me-competences"),
    path("me/contract/", me.MyContractView.as_view(), name="me-contract"),
    path("me/leave/", me.MyLeaveView.as_view(), name="me-leave"),
    path("me/leave/<int:pk>/", me.MyLeaveDetailView.as_view(), name="me-leave-detail"),
    path("me/availability/", me.MyAvailabilityView.as_view(), name="me-availability"),
    path("me/calendar-link/", me.MyCalendarLinkView.as_view(), name="me-calendar-link"),
    path("competence-claims/", me.ClaimListView.as_view(), name="competence-claim-list"),
    path(
        "competence-claims/<int:pk>/decide/", me.ClaimDecisionView.as_view(), name="competence-claim-decide"
    ),
    path("pool-availability/", me.PoolAvailabilityView.as_view(), name="pool-availability-api"),
]
