"""Keeping the request index and the term statistics in step without touching other apps' code.

Capacity requests belong to `flexpool.demand`; their title and description are indexed here after
every save, so the intake suggestions can find earlier requests with the same normaliser.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save


def _request_saved(sender, instance, raw=False, **kwargs) -> None:
    if raw:
        return
    from flexpool.knowledge.indexing import index_request

    index_request(instance)


def _indexed_row_deleted(sender, instance, **kwargs) -> None:
    from flexpool.knowledge.indexing import forget

    columns = {c: getattr(instance, c) for c in ("search_title", "search_summary", "search_body")}
    if any(columns.values()):
        index = "item" if sender._meta.model_name == "knowledgeitem" else "request"
        forget(index, columns, instance.search_length)


def _item_changed(sender, instance=None, **kwargs) -> None:
    from flexpool.knowledge.facets import forget_facets

    forget_facets()


def connect() -> None:
    from flexpool.demand.models import CapacityRequest
    from flexpool.knowledge.models import KnowledgeItem, RequestIndex

    post_save.connect(_request_saved, sender=CapacityRequest, dispatch_uid="knowledge-index-request")
    post_delete.connect(_indexed_row_deleted, sender=KnowledgeItem, dispatch_uid="knowledge-forget-item")
    post_save.connect(_item_changed, sender=KnowledgeItem, dispatch_uid="knowledge-facets-saved")
    post_delete.connect(_item_changed, sender=KnowledgeItem, dispatch_uid="knowledge-facets-deleted")
    post_delete.connect(_indexed_row_deleted, sender=RequestIndex, dispatch_uid="knowledge-forget-request")
