from django.urls import path

from flexpool.conversations.api import ConversationView

urlpatterns = [
    path("requests/<int:pk>/messages/", ConversationView.as_view(), name="request-messages"),
]
