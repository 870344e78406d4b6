"""The menukaart in the API (/api/v1/menu-items/): contacts read, coordinators keep it (audited)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.response import Response

from flexpool.accounts.permissions import coordinated_pool_ids
from flexpool.catalogue import selectors, services
from flexpool.catalogue.models import MenuItem, MenuItemKind
from flexpool.core.api_support import IdField
from flexpool.core.errors import field_error
from flexpool.pool.models import Level, Pool


class MenuCompetenceSerializer(serializers.Serializer):
    competence = serializers.SlugField(help_text="Code van de competentie")
    min_level = serializers.ChoiceField(choices=Level.choices)


class MenuItemSerializer(serializers.ModelSerializer):
    competences = serializers.SerializerMethodField()
    knowledge_items = serializers.SerializerMethodField()
    total_hours = serializers.DecimalField(max_digits=7, decimal_places=1, read_only=True)
    start_request_url = serializers.SerializerMethodField()

    class Meta:
        model = MenuItem
        fields = [
            "id", "pool", "title", "kind", "description", "hours_per_week", "weeks", "total_hours",
            "active", "competences", "knowledge_items", "start_request_url",
        ]  # fmt: skip
        read_only_fields = fields

    def get_competences(self, obj) -> list[dict]:
        return [{"competence": c.competence.code, "min_level": c.min_level} for c in obj.competences.all()]

    def get_knowledge_items(self, obj) -> list[int]:
        return [k.pk for k in obj.knowledge_items.all()]

    def get_start_request_url(self, obj) -> str:
        return f"/vragen/nieuw/?menu={obj.pk}"


class MenuItemInputSerializer(serializers.Serializer):
    pool = IdField(required=False, help_text="Alleen nodig als u meer dan één pool coördineert.")
    title = serializers.CharField(max_length=160)
    kind = serializers.ChoiceField(choices=MenuItemKind.choices, default=MenuItemKind.SERVICE)
    description = serializers.CharField()
    hours_per_week = serializers.DecimalField(max_digits=4, decimal_places=1, min_value=1, max_value=40)
    weeks = serializers.IntegerField(min_value=1, max_value=260)
    active = serializers.BooleanField(default=True)
    competences = MenuCompetenceSerializer(many=True, required=False, default=list)
    knowledge_items = serializers.ListField(child=IdField(), required=False, default=list, max_length=50)

    def details(self) -> services.MenuItemDetails:
        data = self.validated_data
        return services.MenuItemDetails(
            title=data["title"],
            kind=data["kind"],
            description=data["description"],
            hours_per_week=data["hours_per_week"],
            weeks=data["weeks"],
            active=data["active"],
            competences=[(c["competence"], int(c["min_level"])) for c in data["competences"]],
            knowledge_item_ids=list(data["knowledge_items"]),
        )


class MenuItemViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """The pool's menukaart. Contacts see what is on the menu of their pools; coordinators keep it."""

    serializer_class = MenuItemSerializer
    http_method_names = ["get", "post", "put", "head", "options"]
    permission_map = {
        "list": "menu.view",
        "retrieve": "menu.view",
        "create": "menu.manage",
        "update": "menu.manage",
    }

    def get_queryset(self):
        return selectors.menu_for(self.request.user)

    def _respond(self, item, code=status.HTTP_200_OK):
        return Response(MenuItemSerializer(self.get_queryset().get(pk=item.pk)).data, status=code)

    @extend_schema(request=MenuItemInputSerializer, responses={201: MenuItemSerializer})
    def create(self, request, *args, **kwargs):
        body = MenuItemInputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        pools = Pool.objects.filter(pk__in=coordinated_pool_ids(request.user)).order_by("name")
        wanted = body.validated_data.get("pool")
        pool = pools.filter(pk=wanted).first() if wanted else pools.first()
        if pool is None:
            raise field_error("pool", _("U coördineert deze pool niet."))
        item = services.create_item(actor=request.user, pool=pool, details=body.details())
        return self._respond(item, status.HTTP_201_CREATED)

    @extend_schema(request=MenuItemInputSerializer, responses=MenuItemSerializer)
    def update(self, request, *args, **kwargs):
        item = self.get_object()
        body = MenuItemInputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.update_item(actor=request.user, item=item, details=body.details())
        return self._respond(item)
