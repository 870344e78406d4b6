from django.urls import path

from flexpool.imports import views

urlpatterns = [
    path("importeren/", views.import_csv, name="import"),
]
