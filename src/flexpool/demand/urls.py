from django.urls import path

from flexpool.demand import views

urlpatterns = [
    path("vragen/", views.request_list, name="request-list"),
    path("vragen/nieuw/", views.request_create, name="request-create"),
    path("vragen/<int:pk>/", views.request_detail, name="request-detail"),
    path("vragen/<int:pk>/bewerken/", views.request_edit, name="request-edit"),
    path("vragen/<int:pk>/actie/<slug:action>/", views.request_action, name="request-action"),
    path("intake/", views.intake_queue, name="intake"),
]
