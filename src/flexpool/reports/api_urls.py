from django.urls import path

from flexpool.reports.api import ReportView

urlpatterns = [
    path("reports/<str:code>/", ReportView.as_view(), name="hours-report"),
]
