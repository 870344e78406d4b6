"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from flexpool.knowledge.api import (
    ExpertsView,
    KnowledgeItemViewSet,
    ReuseFiguresView,
    SuggestionsView,
    ThesaurusViewSet,
)

router = SimpleRouter()
router.register("knowledge/items", KnowledgeItemViewSet, basename="knowledge-item")
router.register("knowledge/thesaurus", ThesaurusViewSet, basename="knowledge-thesaurus")

urlpatterns = [
    path("knowledge/suggestions/", SuggestionsView.as_view(), name="knowledge-api-suggestions"),
    path("knowledge/experts/", ExpertsView.as_view(), name="knowledge-api-experts"),
    path("knowledge/reuse-figures/", ReuseFiguresView.as_view(), name="knowledge-api-reuse-figures"),
]
