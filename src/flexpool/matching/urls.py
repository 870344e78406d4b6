from django.urls import path

from flexpool.matching import views, views_planning, views_selfservice

urlpatterns = [
    path("vragen/<int:pk>/voorstellen/", views.request_propose, name="request-propose"),
    path("pool/", views.pool_overview, name="pool-overview"),
    path("mijn-profiel/", views.my_profile, name="my-profile"),
    path("inzet/<int:pk>/<slug:action>/", views.assignment_action, name="assignment-action"),
    path("planning/", views_planning.planning, name="planning"),
    path("planning/<int:pk>/", views_planning.planning_detail, name="planning-detail"),
    path("planning/<int:pk>/versturen/", views_planning.planning_send, name="planning-send"),
    # Members' self-service, the personal calendar feed, validation and the availability grid.
    path("mijn-profiel/bewerken/", views_selfservice.profile_edit, name="profile-edit"),
    path("mijn-profiel/beschikbaarheid/", views_selfservice.availability, name="my-availability"),
    path(
        "mijn-profiel/beschikbaarheid/<int:pk>/verwijderen/",
        views_selfservice.leave_remove,
        name="leave-remove",
    ),
    path("mijn-profiel/agendalink/<slug:action>/", views_selfservice.calendar_link, name="calendar-link"),
    path("agenda/<str:token>.ics", views_selfservice.calendar_feed, name="calendar-feed"),
    path("pool/competenties/", views_selfservice.competence_claims, name="competence-claims"),
    path("pool/beschikbaarheid/", views_selfservice.pool_availability, name="pool-availability"),
]
