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
import math
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache

import Stemmer

# The one fixed algorithm: Snowball's original Dutch stemmer (Porter-style, unchanged since 2001),
# from PyStemmer. The newer "dutch" algorithm of Snowball 3 strips ``ge-`` (gemeente → meen) and
# treats singular and plural of some words differently; the benchmark compares the two.
STEMMER_ALGORITHM = "dutch_porter"
_STEMMERS: dict[str, Stemmer.Stemmer] = {}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CHAIN = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)

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
    # Split compounds that the curated lexicon does not know against the general Dutch lexicon.
    lexicon_compounds: bool = True
    # Index (and search) a compound's whole word as well as its parts.
    keep_whole: bool = True


FULL = Pipeline()
PLAIN = Pipeline(
    fold_accents=False,
    stopwords=False,
    decompound=False,
    lemmas=False,
    stem=False,
    lexicon_compounds=False,
    keep_whole=False,
)
_current = [FULL]


def current() -> Pipeline:
    """The pipeline in force (the production one, unless a benchmark switched steps off)."""
    return _current[-1]


@contextmanager
def using(pipeline: Pipeline) -> Iterator[None]:
    """Index and search with another pipeline inside the block (for the benchmark's ablation)."""
    _current.append(pipeline)
    try:
        yield
    finally:
        _current.pop()


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


# Plurals in -s after an -e that Snowball's `dutch_porter` keeps whole: "subsidies" and
# "subsidie", "organisaties" and "organisatie", "vacatures" and "vacature" must meet. The "s" goes
# when what is left is a Dutch word in its own right (at least this common, zipf scale), so
# "precies" and "proces" stay as they are.
S_PLURAL_MIN_ZIPF = 2.5
# English plurals in -es ("coaches", "crashes") lose the "es" instead, when that singular is the
# more common word in Dutch; a French one ("affiches", "niches") has its singular in -e.
_ENGLISH_ES_PLURAL = ("ches", "shes", "xes", "sses")


def lemma(word: str) -> str:
    """The base form of a word before stemming: a lexicon word's (`LEMMAS`), or `singular`."""
    found = LEMMAS.get(word)
    return singular(word) if found is None else found


def singular(word: str) -> str:
    """The singular of a plural in -es that the stemmer leaves as it is (above), else the word."""
    if len(word) < 5 or not word.endswith("es"):
        return word
    if word.endswith(_ENGLISH_ES_PLURAL) and zipf(word[:-2]) > zipf(word[:-1]):
        return word[:-2] if zipf(word[:-2]) >= S_PLURAL_MIN_ZIPF else word
    return word[:-1] if zipf(word[:-1]) >= S_PLURAL_MIN_ZIPF else word


def _is_part(word: str) -> bool:
    return len(word) >= MIN_PART and word in LEMMAS


def split_compound(word: str) -> tuple[str, ...]:
    """Split a (folded) word into its parts, or return it whole when it is not a compound.

    First against the curated lexicon of heat-transition parts (`LEXICON`); when that finds no
    split, against the Dutch word list (`lexicon_split`).
    """
    return _split_compound(word, True)


@lru_cache(maxsize=200_000)
def _split_compound(word: str, general: bool) -> tuple[str, ...]:
    if word in NOT_COMPOUNDS or word.isdigit():
        return (word,)
    best = _split(word)
    if best is not None and len(best) > 1:
        return best
    if general:
        return lexicon_split(word)
    return (word,)


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


# Compounds from a general Dutch lexicon ------------------------------------------------------------
#
# The curated lexicon above only knows heat-transition parts. Other compounds (``dakisolatie``,
# ``kostenverdeelsleutel``, ``spouwmuurisolatie``) are split against the Dutch word list of the
# `wordfreq` package (about 300,000 words with their frequency, shipped inside the package), with
# the rule of Koehn and Knight (2003): of all ways to cut a word into known words (optionally joined
# by a linking ``s``), take the one whose parts have the highest geometric mean frequency, and keep
# the word whole when the word itself is more frequent than that. So ``overheid`` and ``ziekenhuis``
# stay whole (common words), ``warmtenet`` and ``dakisolatie`` are split.

MIN_SPLIT_LENGTH = 7  # shorter words are not split against the general lexicon
# How common a part must be (zipf scale: 3 = once per million words), by its length: short words
# are often names or verb forms ("sam", "zie"), long rare words are still real words ("spouwmuur").
MIN_PART_ZIPF = {3: 4.0, 4: 3.0, 5: 3.0}
MIN_LONG_PART_ZIPF = 2.0
MAX_PARTS = 4
# Each part beyond two costs this much of the mean: cutting into many short words is rarely right.
EXTRA_PART_PENALTY = 0.5
# Prefixes and function words that are words on their own but not parts of compounds.
NOT_PARTS = frozenset(
    """
    ver ont her ter ten der des den ben bent ene per pro con ex sub mee toe weg
    """.split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """Folded Dutch word → zipf frequency, from wordfreq's large Dutch list."""
    import wordfreq

    out: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict("nl", wordlist="large").items():
        if not word.isalpha():
            continue
        folded = fold(word)
        zipf = round(math.log10(frequency) + 9, 2)
        if zipf > out.get(folded, -1.0):
            out[folded] = zipf
    return out


def zipf(word: str) -> float:
    """How common a (folded) Dutch word is on the zipf scale; 0 when unknown."""
    return _frequencies().get(word, 0.0)


def _part_zipf(word: str) -> float:
    if len(word) < MIN_PART or word in STOPWORDS or word in NOT_PARTS:
        return 0.0
    value = zipf(word)
    if value < MIN_PART_ZIPF.get(len(word), MIN_LONG_PART_ZIPF):
        return 0.0
    return value


@lru_cache(maxsize=200_000)
def lexicon_split(word: str) -> tuple[str, ...]:
    """Split a folded word into parts from the general Dutch lexicon (Koehn–Knight), or keep it whole."""
    if len(word) < MIN_SPLIT_LENGTH or not word.isalpha():
        return (word,)
    splits = _splits(word, MAX_PARTS)
    best, best_score = (word,), zipf(word)
    for parts, total in splits:
        if len(parts) < 2:
            continue
        score = total / len(parts) - EXTRA_PART_PENALTY * (len(parts) - 2)
        if score > best_score or (score == best_score and len(parts) < len(best)):
            best, best_score = parts, score
    return best


def _splits(word: str, max_parts: int) -> list[tuple[tuple[str, ...], float]]:
    """Every way to cut `word` into at most `max_parts` known parts, with the parts' summed zipf."""
    out: list[tuple[tuple[str, ...], float]] = []
    whole = _part_zipf(word)
    if whole:
        out.append(((word,), whole))
    if max_parts < 2:
        return out
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head_zipf = _part_zipf(word[:cut])
        if not head_zipf:
            continue
        for link in ("", "s"):
            if link and not word.startswith(link, cut):
                continue
            rest = word[cut + len(link) :]
            if len(rest) < MIN_PART:
                continue
            for tail, total in _splits(rest, max_parts - 1):
                out.append(((word[:cut], *tail), head_zipf + total))
    return out


def word_terms(word: str, pipeline: Pipeline | None = None) -> tuple[str, ...]:
    """The index terms of one word (already lower case, accents folded when the pipeline does).

    A compound gives the whole word first and then its parts (``dakisolatie`` → ``dakisolatie``,
    ``dak``, ``isolatie``), so a search for the whole and a search for a part both find it.
    """
    pipeline = pipeline or current()
    if pipeline.stopwords and word in STOPWORDS:
        return ()
    if pipeline.lemmas:  # split "kerncentrales" as "kerncentrale", not as kern + centra + les
        word = singular(word)
    parts: tuple[str, ...] = (word,)
    if pipeline.decompound and not word.isdigit():
        parts = _split_compound(word, pipeline.lexicon_compounds)
    whole: tuple[str, ...] = ()
    if len(parts) > 1 and pipeline.keep_whole:
        # The whole word with its head in base form (wijkuitvoeringsplannen → ...plan), since the
        # stemmer does not always reduce a plural at the end of a long word.
        head = parts[-1]
        whole = (word[: len(word) - len(head)] + lemma(head) if pipeline.lemmas else word,)
    if pipeline.lemmas:
        parts = tuple(lemma(p) for p in parts)
    if pipeline.stopwords:
        parts = tuple(p for p in parts if p not in STOPWORDS) or parts
    out = whole + parts
    if pipeline.stem:
        out = tuple(stem(p, pipeline.stemmer) for p in out)
    return tuple(dict.fromkeys(out))


def chain_terms(chain: str, pipeline: Pipeline | None = None) -> tuple[str, ...]:
    """Terms of a word or of a hyphenated chain (``warmte-net``): the pieces' terms, and the joined
    word's terms first when the pipeline keeps compounds whole, so ``warmte-net`` = ``warmtenet``."""
    pipeline = pipeline or current()
    pieces = chain.split("-")
    if len(pieces) == 1:
        return word_terms(chain, pipeline)
    out: list[str] = []
    if pipeline.decompound and pipeline.keep_whole and len(pieces) <= 4:
        joined = "".join(pieces)
        if joined.isalpha() and len(joined) <= 40:
            whole = word_terms(joined, pipeline)
            out.extend(whole[:1])
    for piece in pieces:
        out.extend(word_terms(piece, pipeline))
    return tuple(dict.fromkeys(out))


def words(text: str, pipeline: Pipeline | None = None) -> list[str]:
    """The words of a text, lower case (and folded); a hyphenated chain (``warmte-net``) is one word."""
    pipeline = pipeline or current()
    lowered = fold(text) if pipeline.fold_accents else text.lower()
    return _CHAIN.findall(lowered)


def terms(text: str, pipeline: Pipeline | None = None) -> list[str]:
    """All index terms of a text, in order (for the index column and term counts)."""
    pipeline = pipeline or current()
    out: list[str] = []
    for word in words(text, pipeline):
        out.extend(chain_terms(word, pipeline))
    return out


def term_words(text: str, pipeline: Pipeline | None = None, *, limit: int = 300_000) -> dict[str, str]:
    """For each whole-word term of a text, the (folded) word that first gave it: the words that a
    spelling suggestion can offer."""
    out: dict[str, str] = {}
    for word in words(text[:limit], pipeline):
        found = chain_terms(word, pipeline)
        if found and word.isalpha() and len(word) <= 100:
            out.setdefault(found[0], word)
    return out


def normalise(text: str, pipeline: Pipeline | None = None, *, limit: int = 300_000) -> str:
    """The string stored in the index column: terms separated by single spaces."""
    return " ".join(terms(text[:limit], pipeline))


# Queries -------------------------------------------------------------------------------------------

# Words of questions and requests that say nothing about the subject ("hoe", "welke", "kunnen").
QUERY_STOPWORDS = frozenset(
    """
    hoe hoeveel welk welke waarom wanneer waar waarmee waarvoor wat wie kun kunt kunnen kan moet
    moeten mag mogen ik jij jullie wij we je mijn onze ons zoek zoeken gezocht per via iets graag
    """.split()  # noqa: SIM905
)
# Words a Dutch question starts with ("wat doet een energiecoach", "is er subsidie voor isolatie").
QUESTION_STARTS = frozenset(
    """
    hoe hoeveel welk welke waarom wanneer waar waarmee waarvoor wat wie kun kunt kunnen kan moet
    moeten mag mogen is zijn zit heeft hebben wordt worden geldt gelden bestaat
    """.split()  # noqa: SIM905
)


def is_question(text: str) -> bool:
    """Whether a query is typed as a question: it ends with "?" or starts with a question word."""
    found = words(text[:200], PLAIN)
    return text.rstrip().endswith("?") or bool(found and found[0] in QUESTION_STARTS)


# Weights of a compound's parts in a query, relative to the whole word (1.0).
PART_WEIGHT = 0.5
# Weight of a synonym or abbreviation from the thesaurus, relative to the word as typed: an item
# with the very word asked for ranks above one that only has its synonym.
# Chosen on the generated corpus (1.0: nDCG@10 0.934, 0.7: 0.938, 0.5: 0.953), like a compound's part.
SYNONYM_WEIGHT = 0.5
# Whether a synonym's compound parts count too (see `phrase_alternative`).
SYNONYM_PARTS = False


@dataclass(frozen=True)
class Concept:
    """One thing the query asks for: a word (or a phrase from the thesaurus) and its alternatives.

    Each alternative is a tuple of (term, weight); the first is the word as typed (a compound gives
    the whole and its parts), others come from the thesaurus or a spelling correction. A document's
    score for the concept is that of its best alternative.
    """

    word: str
    alternatives: tuple[tuple[tuple[str, float], ...], ...]
    sources: tuple[str, ...]  # per alternative: "word", "thesaurus" or "spelling"

    @cached_property
    def specificity(self) -> float:
        """How much the concept says about a subject, from how common its word is in Dutch at
        large (`common_word_weight`); a phrase counts by its rarest word."""
        return max((common_word_weight(w) for w in self.word.split()), default=1.0)

    @property
    def terms(self) -> list[str]:
        return list(dict.fromkeys(t for alternative in self.alternatives for t, _w in alternative))


@dataclass(frozen=True)
class Query:
    """A parsed query: the concepts it asks for (ranked on any of them, more of them is better)."""

    concepts: tuple[Concept, ...] = ()

    @property
    def terms(self) -> list[str]:
        seen: dict[str, None] = {}
        for concept in self.concepts:
            for term in concept.terms:
                seen.setdefault(term, None)
        return list(seen)

    @property
    def groups(self) -> tuple[tuple[str, ...], ...]:
        """For the engines' matching: one group per term (matched with OR)."""
        return tuple((t,) for t in self.terms)

    def __bool__(self) -> bool:
        return bool(self.concepts)

    def only(self, keep) -> Query:
        """The query with only the terms for which `keep(term)` is true (empty concepts dropped)."""
        concepts = []
        for concept in self.concepts:
            pairs = []
            for alternative, source in zip(concept.alternatives, concept.sources, strict=True):
                kept = tuple((t, w) for t, w in alternative if keep(t))
                if kept:
                    pairs.append((kept, source))
            if pairs:
                concepts.append(
                    Concept(concept.word, tuple(a for a, _s in pairs), tuple(s for _a, s in pairs))
                )
        return Query(tuple(concepts))


# A word that is common in Dutch at large ("staan", "kleine", "maken") says less about what a
# question is about than a rarer one ("warmtebronnen", "huurders"), also when the knowledge base
# happens to hold it rarely. Words up to COMMON_FROM on the zipf scale count fully; above it the
# weight falls linearly to COMMON_LEAST at COMMON_TO.
COMMON_FROM = 4.5
COMMON_TO = 6.0
COMMON_LEAST = 0.3


def common_word_weight(word: str) -> float:
    value = zipf(fold(word))
    if value <= COMMON_FROM:
        return 1.0
    share = min((value - COMMON_FROM) / (COMMON_TO - COMMON_FROM), 1.0)
    return round(1.0 - share * (1.0 - COMMON_LEAST), 6)


def weighted(terms_of_word: tuple[str, ...], scale: float = 1.0) -> tuple[tuple[str, float], ...]:
    """(term, weight) of one word's terms: a compound's whole 1.0, its parts `PART_WEIGHT` each."""
    if len(terms_of_word) <= 1:
        return tuple((t, scale) for t in terms_of_word)
    return ((terms_of_word[0], scale), *((t, PART_WEIGHT * scale) for t in terms_of_word[1:]))


def phrase_alternative(phrase: str, scale: float, pipeline: Pipeline | None = None, *, parts: bool = True):
    """(term, weight) of a phrase: each word as `weighted`, spread so a phrase weighs like a word.
    Without `parts` only the whole words count (a synonym's compound parts drift too far: the parts
    of "wijkverwarming" would make "warmtenet" find every text about a "wijk")."""
    found = [chain_terms(w, pipeline) for w in words(phrase, pipeline)]
    found = [(f if parts else f[:1]) for f in found if f]
    if not found:
        return ()
    share = scale / len(found) ** 0.5
    out: dict[str, float] = {}
    for word_terms_ in found:
        for term, weight in weighted(word_terms_, share):
            out[term] = max(out.get(term, 0.0), weight)
    return tuple(out.items())


def phrase_key(phrase: str, pipeline: Pipeline | None = None) -> tuple[str, ...]:
    """How a thesaurus phrase is recognised in a query: the first term (the whole) of each word."""
    return tuple(t[0] for t in (chain_terms(w, pipeline) for w in words(phrase, pipeline)) if t)


def parse_query(
    text: str,
    pipeline: Pipeline | None = None,
    *,
    max_words: int = 32,
    thesaurus: dict[tuple[str, ...], tuple[str, ...]] | None = None,
) -> Query:
    """Parse a query into concepts; `thesaurus` maps a phrase key to equivalent phrases."""
    pipeline = pipeline or current()
    keyed: list[tuple[str, tuple[str, ...]]] = []
    for word in words(text, pipeline):
        if pipeline.stopwords and word in QUERY_STOPWORDS:
            continue
        found = chain_terms(word, pipeline)
        if found:
            keyed.append((word, found))
    longest = max((len(k) for k in thesaurus), default=0) if thesaurus else 0
    concepts: dict[tuple, Concept] = {}
    index = 0
    while index < len(keyed) and len(concepts) < max_words:
        size, synonyms = 1, ()
        for length in range(min(longest, len(keyed) - index), 0, -1):
            key = tuple(found[0] for _w, found in keyed[index : index + length])
            if thesaurus and key in thesaurus:
                size, synonyms = length, thesaurus[key]
                break
        words_here = keyed[index : index + size]
        if size == 1:
            own = weighted(words_here[0][1])
        else:
            own = phrase_alternative(" ".join(w for w, _f in words_here), 1.0, pipeline)
        alternatives, sources = [own], ["word"]
        for synonym in synonyms:
            alternative = phrase_alternative(synonym, SYNONYM_WEIGHT, pipeline, parts=SYNONYM_PARTS)
            if alternative and alternative not in alternatives:
                alternatives.append(alternative)
                sources.append("thesaurus")
        word = " ".join(w for w, _f in words_here)
        concept = Concept(word, tuple(alternatives), tuple(sources))
        concepts.setdefault(tuple(alternatives), concept)
        index += size
    return Query(tuple(concepts.values()))


def with_corrections(
    typed: str,
    corrections: dict[str, str],
    pipeline: Pipeline | None = None,
    *,
    thesaurus: dict[tuple[str, ...], tuple[str, ...]] | None = None,
) -> Query:
    """The query as it reads with the spelling corrections (word as typed → corrected word), parsed
    again so that the corrected words get their synonyms too, alone or in a phrase ("transitevisie
    warmte" → "transitievisie warmte" → TVW). A concept holding a corrected word has "spelling" as
    the source of its own words. The words as typed are left out: no item holds them."""
    pipeline = pipeline or current()
    fixed = set(corrections.values())
    query = parse_query(
        " ".join(corrections.get(w, w) for w in words(typed, pipeline)), pipeline, thesaurus=thesaurus
    )
    concepts = []
    for concept in query.concepts:
        if fixed.intersection(concept.word.split()):
            concept = Concept(concept.word, concept.alternatives, ("spelling", *concept.sources[1:]))
        concepts.append(concept)
    return Query(tuple(concepts))


# Highlighted snippets ----------------------------------------------------------------------------

_SPAN = re.compile(r"[^\W_]+", re.UNICODE)


def highlight(text: str, query: Query, *, width: int = 32, pipeline: Pipeline | None = None) -> str:
    """An HTML-safe excerpt of `text` around the densest run of query terms, terms in <mark>.

    The original words are shown; a word is marked when one of its own terms is a query term, so
    ``warmtenetten`` is marked for the query ``warmtenet`` and ``isolatie`` for ``isoleren``.
    """
    pipeline = pipeline or current()
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
