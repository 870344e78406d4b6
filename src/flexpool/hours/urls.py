from django.urls import path

from flexpool.hours import views

urlpatterns = [
    path("uren/", views.my_hours, name="hours-mine"),
    path("uren/goedkeuren/", views.approve_list, name="hours-approve"),
    path("uren/beoordelen/", views.decide_many, name="hours-decide-many"),
    path("uren/<int:pk>/<slug:action>/", views.decide, name="hours-decide"),
    path("uren/monitor/", views.monitor, name="hours-monitor"),
    path("tarieven/", views.tariffs, name="tariffs"),
    path("verrekening/", views.settlement_list, name="settlement-list"),
    path("verrekening/voorbeeld/", views.settlement_preview, name="settlement-preview"),
    path("verrekening/<int:pk>/", views.settlement_detail, name="settlement-detail"),
    path("verrekening/<int:pk>/verrekening.xlsx", views.settlement_xlsx, name="settlement-xlsx"),
    path("verrekening/<int:pk>/verrekening.csv", views.settlement_csv, name="settlement-csv"),
    path("verrekening/<int:pk>/<str:code>/", views.specification, name="settlement-specification"),
    path("verrekening/<int:pk>/<str:code>/specificatie.pdf", views.specification_pdf, name="settlement-pdf"),
]
