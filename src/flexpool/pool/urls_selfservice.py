from django.urls import path

from flexpool.pool import views_selfservice as views

urlpatterns = [
    path("mijn-profiel/bewerken/", views.profile_edit, name="profile-edit"),
    path("mijn-profiel/beschikbaarheid/", views.availability, name="my-availability"),
    path("mijn-profiel/beschikbaarheid/<int:pk>/verwijderen/", views.leave_remove, name="leave-remove"),
    path("mijn-profiel/agendalink/<slug:action>/", views.calendar_link, name="calendar-link"),
    path("agenda/<str:token>.ics", views.calendar_feed, name="calendar-feed"),
    path("pool/competenties/", views.competence_claims, name="competence-claims"),
    path("pool/beschikbaarheid/", views.pool_availability, name="pool-availability"),
]
