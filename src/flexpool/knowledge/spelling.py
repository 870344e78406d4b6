"""Spelling corrections from the index's own vocabulary, for "Bedoelde u" and for the retry of a query
whose words as typed find nothing."""

from __future__ import annotations

from flexpool.knowledge import text
from flexpool.knowledge.fulltext import ITEMS
from flexpool.knowledge.models import TermStat


def spelling_corrections(words: list[str]) -> dict[str, str]:
    """Word as typed → the closest word of the index's vocabulary (edit distance 1, or 2 for words
    of eight letters or more; the most frequent wins), for words of at least five letters. A
    compound that the index does not hold as a whole is corrected in its parts (`_corrected_compound`)."""
    out: dict[str, str] = {}
    for word in words:
        if len(word) < 5:
            continue
        found = _closest_word(word)
        if found is None and len(word) >= 2 * COMPOUND_PART_MIN:
            found = _corrected_compound(word)
        if found is not None:
            out[word] = found
    return out


def _closest_word(word: str) -> str | None:
    from rapidfuzz.distance import OSA

    limit = 1 if len(word) < 8 else 2
    stemmed = text.stem(word)
    first = word[0]
    rows = TermStat.objects.filter(
        index=ITEMS.name, term__gte=first, term__lt=chr(ord(first) + 1), df__gt=0
    ).values_list("term", "word", "df")
    best: tuple | None = None
    for term, surface, df in rows.iterator(chunk_size=5000):
        if abs(len(term) - len(stemmed)) > limit + 1:
            continue
        distance = min(
            OSA.distance(stemmed, term, score_cutoff=limit + 1),
            OSA.distance(word, surface, score_cutoff=limit + 1) if surface else limit + 1,
        )
        if distance == 0 or distance > limit:
            continue
        key = (distance, -df, term)
        if best is None or key < best[0]:
            best = (key, surface or term)
    return best[1] if best is not None else None


# A misspelt compound is cut in two, each side at least this long; the side that is wrong is
# corrected on its own, trying at most COMPOUND_TRIES cuts (each costs a pass over the vocabulary).
# Only a side that is no Dutch word (rarer than this on wordfreq's zipf scale) counts as misspelt:
# "toedeling" in "kostentoedeling" is a word the index lacks, not a typo of "tweedeling".
COMPOUND_PART_MIN = 5
COMPOUND_TRIES = 2
TYPO_MAX_ZIPF = 1.0


def _corrected_compound(word: str) -> str | None:
    """ "isolatiesubsdie" when no item holds "isolatiesubsidie": a typo in one part of a compound
    that the index knows only in parts (or as "subsidie voor isolatie") leaves the whole word too
    far from every word of the vocabulary. Cut it where one side is a word the index holds and the
    other is no Dutch word at all, the longest known side first, and correct the other side."""
    cuts = [(word[:i], word[i:]) for i in range(COMPOUND_PART_MIN, len(word) - COMPOUND_PART_MIN + 1)]
    stems = {part: text.stem(part) for cut in cuts for part in cut}
    held = set(
        TermStat.objects.filter(index=ITEMS.name, term__in=set(stems.values()), df__gt=0).values_list(
            "term", flat=True
        )
    )
    known = {part for part, stem in stems.items() if stem in held}
    misspelt = {part for part in stems if part not in known and text.zipf(part) < TYPO_MAX_ZIPF}
    tries = sorted(
        (
            (head, tail)
            for head, tail in cuts
            if (head in known and tail in misspelt) or (tail in known and head in misspelt)
        ),
        key=lambda cut: (-len(cut[0] if cut[0] in known else cut[1]), cut[0]),
    )
    for head, tail in tries[:COMPOUND_TRIES]:
        right = _closest_word(tail if head in known else head)
        if right is not None:
            return head + right if head in known else right + tail
    return None
