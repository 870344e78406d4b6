"""`{% load flexpool_audit %}`: an audit record as a sentence (`flexpool.core.audit_text`)."""

from __future__ import annotations

from typing import Any

from django import template

from flexpool.core.audit_text import describe, person_name

register = template.Library()


@register.filter
def audit_zin(record: Any) -> str:
    """ "Gerrit Makelaarsma (coördinator) nam de vraag in behandeling: ingediend → in behandeling."."""
    return getattr(record, "sentence", None) or describe(record)


@register.filter
def persoon(user: Any) -> str:
    """A person's name, never a login when a name is known."""
    return person_name(user)
