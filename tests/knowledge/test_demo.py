"""The demo knowledge base: a few dozen items, idempotent, searchable."""

from flexpool.knowledge.demo import load_knowledge_demo
from flexpool.knowledge.models import KnowledgeItem
from flexpool.knowledge.search import search_items, viewer_for


def test_demo_is_idempotent_and_searchable(pool, coordinator, member):
    created = load_knowledge_demo(pool)
    assert 24 <= created <= 40
    assert load_knowledge_demo(pool) == 0
    assert KnowledgeItem.objects.filter(pool=pool).count() == created
    result = search_items(viewer=viewer_for(coordinator), text_query="warmtenetten")
    assert result.total >= 3
    assert KnowledgeItem.objects.filter(author_members=member).exists()
