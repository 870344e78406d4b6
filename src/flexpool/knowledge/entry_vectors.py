"""The thesaurus by meaning: the entries a query comes close to, also when it shares no phrase with them.

The thesaurus recognises a phrase in a query only as written: "personeel uitlenen" finds the entry
of detachering, "mensen uitlenen aan een buurgemeente" does not, though it asks the same. Every
phrase of the thesaurus is embedded as a query is ("query: …", the model of `vectors`), and an
entry's similarity to a query is that of its nearest phrase. The learned order (`learned`) weighs
whether a candidate holds one of the entries nearest to the query.

The shipped thesaurus has over a thousand phrases, seconds of embedding, so their vectors come with
the package (`thesaurus_vectors.npz`, written by `bench/knowledge/store_entry_vectors.py`); a
phrase that coordinators add is embedded when it is first needed (milliseconds) and remembered.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from flexpool.knowledge import text, thesaurus, vectors

VECTORS_FILE = Path(__file__).with_name("thesaurus_vectors.npz")
# How many of the entries nearest to a query the learned order looks at.
NEAREST_ENTRIES = 3

PhraseKeys = tuple[tuple[str, ...], ...]  # an entry's phrases as `text.phrase_key` reads them


@dataclass(frozen=True)
class Entries:
    matrix: np.ndarray  # one row per phrase
    owner: np.ndarray  # per row, the number of its entry
    keys: tuple[PhraseKeys, ...]  # per entry


_known: dict[str, np.ndarray] = {}
_lock = threading.Lock()


def _normal(phrase: str) -> str:
    return " ".join(phrase.split())


def phrase_vectors(phrases: Sequence[str]) -> np.ndarray:
    """The vectors of the phrases: shipped, remembered, or embedded now."""
    with _lock:
        if not _known and VECTORS_FILE.exists():
            with np.load(VECTORS_FILE) as stored:
                _known.update(
                    zip(stored["phrases"].tolist(), stored["vectors"].astype(np.float32), strict=True)
                )
        wanted = [_normal(p) for p in phrases]
        missing = [p for p in dict.fromkeys(wanted) if p not in _known]
        if missing:
            _known.update(zip(missing, vectors.embed_queries(missing), strict=True))
        if not wanted:
            return np.zeros((0, vectors.DIM), dtype=np.float32)
        return np.vstack([_known[p] for p in wanted])


def _entries() -> Entries:
    listed = [phrases for phrases in thesaurus.phrase_lists() if phrases]
    keys = tuple(tuple(k for k in (text.phrase_key(p) for p in phrases) if k) for phrases in listed)
    owner = np.asarray([number for number, phrases in enumerate(listed) for _p in phrases], dtype=np.int64)
    matrix = phrase_vectors([p for phrases in listed for p in phrases])
    return Entries(matrix, owner, keys)


def entries() -> Entries:
    return thesaurus.per_version("entries by meaning", _entries)


def nearest(query_vector: np.ndarray | None, count: int = NEAREST_ENTRIES) -> list[tuple[float, PhraseKeys]]:
    """The `count` entries nearest to the query's vector, nearest first: their similarity (that
    of their nearest phrase) and their phrases."""
    if query_vector is None:  # the meaning is switched off: nothing to load or embed
        return []
    found = entries()
    if not found.keys:
        return []
    best = np.full(len(found.keys), -np.inf)
    np.maximum.at(best, found.owner, found.matrix @ query_vector)
    order = np.argsort(-best, kind="stable")[:count]
    return [(float(best[i]), found.keys[i]) for i in order]


def holds(keys: PhraseKeys, terms: AbstractSet[str]) -> bool:
    """Whether an item with these index terms holds one of the phrases (every word of it)."""
    return any(terms.issuperset(key) for key in keys)


def store_shipped() -> int:
    """Write the vectors of every phrase of the thesaurus as it stands to VECTORS_FILE."""
    phrases = sorted({_normal(p) for listed in thesaurus.phrase_lists() for p in listed})
    found = vectors.embed_queries(phrases)
    np.savez_compressed(VECTORS_FILE, phrases=np.asarray(phrases), vectors=found.astype(np.float16))
    with _lock:
        _known.clear()
    return len(phrases)
