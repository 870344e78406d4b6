from django.urls import path

from flexpool.core import views

urlpatterns = [
    path("taken/<uuid:pk>/", views.task_progress, name="task-progress"),
]
