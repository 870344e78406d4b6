"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from flexpool.agreements.api import AgreementViewSet, FundingView

router = SimpleRouter()
router.register("agreements", AgreementViewSet, basename="agreement")

urlpatterns = [path("pools/<int:pk>/funding/", FundingView.as_view(), name="pool-funding")]
