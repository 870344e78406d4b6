"""The knowledge base: items with files and links, the search index columns, and reuse records.

The ``search_*`` columns hold the output of `flexpool.knowledge.text.normalise` (stems separated by
spaces). SQLite indexes them with an FTS5 table kept in step by triggers, PostgreSQL with a generated
``tsvector`` column and a GIN index (migration 0002); see `flexpool.knowledge.search`.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from flexpool.demand.models import CapacityRequest
from flexpool.pool.models import Competence, Contact, Domain, Pool, PoolMember
from flexpool.regions.models import Municipality


class ItemKind(models.TextChoices):
    STUDY = "onderzoek", _("Onderzoek of studie")
    APPROACH = "plan_van_aanpak", _("Plan van aanpak")
    PARTICIPATION = "participatieplan", _("Participatieplan")
    TEMPLATE = "sjabloon", _("Sjabloon")
    COUNCIL = "raadsvoorstel", _("Raadsvoorstel")
    LESSON = "les", _("Geleerde les")
    TENDER = "aanbesteding", _("Aanbestedingsdocument")
    MAP = "kaart", _("Kaart of data-analyse")
    OTHER = "overig", _("Overig")


class Phase(models.TextChoices):
    TVW = "tvw", _("Transitievisie Warmte")
    WUP = "wup", _("Wijkuitvoeringsplan")
    EXECUTION = "uitvoering", _("Uitvoering")
    GENERAL = "algemeen", _("Algemeen")


class Visibility(models.TextChoices):
    POOL = "pool", _("Alleen deze pool")
    ALL_POOLS = "pools", _("Alle pools")
    PUBLIC = "openbaar", _("Openbaar")


class Processing(models.TextChoices):
    READY = "klaar", _("Klaar")
    PROCESSING = "verwerken", _("Wordt verwerkt")
    REFUSED = "geweigerd", _("Geweigerd")


class KnowledgeItem(models.Model):
    pool = models.ForeignKey(
        Pool, verbose_name=_("pool"), on_delete=models.CASCADE, related_name="knowledge_items"
    )
    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(_("samenvatting"), blank=True)
    body = models.TextField(_("tekst"), blank=True)
    kind = models.CharField(_("soort"), max_length=20, choices=ItemKind.choices)
    domain = models.ForeignKey(
        Domain, verbose_name=_("domein"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    phase = models.CharField(_("fase"), max_length=12, choices=Phase.choices, default=Phase.GENERAL)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente van herkomst"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    author_members = models.ManyToManyField(
        PoolMember, verbose_name=_("auteurs (poolleden)"), blank=True, related_name="authored_items"
    )
    author_contacts = models.ManyToManyField(
        Contact, verbose_name=_("auteurs (contactpersonen)"), blank=True, related_name="authored_items"
    )
    competences = models.ManyToManyField(
        Competence, verbose_name=_("competenties"), blank=True, related_name="+"
    )
    published_on = models.DateField(_("datum"))
    visibility = models.CharField(
        _("zichtbaarheid"), max_length=8, choices=Visibility.choices, default=Visibility.POOL
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    # New files are read in the background (knowledge.tasks): until then the item "wordt verwerkt";
    # a file that cannot be read within the limits makes it "geweigerd" with the reason.
    processing = models.CharField(
        _("verwerking"), max_length=10, choices=Processing.choices, default=Processing.READY
    )
    processing_note = models.CharField(_("reden"), max_length=500, blank=True)
    # Search index columns (normalised text) and their length in terms (for ranking).
    search_title = models.TextField(default="", editable=False)
    search_summary = models.TextField(default="", editable=False)
    search_body = models.TextField(default="", editable=False)
    search_length = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("kennisitem")
        verbose_name_plural = _("kennisitems")
        ordering = ["-published_on", "-id"]
        indexes = [
            models.Index(fields=["visibility", "pool"]),
            models.Index(fields=["published_on"]),
            # Everything search reads of an item besides its text: visibility, filters, facets and
            # length come from this index without touching the (wide) rows.
            models.Index(
                fields=[
                    "id",
                    "visibility",
                    "pool",
                    "created_by",
                    "kind",
                    "domain",
                    "phase",
                    "municipality",
                    "published_on",
                    "search_length",
                ],
                name="item_search_narrow",
            ),
        ]

    def __str__(self) -> str:
        return self.title


def _upload_to(instance: KnowledgeFile, filename: str) -> str:
    return f"kennis/{uuid.uuid4().hex}/{instance.original_name or 'bestand'}"


class KnowledgeFile(models.Model):
    item = models.ForeignKey(KnowledgeItem, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("bestand"), upload_to=_upload_to, max_length=300)
    original_name = models.CharField(_("bestandsnaam"), max_length=200)
    file_type = models.CharField(_("soort bestand"), max_length=10)
    size = models.PositiveIntegerField(_("grootte (bytes)"))
    sha256 = models.CharField(max_length=64)
    extracted_text = models.TextField(_("tekst uit het bestand"), blank=True)
    read = models.BooleanField(_("gelezen"), default=True)  # False until the background task read it
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name


class KnowledgeLink(models.Model):
    item = models.ForeignKey(KnowledgeItem, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("adres"), max_length=500)
    label = models.CharField(_("omschrijving"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.label or self.url


class RequestIndex(models.Model):
    """Search columns for a capacity request, kept in step by a post_save signal (see apps.py)."""

    request = models.OneToOneField(
        CapacityRequest, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    search_title = models.TextField(default="")
    search_summary = models.TextField(default="")
    search_body = models.TextField(default="")
    search_length = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("zoekindex van een vraag")
        verbose_name_plural = _("zoekindex van vragen")

    def __str__(self) -> str:
        return f"index {self.request_id}"


class Posting(models.Model):
    """One term of one item, for choosing candidates and ranking without reading the text columns.

    ``weight`` is the term's weighted frequency times two (title 6, summary 3, body 2 per
    occurrence), so the BM25F ranking can be computed exactly from it. ``impact`` is the term's
    BM25 contribution without idf (times 1,000,000, at the time of indexing): the candidate query
    walks a term's items from the highest impact down (index ``posting_by_impact``), so it never
    has to order all matching rows. Plain columns, so both engines give the same candidates.
    """

    pk = models.CompositePrimaryKey("item", "term")
    item = models.ForeignKey(KnowledgeItem, on_delete=models.CASCADE, related_name="+", db_index=False)
    term = models.CharField(max_length=100)
    weight = models.PositiveIntegerField(default=0)
    impact = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["term", "-impact", "item"], name="posting_by_impact")]

    def __str__(self) -> str:
        return f"{self.term}@{self.item_id}"


class TermStat(models.Model):
    """How many documents of an index hold a term (for the ranking's idf), the same on both engines.

    The row with ``term=""`` holds the number of documents and the sum of their lengths.
    """

    index = models.CharField(max_length=10)
    term = models.CharField(max_length=100)
    df = models.IntegerField(default=0)
    total_length = models.BigIntegerField(default=0)
    # A word of the text that gave this term (for "Bedoelde u ...?"); empty after a bulk load.
    word = models.CharField(max_length=100, blank=True, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["index", "term"], name="one_stat_per_term")]

    def __str__(self) -> str:
        return f"{self.index}:{self.term}={self.df}"


class ReuseRecord(models.Model):
    """A municipality says it reused an item or an earlier request ("hergebruikt door")."""

    item = models.ForeignKey(
        KnowledgeItem, null=True, blank=True, on_delete=models.CASCADE, related_name="reuses"
    )
    source_request = models.ForeignKey(
        CapacityRequest,
        verbose_name=_("eerdere vraag"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.PROTECT, related_name="+"
    )
    request = models.ForeignKey(
        CapacityRequest,
        verbose_name=_("bij vraag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("toelichting"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(_("vastgelegd"), auto_now_add=True)

    class Meta:
        verbose_name = _("hergebruik")
        verbose_name_plural = _("hergebruik")
        ordering = ["-recorded_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(item__isnull=False) & Q(source_request__isnull=True))
                | (Q(item__isnull=True) & Q(source_request__isnull=False)),
                name="reuse_of_item_or_request",
            ),
            models.UniqueConstraint(
                fields=["item", "municipality"],
                condition=Q(item__isnull=False),
                name="reuse_item_once_per_municipality",
            ),
            models.UniqueConstraint(
                fields=["source_request", "municipality"],
                condition=Q(source_request__isnull=False),
                name="reuse_request_once_per_municipality",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item or self.source_request} ← {self.municipality}"


class SynonymKind(models.TextChoices):
    ABBREVIATION = "afkorting", _("Afkorting")
    SYNONYM = "synoniem", _("Synoniem")


class ThesaurusEntry(models.Model):
    """Words and phrases that mean the same in a search ("WUP" = "wijkuitvoeringsplan").

    A search for any of them also finds items that use one of the others. Applied to the query in
    Python, so it works the same on every database and a change counts at once (no re-indexing).
    """

    phrases = models.TextField(
        _("woorden"),
        help_text=_("Eén woord of woordgroep per regel, bijvoorbeeld WUP en wijkuitvoeringsplan."),
    )
    kind = models.CharField(
        _("soort"), max_length=10, choices=SynonymKind.choices, default=SynonymKind.SYNONYM
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gewijzigd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["phrases", "id"]
        verbose_name = _("zoekwoord met synoniemen")
        verbose_name_plural = _("thesaurus")

    def __str__(self) -> str:
        return " = ".join(self.phrase_list)

    @property
    def phrase_list(self) -> list[str]:
        return [p.strip() for p in self.phrases.splitlines() if p.strip()]


class MissedSearchWord(models.Model):
    """A word that people searched for and that no item holds (`search.words_not_found`).

    The thesaurus page lists them, so coordinators can link them to the words the items use. Who
    searched is not stored; a word not searched for in `missed_words.KEEP_DAYS` days is dropped.
    """

    word = models.CharField(_("woord"), max_length=40, unique=True)
    searches = models.PositiveIntegerField(_("aantal keer gezocht"), default=1)
    first_searched_on = models.DateField(_("eerst gezocht op"))
    last_searched_on = models.DateField(_("laatst gezocht op"), db_index=True)

    class Meta:
        ordering = ["-searches", "-last_searched_on", "word"]
        verbose_name = _("gezocht woord zonder resultaat")
        verbose_name_plural = _("gezochte woorden zonder resultaat")

    def __str__(self) -> str:
        return self.word


class MissedWordFollowUp(models.Model):
    """What people searched for next, within `missed_words.FOLLOW_UP_MINUTES`, when a search of a
    missed word was followed by one that found items: most often the word the items use.

    Counted per phrase, never per person; removed with its word.
    """

    word = models.ForeignKey(
        MissedSearchWord, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("woord")
    )
    phrase = models.CharField(_("daarna gezocht op"), max_length=80)
    searches = models.PositiveIntegerField(_("aantal keer"), default=1)
    last_searched_on = models.DateField(_("laatst gezocht op"))

    class Meta:
        ordering = ["-searches", "-last_searched_on", "phrase"]
        constraints = [models.UniqueConstraint(fields=["word", "phrase"], name="knowledge_follow_up_once")]
        verbose_name = _("vervolgzoekopdracht")
        verbose_name_plural = _("vervolgzoekopdrachten")

    def __str__(self) -> str:
        return f"{self.word} → {self.phrase}"


class ItemVector(models.Model):
    """The embedding of (a part of) an item, for search by meaning (`knowledge/vectors.py`).

    ``vector`` holds the 384 float32 numbers on SQLite; on PostgreSQL the migration adds a pgvector
    column ``embedding vector(384)`` with an HNSW index and ``vector`` stays empty. Only
    `knowledge.vectors` reads and writes these rows.
    """

    item = models.ForeignKey(KnowledgeItem, on_delete=models.CASCADE, related_name="+")
    chunk = models.PositiveSmallIntegerField(default=0)
    vector = models.BinaryField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["item", "chunk"], name="itemvector_item_chunk")]

    def __str__(self) -> str:
        return f"vector {self.item_id}/{self.chunk}"
