from django.urls import path

from flexpool.matching import views, views_planning

urlpatterns = [
    path("vragen/<int:pk>/voorstellen/", views.request_propose, name="request-propose"),
    path("pool/", views.pool_overview, name="pool-overview"),
    path("mijn-profiel/", views.my_profile, name="my-profile"),
    path("inzet/<int:pk>/<slug:action>/", views.assignment_action, name="assignment-action"),
    path("planning/", views_planning.planning, name="planning"),
    path("planning/<int:pk>/", views_planning.planning_detail, name="planning-detail"),
    path("planning/<int:pk>/versturen/", views_planning.planning_send, name="planning-send"),
]
