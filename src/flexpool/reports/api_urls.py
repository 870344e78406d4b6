"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from flexpool.reports.api import ReportView

urlpatterns = [
    path("reports/<str:code>/", ReportView.as_view(), name="hours-report"),
]

router = SimpleRouter()  # no viewsets
