"""Removing an earlier demo run: rows and the audit records about them."""

from __future__ import annotations

from django.db.models import QuerySet

from flexpool.core.models import AuditRecord


def delete_with_audit_records(*querysets: QuerySet) -> None:
    """Delete the audit records about these rows, then the rows, in the order given (dependants first)."""
    for queryset in querysets:
        ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
        AuditRecord.objects.filter(object_type=queryset.model._meta.label_lower, object_id__in=ids).delete()
    for queryset in querysets:
        queryset.delete()
