from django.urls import path

from flexpool.scenarios import views

urlpatterns = [
    path("ateliers/", views.workshop_list, name="workshop-list"),
    path("ateliers/<int:pk>/", views.workshop_detail, name="workshop-detail"),
    path("ateliers/<int:pk>/volgende-stappen/", views.workshop_next_steps, name="workshop-next-steps"),
    path("ateliers/runs/<int:pk>/", views.run_detail, name="workshop-run"),
    path("ateliers/runs/<int:pk>/data.csv", views.run_csv, name="workshop-run-csv"),
    path("ateliers/runs/<int:pk>/rapport.pdf", views.run_pdf, name="workshop-run-pdf"),
]
