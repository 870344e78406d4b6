"""Dutch text normalisation for search: one fixed pipeline in Python, used for indexing and queries.

Both database engines index the *output* of this module (a string of stems separated by spaces), so
SQLite FTS5 and PostgreSQL see exactly the same tokens and give the same matches. The steps:

1. lower case and fold accents (``coördinatie`` → ``coordinatie``, ``één`` → ``een``);
2. split into words on anything that is not a letter or digit (so ``warmte-net`` → ``warmte net``);
3. drop Dutch stop words;
4. split compounds against a lexicon of heat-transition parts (``warmtenetten`` → ``warmte netten``,
   ``wijkuitvoeringsplan`` → ``wijk uitvoering plan``), with the linking ``s``/``e``/``en``;
5. stem every part with the Snowball Dutch stemmer (PyStemmer): ``netten`` → ``net``.

This module imports no Django; the benchmark uses it directly, with steps switched off for the
ablation (`Pipeline`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

# The one fixed algorithm: Snowball's original Dutch stemmer (Porter-style, unchanged since 2001),
# from PyStemmer. The newer "dutch" algorithm of Snowball 3 strips ``ge-`` (gemeente → meen) and
# treats singular and plural of some words differently; the benchmark compares the two.
STEMMER_ALGORITHM = "dutch_porter"
_STEMMERS: dict[str, Stemmer.Stemmer] = {}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

STOPWORDS = frozenset(
    """
    aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
    een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik
    in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om
    omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was
    wat we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou
    """.split()  # noqa: SIM905
)

# Parts of Dutch compounds in heat-transition and municipal texts, in their base form. A word is
# only split when every part is in this list (or is an inflected form of one), so ordinary words
# are left alone. Keep entries at least three letters long.
LEXICON = frozenset(
    """
    aanbesteding aanpak aardgas advies afspraak ambtenaar analyse bedrijf begroting beleid bestuur
    bewoner bijeenkomst bodem bouw bron buurt capaciteit collectief communicatie concept contract
    data deel dialoog doel draagvlak duurzaam energie ervaring evaluatie expert fase financiering
    gas gebied gebouw gemeente geld groen grond handreiking huis huur informatie infrastructuur
    initiatief inkoop isolatie kaart kader kennis klimaat koop kosten kwartier lening les lucht
    markt maatregel model monitor net notitie omgeving onderzoek ontwerp opgave participatie plan
    planning pomp programma project proces raad regie regio rekening ruimte sessie sloop stad
    strategie studie subsidie systeem team techniek temperatuur transitie uitvoering verbetering
    verduurzaming vergunning verkenning visie voorstel warmte water werk wet wijk woning zon zonne
    vrij paneel cooperatie avond brief gesprek rapport overzicht beeld zorg stroom bespaar
    """.split()  # noqa: SIM905
)
# Linking morphemes between compound parts (tussenklanken): wijk-s-, warmte-, participatie-.
LINKS = ("s", "e", "en")
# Words that look like compounds of lexicon parts but are not meant as such.
NOT_COMPOUNDS = frozenset({"netwerk", "netwerken", "netwerkt", "gasten", "planeet", "kosten"})
MIN_PART = 3


@dataclass(frozen=True)
class Pipeline:
    """Which steps run; the default is the production pipeline. The benchmark switches steps off."""

    fold_accents: bool = True
    stopwords: bool = True
    decompound: bool = True
    lemmas: bool = True
    stem: bool = True
    stemmer: str = STEMMER_ALGORITHM


FULL = Pipeline()
PLAIN = Pipeline(fold_accents=False, stopwords=False, decompound=False, lemmas=False, stem=False)


def fold(text: str) -> str:
    """Lower case without accents: é → e, ë → e, ĳ → ij."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=400_000)
def stem(word: str, algorithm: str = STEMMER_ALGORITHM) -> str:
    stemmer = _STEMMERS.get(algorithm)
    if stemmer is None:
        stemmer = _STEMMERS[algorithm] = Stemmer.Stemmer(algorithm)
    return stemmer.stemWord(word)


_VOWELS = "aeiou"


def _inflections(word: str) -> set[str]:
    """Plural and linking forms of a lexicon word: plan → plannen, paneel → panelen, studie → studies."""
    forms = {word, word + "s", word + "en", word + "e"}
    if word.endswith("e"):
        forms.add(word + "n")
    last, before, third = word[-1], word[-2:-1], word[-3:-2]
    if last not in _VOWELS and before in tuple(_VOWELS) and third not in tuple(_VOWELS):
        forms.add(word + last + "en")  # plan → plannen, net → netten, bron → bronnen
    if last not in _VOWELS and before and before == third and before in _VOWELS:
        forms.add(word[:-2] + last + "en")  # paneel → panelen, raad → raden
    if word.endswith("f"):
        forms.add(word[:-1] + "ven")
    if word.endswith("s"):
        forms.add(word[:-1] + "zen")
    return forms


# Inflected form → lexicon base form; applied before stemming so that singular and plural of the
# words that matter most always meet, whatever the stemmer does with them.
LEMMAS: dict[str, str] = {}
for _base in sorted(LEXICON):
    for _form in _inflections(_base):
        LEMMAS.setdefault(_form, _base)


def _is_part(word: str) -> bool:
    return len(word) >= MIN_PART and word in LEMMAS


@lru_cache(maxsize=200_000)
def split_compound(word: str) -> tuple[str, ...]:
    """Split a (folded) word into lexicon parts, or return it whole when it is not a known compound.

    The head (last part) may be inflected (``netten``, ``pompen``); earlier parts are base forms,
    optionally followed by a linking ``s``, ``e`` or ``en``. Prefers the split with the fewest parts.
    """
    if word in NOT_COMPOUNDS:
        return (word,)
    best = _split(word)
    return best if best is not None and len(best) > 1 else (word,)


def _split(word: str) -> tuple[str, ...] | None:
    if _is_part(word):
        return (word,)
    best: tuple[str, ...] | None = None
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[:cut]
        if head not in LEXICON:
            continue
        for link in ("", *LINKS):
            if not word.startswith(link, cut):
                continue
            rest = word[cut + len(link) :]
            if len(rest) < MIN_PART:
                continue
            tail = _split(rest)
            if tail is not None and (best is None or 1 + len(tail) < len(best)):
                best = (head, *tail)
    return best


def word_terms(word: str, pipeline: Pipeline = FULL) -> tuple[str, ...]:
    """The index terms of one word (already lower case, accents folded when the pipeline does)."""
    if pipeline.stopwords and word in STOPWORDS:
        return ()
    parts = split_compound(word) if pipeline.decompound and not word.isdigit() else (word,)
    if pipeline.lemmas:
        parts = tuple(LEMMAS.get(p, p) for p in parts)
    if pipeline.stem:
        return tuple(stem(p, pipeline.stemmer) for p in parts)
    return parts


def words(text: str, pipeline: Pipeline = FULL) -> list[str]:
    lowered = fold(text) if pipeline.fold_accents else text.lower()
    return _WORD.findall(lowered)


def terms(text: str, pipeline: Pipeline = FULL) -> list[str]:
    """All index terms of a text, in order (for the index column and term counts)."""
    out: list[str] = []
    for word in words(text, pipeline):
        out.extend(word_terms(word, pipeline))
    return out


def normalise(text: str, pipeline: Pipeline = FULL, *, limit: int = 300_000) -> str:
    """The string stored in the index column: terms separated by single spaces."""
    return " ".join(terms(text[:limit], pipeline))


@dataclass(frozen=True)
class Query:
    """A parsed query: per word, the terms that must all occur (a compound gives several)."""

    groups: tuple[tuple[str, ...], ...]

    @property
    def terms(self) -> list[str]:
        seen: dict[str, None] = {}
        for group in self.groups:
            for term in group:
                seen.setdefault(term, None)
        return list(seen)

    def __bool__(self) -> bool:
        return bool(self.groups)


def parse_query(text: str, pipeline: Pipeline = FULL, *, max_words: int = 32) -> Query:
    groups: dict[tuple[str, ...], None] = {}
    for word in words(text, pipeline):
        group = word_terms(word, pipeline)
        if group:
            groups.setdefault(tuple(dict.fromkeys(group)), None)
        if len(groups) >= max_words:
            break
    return Query(tuple(groups))


# Highlighted snippets ----------------------------------------------------------------------------

_SPAN = re.compile(r"[^\W_]+", re.UNICODE)


def highlight(text: str, query: Query, *, width: int = 32, pipeline: Pipeline = FULL) -> str:
    """An HTML-safe excerpt of `text` around the densest run of query terms, terms in <mark>.

    The original words are shown; a word is marked when one of its own terms is a query term, so
    ``warmtenetten`` is marked for the query ``warmtenet`` and ``isolatie`` for ``isoleren``.
    """
    wanted = set(query.terms)
    spans = list(_SPAN.finditer(text))
    if not spans:
        return ""
    hits = []
    for index, match in enumerate(spans):
        word = fold(match.group()) if pipeline.fold_accents else match.group().lower()
        if wanted and wanted.intersection(word_terms(word, pipeline)):
            hits.append(index)
    start = 0
    if hits:
        best, best_count = hits[0], 0
        for i, first in enumerate(hits):
            count = sum(1 for h in hits[i:] if h < first + width)
            if count > best_count:
                best, best_count = first, count
        start = max(0, best - width // 4)
    end = min(len(spans), start + width)
    marked = set(hits)
    pieces: list[str] = []
    position = 0 if start == 0 else spans[start].start()
    for index in range(start, end):
        match = spans[index]
        pieces.append(html.escape(text[position : match.start()]))
        word = html.escape(match.group())
        pieces.append(f"<mark>{word}</mark>" if index in marked else word)
        position = match.end()
    if end < len(spans):
        pieces.append(html.escape(text[position : spans[end].start()].rstrip()) + " …")
    else:
        pieces.append(
            html.escape(text[position : position + 1]) if text[position : position + 1] in ".!?" else ""
        )
    prefix = "… " if start > 0 else ""
    return prefix + "".join(pieces).strip()
