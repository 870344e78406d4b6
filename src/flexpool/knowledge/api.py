"""REST API for the knowledge base (/api/v1/knowledge/...).

Reading items is open (visibility decides: anonymous users see public items only); writing and
reuse need their named permission through `accounts.api.RolePermission`. Rows outside a user's
visibility answer 404. Search results carry the same ranking, snippets and facets as the pages.
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from flexpool.core import params
from flexpool.core.api_support import DayField, IdField
from flexpool.demand.models import CapacityRequest
from flexpool.knowledge import experts, figures, services, thesaurus
from flexpool.knowledge.models import ItemKind, KnowledgeItem, Phase, SynonymKind, ThesaurusEntry, Visibility
from flexpool.knowledge.params import checked_filters
from flexpool.knowledge.search import search_items
from flexpool.knowledge.views_reuse import suggestions_for
from flexpool.knowledge.visibility import viewer_for, visible_items
from flexpool.pool.models import Domain, Pool, PoolMember
from flexpool.regions.models import Municipality


class FileSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="original_name")
    type = serializers.CharField(source="file_type")
    size = serializers.IntegerField()
    url = serializers.SerializerMethodField()

    def get_url(self, obj) -> str:
        return f"/kennis/bestand/{obj.pk}/"


class ItemSerializer(serializers.ModelSerializer):
    kind = serializers.CharField(read_only=True, help_text="Soort: " + ", ".join(ItemKind.values))
    phase = serializers.CharField(read_only=True, help_text="Fase: " + ", ".join(Phase.values))
    visibility = serializers.CharField(
        read_only=True, help_text="Zichtbaarheid: " + ", ".join(Visibility.values)
    )
    municipality = serializers.SlugRelatedField(slug_field="code", read_only=True)
    domain = serializers.SlugRelatedField(slug_field="code", read_only=True)
    authors = serializers.SerializerMethodField()
    files = FileSerializer(many=True, read_only=True)
    links = serializers.SerializerMethodField()
    reused_by = serializers.SerializerMethodField()
    processing = serializers.CharField(
        read_only=True,
        help_text="Verwerking van de bestanden: klaar (te vinden), verwerken (de tekst wordt op de "
        "achtergrond gelezen) of geweigerd (zie processing_note).",
    )
    processing_note = serializers.CharField(
        read_only=True, help_text="Waarom het item is geweigerd; leeg als het niet is geweigerd."
    )

    class Meta:
        model = KnowledgeItem
        fields = [
            "id", "pool", "title", "summary", "body", "kind", "domain", "phase", "municipality",
            "published_on", "visibility", "authors", "files", "links", "reused_by", "processing",
            "processing_note", "created_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_authors(self, obj) -> list[str]:
        return [m.name for m in obj.author_members.all()]

    def get_links(self, obj) -> list[dict]:
        return [{"url": link.url, "label": link.label} for link in obj.links.all()]

    def get_reused_by(self, obj) -> list[str]:
        return [r.municipality.code for r in obj.reuses.all()]


class HitSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    score = serializers.FloatField()
    title = serializers.CharField(source="item.title")
    kind = serializers.CharField(source="item.kind")
    phase = serializers.CharField(source="item.phase")
    municipality = serializers.CharField(source="item.municipality.code", default=None)
    published_on = serializers.DateField(source="item.published_on")
    reuse_count = serializers.IntegerField(source="item.reuse_count")
    snippet = serializers.CharField(help_text="HTML: escaped text with <mark> around the words found.")


class CreateItemSerializer(serializers.Serializer):
    pool = IdField(required=False)
    title = serializers.CharField(max_length=200)
    summary = serializers.CharField(required=False, allow_blank=True, default="")
    body = serializers.CharField(required=False, allow_blank=True, default="")
    kind = serializers.CharField(help_text="Soort: " + ", ".join(ItemKind.values))
    phase = serializers.CharField(default=Phase.GENERAL, help_text="Fase: " + ", ".join(Phase.values))
    domain = serializers.CharField(required=False, allow_blank=True, default="")
    municipality = serializers.CharField(required=False, allow_blank=True, default="", help_text="CBS-code")
    published_on = DayField()
    visibility = serializers.CharField(
        default=Visibility.POOL, help_text="Zichtbaarheid: " + ", ".join(Visibility.values)
    )
    authors = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2147483647), required=False, default=list
    )
    competences = serializers.ListField(child=serializers.CharField(), required=False, default=list)
    files = serializers.ListField(child=serializers.FileField(), required=False, default=list)


class ReuseSerializer(serializers.Serializer):
    request = IdField(required=False, allow_null=True, default=None)
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=300)


class ReuseResultSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    created = serializers.BooleanField()
    municipality = serializers.CharField()


SEARCH_PARAMETERS = [
    OpenApiParameter("q", str, description="Zoekvraag (Nederlands)"),
    OpenApiParameter("soort", str, enum=ItemKind.values),
    OpenApiParameter("fase", str, enum=Phase.values),
    OpenApiParameter("domein", int),
    OpenApiParameter("gemeente", int, description="id van de gemeente"),
    OpenApiParameter("jaar", int),
    OpenApiParameter("pagina", int),
]


class KnowledgeItemViewSet(viewsets.GenericViewSet):
    """Knowledge items: search (list), read, add (multipart with files), and record reuse."""

    public = True  # reading: visibility per item decides
    permission_map = {"create": "knowledge.create", "reuse": "knowledge.reuse"}
    serializer_class = ItemSerializer
    parser_classes = [MultiPartParser, FormParser, JSONParser]

    def get_queryset(self):
        return (
            visible_items(viewer_for(self.request.user))
            .select_related("municipality", "domain")
            .prefetch_related("author_members", "files", "links", "reuses__municipality")
        )

    @extend_schema(
        operation_id="knowledge_items_search",
        parameters=SEARCH_PARAMETERS,
        responses={200: OpenApiTypes.OBJECT},
    )
    def list(self, request):
        result = search_items(
            viewer=viewer_for(request.user),
            text_query=request.query_params.get("q", "")[:300],
            filters=checked_filters(request.query_params),
            page=params.page(request.query_params),
        )
        return Response(
            {
                "query": result.text,
                "mode": result.mode,
                "suggestion": result.suggestion,
                "corrected": result.corrected,
                "count": result.total,
                "page": result.page,
                "pages": result.pages,
                "results": HitSerializer(result.hits, many=True).data,
                "facets": {
                    name: [{"value": f.value, "label": f.label, "count": f.count} for f in values]
                    for name, values in result.facets.items()
                },
            }
        )

    def retrieve(self, request, pk=None):
        return Response(ItemSerializer(get_object_or_404(self.get_queryset(), pk=params.object_id(pk))).data)

    @extend_schema(request=CreateItemSerializer, responses={201: ItemSerializer})
    def create(self, request):
        data = CreateItemSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        pools = viewer_for(request.user).pool_ids
        pool_id = values.get("pool") or (pools[0] if pools else None)
        pool = get_object_or_404(Pool, pk=pool_id)
        item = services.create_item(
            actor=request.user,
            pool=pool,
            values=services.ItemValues(
                title=values["title"],
                summary=values["summary"],
                body=values["body"],
                kind=values["kind"],
                phase=values["phase"],
                domain=Domain.objects.filter(code=values["domain"]).first() if values["domain"] else None,
                municipality=Municipality.objects.filter(code=values["municipality"]).first()
                if values["municipality"]
                else None,
                published_on=values["published_on"],
                visibility=values["visibility"],
                author_members=list(PoolMember.objects.filter(pk__in=values["authors"], pool=pool)),
                competences=values["competences"],
            ),
            uploads=[services.Upload(f.name, f.read()) for f in request.FILES.getlist("files")],
        )
        return Response(
            ItemSerializer(self.get_queryset().get(pk=item.pk)).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(
        request=ReuseSerializer, responses={200: ReuseResultSerializer, 201: ReuseResultSerializer}
    )
    @action(detail=True, methods=["post"])
    def reuse(self, request, pk=None):
        item = get_object_or_404(self.get_queryset(), pk=params.object_id(pk))
        data = ReuseSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        own = data.validated_data["request"]
        record, created = services.record_reuse(
            actor=request.user,
            item=item,
            request=CapacityRequest.objects.filter(pk=own).first() if own else None,
            note=data.validated_data["note"],
        )
        body = {"id": record.pk, "created": created, "municipality": record.municipality.code}
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


class SuggestionsView(APIView):
    """Before you commission, look here: items and earlier requests of others for a draft text."""

    required_permission = "knowledge.view"

    @extend_schema(
        parameters=[OpenApiParameter("q", str, required=True), OpenApiParameter("vraag", int)],
        responses={200: OpenApiTypes.OBJECT},
    )
    def get(self, request):
        found = suggestions_for(
            request.user,
            request.query_params.get("q", ""),
            exclude_request=params.integer(request.query_params, "vraag", maximum=params.LARGEST_ID),
        )
        return Response(
            {
                "items": [
                    {"id": h.item.pk, "title": h.item.title, "score": h.score, "snippet": str(h.snippet),
                     "municipality": h.item.municipality.code if h.item.municipality else None,
                     "reused_by_you": reused}
                    for h, reused, _carry in found["items"]
                ],
                "requests": [
                    {"id": r.pk, "title": r.title, "municipality": r.municipality.code, "status": r.status,
                     "snippet": snippet, "reused_by_you": reused}
                    for r, snippet, reused, _carry in found["requests"]
                ],
            }
        )  # fmt: skip


class ExpertsView(APIView):
    """Who has worked on this: pool members ranked with their evidence; personal data by role."""

    required_permission = "expert.find"

    @extend_schema(
        parameters=[OpenApiParameter("q", str, required=True)], responses={200: OpenApiTypes.OBJECT}
    )
    def get(self, request):
        found = experts.find_experts(actor=request.user, text_query=request.query_params.get("q", "")[:300])
        rows = []
        for e in found:
            row = {
                "member": e.member.pk,
                "name": e.member.name,
                "score": e.score,
                "evidence": [
                    {"kind": ev.kind, "label": ev.label, "detail": ev.detail, "points": round(ev.points, 4)}
                    for ev in e.evidence
                ],
            }
            if e.personal:
                row.update(
                    email=e.member.email,
                    employer=e.member.employer,
                    contract_hours=str(e.member.contract_hours),
                )
            rows.append(row)
        return Response({"results": rows})


class ReuseFiguresView(APIView):
    """Reuse figures per municipality of the user's pools."""

    required_permission = "knowledge.view"

    @extend_schema(parameters=[OpenApiParameter("jaar", int)], responses={200: OpenApiTypes.OBJECT})
    def get(self, request):
        rows = figures.pool_reuse(viewer_for(request.user).pool_ids, params.year(request.query_params))
        return Response(
            {
                "results": [
                    {"municipality": r.code, "name": r.name, "contributed": r.contributed,
                     "reused_by_others": r.reused_by_others, "reused_from_others": r.reused_from_others}
                    for r in rows
                ]
            }
        )  # fmt: skip


class ThesaurusEntrySerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    phrases = serializers.ListField(
        child=serializers.CharField(max_length=200, allow_blank=True),
        source="phrase_list",
        help_text="Woorden en woordgroepen die bij het zoeken hetzelfde betekenen (minstens twee).",
    )
    kind = serializers.ChoiceField(choices=SynonymKind.choices, default=SynonymKind.SYNONYM)
    note = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    updated_at = serializers.DateTimeField(read_only=True)


class ThesaurusViewSet(viewsets.ViewSet):
    """The search thesaurus: abbreviations and synonyms (coordinators; every change is audited)."""

    queryset = ThesaurusEntry.objects.none()  # for the schema: the path parameter is an integer
    lookup_value_regex = r"[0-9]+"  # anything else is no entry: 404 before a query is made
    permission_map = {
        "list": "knowledge.thesaurus",
        "retrieve": "knowledge.thesaurus",
        "create": "knowledge.thesaurus",
        "update": "knowledge.thesaurus",
        "destroy": "knowledge.thesaurus",
    }
    serializer_class = ThesaurusEntrySerializer

    def _values(self, request) -> thesaurus.EntryValues:
        data = ThesaurusEntrySerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        return thesaurus.EntryValues(values["phrase_list"], values["kind"], values.get("note", ""))

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="Alleen regels met dit woord (ook vervoegd of als deel)."),
            OpenApiParameter("soort", str, enum=SynonymKind.values, description="Alleen deze soort."),
        ],
        responses={200: ThesaurusEntrySerializer(many=True)},
    )
    def list(self, request):
        shown = thesaurus.entries(
            word=request.query_params.get("q", ""),
            kind=params.choice(request.query_params, "soort", SynonymKind.values),
        )
        return Response(ThesaurusEntrySerializer(shown, many=True).data)

    @extend_schema(responses={200: ThesaurusEntrySerializer})
    def retrieve(self, request, pk=None):
        return Response(ThesaurusEntrySerializer(get_object_or_404(ThesaurusEntry, pk=pk)).data)

    @extend_schema(request=ThesaurusEntrySerializer, responses={201: ThesaurusEntrySerializer})
    def create(self, request):
        entry = thesaurus.save_entry(actor=request.user, values=self._values(request))
        return Response(ThesaurusEntrySerializer(entry).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=ThesaurusEntrySerializer, responses={200: ThesaurusEntrySerializer})
    def update(self, request, pk=None):
        entry = get_object_or_404(ThesaurusEntry, pk=pk)
        entry = thesaurus.save_entry(actor=request.user, values=self._values(request), entry=entry)
        return Response(ThesaurusEntrySerializer(entry).data)

    @extend_schema(responses={204: None})
    def destroy(self, request, pk=None):
        thesaurus.delete_entry(actor=request.user, entry=get_object_or_404(ThesaurusEntry, pk=pk))
        return Response(status=status.HTTP_204_NO_CONTENT)
