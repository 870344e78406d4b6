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
) -> AuditRecord:
    return AuditRecord.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_label=str(obj)[:255],
        changes=_jsonable(changes or {}),
        municipality_code=municipality_code,
    )


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
