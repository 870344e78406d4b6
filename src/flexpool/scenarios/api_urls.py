"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from rest_framework.routers import SimpleRouter

urlpatterns: list = []

router = SimpleRouter()  # no viewsets
