"""The search thesaurus: abbreviations and synonyms that a search treats as the same thing.

Entries live in the database (`ThesaurusEntry`, shipped with heat-transition defaults in migration
0006) and are applied to the query in Python (`flexpool.knowledge.text.parse_query`), so SQLite and
PostgreSQL search alike and a change counts at once, without re-indexing. Coordinators keep the list
at /kennis/thesaurus/ and /api/v1/knowledge/thesaurus/; every change is in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import has_permission
from flexpool.core import audit
from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.knowledge import text
from flexpool.knowledge.models import SynonymKind, ThesaurusEntry

MAX_PHRASES = 20
MAX_PHRASE_LENGTH = 100
_GENERATION_KEY = "knowledge:thesaurus:generation"
_loaded: dict[tuple, Any] = {}
T = TypeVar("T")


def _generation() -> int:
    return cache.get_or_set(_GENERATION_KEY, 1, None)


def _changed() -> None:
    try:
        cache.incr(_GENERATION_KEY)
    except ValueError:
        cache.set(_GENERATION_KEY, 2, None)
    _loaded.clear()


def per_version(name: str, make: Callable[[], T]) -> T:
    """What `make` derives from the entries, made once per version of the thesaurus (and of the
    text pipeline) in this process."""
    key = (name, _generation(), text.current())
    if key not in _loaded:
        for stale in [k for k in _loaded if k[0] == name]:
            del _loaded[stale]
        _loaded[key] = make()
    return _loaded[key]


def mapping() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Phrase key (see `text.phrase_key`) → the other phrases of its entries."""
    return per_version("mapping", lambda: build(phrase_lists()))


def phrase_lists() -> list[list[str]]:
    """Every entry's phrases, as written."""
    return per_version(
        "phrases", lambda: [_listed(p) for p in ThesaurusEntry.objects.values_list("phrases", flat=True)]
    )


def _listed(phrases: str) -> list[str]:
    return [p.strip() for p in phrases.splitlines() if p.strip()]


def build(entries: list[list[str]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Phrase key → the other phrases of its entries, from each entry's phrases as written."""
    out: dict[tuple[str, ...], dict[str, None]] = {}
    for listed in entries:
        for phrase in listed:
            phrase_key = text.phrase_key(phrase)
            if not phrase_key:
                continue
            others = out.setdefault(phrase_key, {})
            for other in listed:
                if text.phrase_key(other) != phrase_key:
                    others.setdefault(other, None)
    return {k: tuple(v) for k, v in out.items() if v}


@dataclass(frozen=True)
class EntryValues:
    phrases: list[str]
    kind: str = SynonymKind.SYNONYM
    note: str = ""


def clean_values(values: EntryValues) -> EntryValues:
    """Check an entry; errors name the field (``phrases``, ``kind``, ``note``)."""
    phrases = list(dict.fromkeys(p.strip() for p in values.phrases if p and p.strip()))
    errors: dict[str, list[str]] = {}
    if len(phrases) < 2:
        errors["phrases"] = [_("Geef minstens twee woorden die hetzelfde betekenen, elk op een eigen regel.")]
    elif len(phrases) > MAX_PHRASES:
        errors["phrases"] = [
            _("Geef hoogstens %(n)s woorden per regel in de thesaurus.") % {"n": MAX_PHRASES}
        ]
    else:
        for phrase in phrases:
            if len(phrase) > MAX_PHRASE_LENGTH:
                errors["phrases"] = [
                    _("'%(phrase)s…' is te lang (hoogstens %(n)s tekens).")
                    % {"phrase": phrase[:30], "n": MAX_PHRASE_LENGTH}
                ]
                break
            if not text.phrase_key(phrase):
                errors["phrases"] = [
                    _("'%(phrase)s' bevat geen zoekwoord (alleen lidwoorden of leestekens).")
                    % {"phrase": phrase}
                ]
                break
    if values.kind not in SynonymKind.values:
        errors["kind"] = [_("Kies afkorting of synoniem.")]
    if len(values.note or "") > 200:
        errors["note"] = [_("De toelichting is te lang (hoogstens 200 tekens).")]
    if errors:
        raise ValidationError(errors)
    return EntryValues(phrases, values.kind, (values.note or "").strip())


def may_manage(actor) -> bool:
    return bool(actor and actor.is_authenticated and has_permission(actor, "knowledge.thesaurus"))


def _check(actor) -> None:
    if not may_manage(actor):
        raise NotAllowed


@transaction.atomic
def save_entry(*, actor, values: EntryValues, entry: ThesaurusEntry | None = None) -> ThesaurusEntry:
    """Add an entry (``entry`` None) or change one; audited as ``kennis.thesaurus_*``."""
    _check(actor)
    values = clean_values(values)
    before = entry.phrase_list if entry is not None else None
    entry = entry or ThesaurusEntry()
    entry.phrases = "\n".join(values.phrases)
    entry.kind = values.kind
    entry.note = values.note
    entry.updated_by = actor
    entry.save()
    audit.record(
        actor=actor,
        action="kennis.thesaurus_toegevoegd" if before is None else "kennis.thesaurus_gewijzigd",
        obj=entry,
        changes={"woorden": values.phrases, "eerder": before, "soort": values.kind},
    )
    _changed()  # seen at once in this transaction, and again after commit (a search meanwhile may
    transaction.on_commit(_changed)  # have loaded the list as it was)
    return entry


@transaction.atomic
def delete_entry(*, actor, entry: ThesaurusEntry) -> None:
    _check(actor)
    audit.record(
        actor=actor, action="kennis.thesaurus_verwijderd", obj=entry, changes={"woorden": entry.phrase_list}
    )
    entry.delete()
    _changed()
    transaction.on_commit(_changed)


MAX_FILTER_LENGTH = 100


def entries(word: str = "", kind: str = "") -> list[ThesaurusEntry]:
    """The entries, of one kind if `kind` names one, holding `word` if it is given.

    An entry holds a word when its phrases contain the word's letters (case and accents aside:
    "cooperatie" finds "coöperatie") or every search term of the word (the search's own stemming
    and compound parts: "warmtenetten" finds "warmtenet", "isolatie" finds "dakisolatie").
    """
    found = ThesaurusEntry.objects.select_related("updated_by").order_by("phrases", "id")
    if kind in SynonymKind.values:
        found = found.filter(kind=kind)
    word = word.strip()[:MAX_FILTER_LENGTH]
    if not word:
        return list(found)
    letters = text.fold(word)
    terms = set(text.terms(word))
    return [e for e in found if letters in text.fold(e.phrases) or _holds_terms(e, terms)]


def _holds_terms(entry: ThesaurusEntry, terms: set[str]) -> bool:
    return bool(terms) and any(terms <= set(text.terms(phrase)) for phrase in entry.phrase_list)


def also_found(word: str) -> tuple[str, ...]:
    """What a search for exactly `word` also looks for, as the search applies the thesaurus."""
    key = text.phrase_key(word.strip()[:MAX_FILTER_LENGTH])
    return mapping().get(key, ()) if key else ()
