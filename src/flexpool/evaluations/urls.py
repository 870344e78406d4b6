from django.urls import path

from flexpool.evaluations import views

urlpatterns = [
    path("evaluaties/", views.evaluation_list, name="evaluation-list"),
    path("evaluaties/vraag/<int:pk>/", views.evaluation_create, name="evaluation-create"),
]
