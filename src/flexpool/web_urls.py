from django.contrib.auth import views as auth_views
from django.urls import path

from flexpool.web import views, views_planning, views_requests, views_tasks

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("inloggen/", auth_views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("vragen/", views_requests.request_list, name="request-list"),
    path("vragen/nieuw/", views_requests.request_create, name="request-create"),
    path("vragen/<int:pk>/", views_requests.request_detail, name="request-detail"),
    path("vragen/<int:pk>/bewerken/", views_requests.request_edit, name="request-edit"),
    path("vragen/<int:pk>/voorstellen/", views_requests.request_propose, name="request-propose"),
    path("vragen/<int:pk>/actie/<slug:action>/", views_requests.request_action, name="request-action"),
    path("intake/", views_requests.intake_queue, name="intake"),
    path("pool/", views.pool_overview, name="pool-overview"),
    path("mijn-profiel/", views.my_profile, name="my-profile"),
    path("inzet/<int:pk>/<slug:action>/", views.assignment_action, name="assignment-action"),
    path("audit/", views.audit_log, name="audit-log"),
    path("gemeenten/", views.municipalities, name="municipalities"),
    path("planning/", views_planning.planning, name="planning"),
    path("planning/<int:pk>/", views_planning.planning_detail, name="planning-detail"),
    path("planning/<int:pk>/versturen/", views_planning.planning_send, name="planning-send"),
    path("importeren/", views_tasks.import_csv, name="import"),
    path("taken/<uuid:pk>/", views_tasks.task_progress, name="task-progress"),
]
