from django.urls import path

from flexpool.matching import views, views_extensions, views_planning, views_selfservice

urlpatterns = [
    path("vragen/<int:pk>/voorstellen/", views.request_propose, name="request-propose"),
    path("pool/", views.pool_overview, name="pool-overview"),
    path("mijn-profiel/", views.my_profile, name="my-profile"),
    # Longer work: an extension proposed by the coordinator, decided by every paying municipality.
    path("verlengingen/", views_extensions.extension_list, name="extension-list"),
    path("verlengingen/inzet/<int:pk>/", views_extensions.extension_create, name="extension-create"),
    path("verlengingen/<int:pk>/", views_extensions.extension_detail, name="extension-detail"),
    path("verlengingen/<int:pk>/akkoord/", views_extensions.extension_accept, name="extension-accept"),
    path("verlengingen/<int:pk>/afwijzen/", views_extensions.extension_decline, name="extension-decline"),
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
