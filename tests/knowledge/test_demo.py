"""The demo knowledge base: a few dozen items, idempotent, searchable."""

from flexpool.knowledge.demo import load_knowledge_demo
from flexpool.knowledge.models import KnowledgeItem
from flexpool.knowledge.search import search_items
from flexpool.knowledge.visibility import viewer_for


def test_demo_is_idempotent_and_searchable(pool, coordinator, member):
    created = load_knowledge_demo(pool)
    assert 24 <= created <= 40
    assert load_knowledge_demo(pool) == 0
    assert KnowledgeItem.objects.filter(pool=pool).count() == created
    result = search_items(viewer=viewer_for(coordinator), text_query="warmtenetten")
    assert result.total >= 3
    assert KnowledgeItem.objects.filter(author_members=member).exists()


def test_demo_shows_words_searched_for_in_vain(pool):
    from flexpool.knowledge import missed_words

    load_knowledge_demo(pool)
    load_knowledge_demo(pool)
    listed = [(w.word, w.searches) for w in missed_words.listed()]
    assert listed == [("warmtenetbeheerder", 6), ("buurtwarmte", 3), ("kwelderwarmte", 2)]
