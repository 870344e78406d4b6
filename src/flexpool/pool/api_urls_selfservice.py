from django.urls import path

from flexpool.pool import api_selfservice as api

urlpatterns = [
    path("me/profile/", api.MyProfileView.as_view(), name="me-profile"),
    path("me/competences/", api.MyCompetencesView.as_view(), name="me-competences"),
    path("me/contract/", api.MyContractView.as_view(), name="me-contract"),
    path("me/leave/", api.MyLeaveView.as_view(), name="me-leave"),
    path("me/leave/<int:pk>/", api.MyLeaveDetailView.as_view(), name="me-leave-detail"),
    path("me/availability/", api.MyAvailabilityView.as_view(), name="me-availability"),
    path("me/calendar-link/", api.MyCalendarLinkView.as_view(), name="me-calendar-link"),
    path("competence-claims/", api.ClaimListView.as_view(), name="competence-claim-list"),
    path(
        "competence-claims/<int:pk>/decide/", api.ClaimDecisionView.as_view(), name="competence-claim-decide"
    ),
    path("pool-availability/", api.PoolAvailabilityView.as_view(), name="pool-availability-api"),
]
