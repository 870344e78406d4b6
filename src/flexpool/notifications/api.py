"""REST API for one's own notifications (/api/v1/notifications/) and e-mail preferences."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from flexpool.accounts.api import RolePermission
from flexpool.accounts.permissions import roles_of
from flexpool.notifications import services
from flexpool.notifications.kinds import Delivery, kinds_for_roles
from flexpool.notifications.models import Notification


class NotificationSerializer(serializers.ModelSerializer):
    text = serializers.CharField(read_only=True, help_text="De melding in de taal van het verzoek.")
    unread = serializers.BooleanField(read_only=True)

    class Meta:
        model = Notification
        fields = ["id", "kind", "text", "link", "created_at", "read_at", "unread", "mail"]
        read_only_fields = fields


class NotificationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The user's own notifications, newest first (`?ongelezen=1`: only unread ones)."""

    permission_classes = [RolePermission]
    permission_map = {
        "list": "notification.view",
        "retrieve": "notification.view",
        "read": "notification.view",
    }
    serializer_class = NotificationSerializer
    lookup_value_regex = r"\d+"  # so that notifications/preferences/ is not taken for an id

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Notification.objects.none()
        queryset = services.inbox(self.request.user)
        if self.request.query_params.get("ongelezen") == "1":
            queryset = queryset.filter(read_at__isnull=True)
        return queryset

    @extend_schema(request=None, responses=NotificationSerializer)
    @action(detail=True, methods=["post"])
    def read(self, request, pk=None):
        notification = services.open_notification(user=request.user, notification=self.get_object())
        return Response(NotificationSerializer(notification).data)


class PreferencesSerializer(serializers.Serializer):
    language = serializers.ChoiceField(choices=[code for code, _ in settings.LANGUAGES])
    deliveries = serializers.DictField(
        child=serializers.ChoiceField(choices=Delivery.values),
        help_text="Per soort melding: direct, dagelijks of uit.",
    )


class PreferencesView(APIView):
    """E-mail language and, per kind of notification, direct / dagelijks / uit."""

    permission_classes = [RolePermission]
    permission_map = {"get": "notification.view", "put": "notification.view"}

    def _current(self, user) -> dict:
        kinds = kinds_for_roles(roles_of(user))
        chosen = services.preferences_of(user)
        return {"language": services.language_of(user), "deliveries": {k: chosen[k] for k in kinds}}

    @extend_schema(responses=PreferencesSerializer)
    def get(self, request):
        return Response(self._current(request.user))

    @extend_schema(request=PreferencesSerializer, responses=PreferencesSerializer)
    def put(self, request):
        data = PreferencesSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        allowed = set(kinds_for_roles(roles_of(request.user)))
        unknown = [k for k in data.validated_data["deliveries"] if k not in allowed]
        if unknown:
            raise serializers.ValidationError(
                {
                    "deliveries": [
                        _("Deze soort melding bestaat niet of geldt niet voor u: %(kind)s.") % {"kind": k}
                        for k in unknown
                    ]
                }
            )
        services.set_preferences(
            actor=request.user,
            language=data.validated_data["language"],
            choices=dict(data.validated_data["deliveries"]),
        )
        return Response(self._current(request.user))
