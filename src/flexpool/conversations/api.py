"""REST API: the conversation about a request (/api/v1/requests/{id}/messages/)."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from flexpool.accounts.api import RolePermission
from flexpool.accounts.permissions import scope_requests
from flexpool.conversations import selectors, services
from flexpool.conversations.access import display_name, takes_part
from flexpool.conversations.models import Message
from flexpool.demand.models import CapacityRequest


class MessageSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author_name", read_only=True)
    mentioned = serializers.SerializerMethodField()

    class Meta:
        model = Message
        fields = ["id", "author", "body", "mentioned", "created_at"]
        read_only_fields = ["id", "author", "mentioned", "created_at"]

    def get_mentioned(self, message) -> list[str]:
        return [display_name(u) for u in message.mentioned.all()]


class NewMessageSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=services.MAX_LENGTH)


class ConversationView(APIView):
    """Read the thread (oldest first) or write a message; only for the request's participants."""

    permission_classes = [RolePermission]
    permission_map = {"get": "conversation.view", "post": "conversation.write"}

    def _request(self, request, pk):
        capacity_request = get_object_or_404(
            scope_requests(request.user, CapacityRequest.objects.select_related("municipality")), pk=pk
        )
        if not takes_part(request.user, capacity_request):
            raise Http404
        return capacity_request

    @extend_schema(responses=MessageSerializer(many=True))
    def get(self, request, pk: int):
        messages = selectors.thread(self._request(request, pk))
        return Response(MessageSerializer(messages, many=True).data)

    @extend_schema(request=NewMessageSerializer, responses={201: MessageSerializer})
    def post(self, request, pk: int):
        capacity_request = self._request(request, pk)
        data = NewMessageSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        message = services.post_message(
            actor=request.user, request=capacity_request, body=data.validated_data["body"]
        )
        return Response(MessageSerializer(message).data, status=status.HTTP_201_CREATED)
