"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from flexpool.conversations.api import ConversationView

router = SimpleRouter()  # no viewsets

urlpatterns = [
    path("requests/<int:pk>/messages/", ConversationView.as_view(), name="request-messages"),
]
