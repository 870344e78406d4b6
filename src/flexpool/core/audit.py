"""Writing audit records. Every service that changes state calls `record`."""

from __future__ import annotations

from typing import Any

from django.db import models

from flexpool.core.models import AuditRecord


def record(
    *,
    actor: Any,
    action: str,
    obj: models.Model,
    changes: dict[str, Any] | None = None,
    municipality_code: str = "",
    pool_id: int | None = None,
) -> AuditRecord:
    entry = build(
        actor=actor,
        action=action,
        obj=obj,
        changes=changes,
        municipality_code=municipality_code,
        pool_id=pool_id,
    )
    entry.save()
    return entry


def build(
    *,
    actor: Any,
    action: str,
    obj: models.Model,
    changes: dict[str, Any] | None = None,
    municipality_code: str = "",
    pool_id: int | None = None,
) -> AuditRecord:
    """The record, not yet saved: services that write many rows at once save them with bulk_create."""
    return AuditRecord(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_label=str(obj)[:255],
        changes=_jsonable(changes or {}),
        municipality_code=municipality_code,
        pool_ref=pool_id if pool_id is not None else pool_of(obj),
    )


# Where the pool of a recorded object is found: on itself, on its request, or on its assignment's request.
POOL_PATHS = (("pool_id",), ("request", "pool_id"), ("assignment", "request", "pool_id"))


def pool_of(obj: Any) -> int | None:
    for path in POOL_PATHS:
        value = obj
        for name in path:
            value = getattr(value, name, None)
            if value is None:
                break
        if value is not None:
            return value
    return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def status_change(old: str, new: str) -> dict[str, list[str]]:
    return {"status": [old, new]}
