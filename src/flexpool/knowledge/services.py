"""Writes on the knowledge base. Every change checks permissions, is atomic and writes an audit record."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import (
    can_act_for_municipality,
    contact_municipality_id,
    coordinates_pool,
    has_permission,
)
from flexpool.core import audit
from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.models import TaskProgress
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.knowledge import extract, indexing, processing
from flexpool.knowledge.models import (
    ItemKind,
    KnowledgeFile,
    KnowledgeItem,
    KnowledgeLink,
    Phase,
    Processing,
    ReuseRecord,
    Visibility,
)
from flexpool.knowledge.visibility import viewer_for, visible_items
from flexpool.pool.models import Competence, Contact, Domain, Pool, PoolMember
from flexpool.regions.models import Municipality

MAX_FILES = 10


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


@dataclass(frozen=True)
class ItemValues:
    title: str
    kind: str
    published_on: date
    summary: str = ""
    body: str = ""
    domain: Domain | None = None
    phase: str = Phase.GENERAL
    municipality: Municipality | None = None
    visibility: str = Visibility.POOL
    author_members: Sequence[PoolMember] = ()
    author_contacts: Sequence[Contact] = ()
    competences: Sequence[str] = ()
    links: Sequence[tuple[str, str]] = field(default_factory=tuple)


@dataclass(frozen=True)
class Checked:
    """An upload that passed the quick checks; its text is read later, in the background."""

    name: str
    file_type: str
    data: bytes


def _validate(
    values: ItemValues, uploads: Sequence[Upload], pool: Pool, *, has_text: bool = False
) -> list[Checked]:
    errors: dict[str, list[str]] = {}
    if not values.title.strip():
        errors.setdefault("title", []).append(_("Geef het item een titel."))
    if values.kind not in ItemKind.values:
        errors.setdefault("kind", []).append(_("Onbekende soort."))
    if values.phase not in Phase.values:
        errors.setdefault("phase", []).append(_("Onbekende fase."))
    if values.visibility not in Visibility.values:
        errors.setdefault("visibility", []).append(_("Onbekende zichtbaarheid."))
    if any(m.pool_id != pool.pk for m in values.author_members):
        errors.setdefault("author_members", []).append(_("Auteurs moeten poolleden van deze pool zijn."))
    if values.author_contacts:
        allowed = set(pool.memberships.values_list("municipality_id", flat=True))
        if any(c.municipality_id not in allowed for c in values.author_contacts):
            errors.setdefault("author_contacts", []).append(
                _("Auteurs moeten contactpersonen van een gemeente in deze pool zijn.")
            )
    if values.competences:
        known = set(Competence.objects.filter(code__in=values.competences).values_list("code", flat=True))
        for code in values.competences:
            if code not in known:
                errors.setdefault("competences", []).append(
                    _("Competentie '%(code)s' bestaat niet.") % {"code": code}
                )
    if len(uploads) > MAX_FILES:
        errors.setdefault("files", []).append(_("Hoogstens %(n)s bestanden per keer.") % {"n": MAX_FILES})
    checked = []
    for upload in uploads[:MAX_FILES]:
        try:
            checked.append(Checked(upload.name, extract.check(upload.name, upload.data), upload.data))
        except extract.ExtractionError as error:
            errors.setdefault("files", []).append(str(error))
    # A file's text is known only after the background task read it; without other text it must
    # have some, or the item is refused then (services.read_files).
    if not (has_text or values.summary.strip() or values.body.strip() or checked):
        errors.setdefault("summary", []).append(
            _("Geef een samenvatting, een tekst of een bestand met tekst, zodat het item te vinden is.")
        )
    if errors:
        raise ValidationError(errors)
    return checked


def _check_may_write(actor, pool: Pool) -> None:
    if not has_permission(actor, "knowledge.create"):
        raise NotAllowed(_("U mag geen kennisitems toevoegen."))
    if pool.pk not in viewer_for(actor).pool_ids:
        raise NotAllowed(_("U hoort niet bij deze pool."))


def _store_files(item: KnowledgeItem, checked: Sequence[Checked], stored: list) -> None:
    for part in checked:
        record = KnowledgeFile(
            item=item,
            original_name=part.name[:200],
            file_type=part.file_type,
            size=len(part.data),
            sha256=hashlib.sha256(part.data).hexdigest(),
            extracted_text="",
            read=False,
        )
        record.file.save(part.name[-120:], ContentFile(part.data), save=False)
        stored.append(record.file.name)
        record.save()


def _remove_stored(names: list[str]) -> None:
    from django.core.files.storage import default_storage

    for name in names:
        default_storage.delete(name)


def _apply(item: KnowledgeItem, values: ItemValues) -> None:
    for name in ("title", "summary", "body", "kind", "domain", "phase", "municipality", "visibility"):
        setattr(item, name, getattr(values, name))
    item.title = item.title.strip()
    item.published_on = values.published_on


def _relations(item: KnowledgeItem, values: ItemValues) -> None:
    item.author_members.set(values.author_members)
    item.author_contacts.set(values.author_contacts)
    item.competences.set(Competence.objects.filter(code__in=values.competences))
    item.links.all().delete()
    KnowledgeLink.objects.bulk_create(
        [KnowledgeLink(item=item, url=url, label=label[:200]) for url, label in values.links if url]
    )


def create_item(*, actor, pool: Pool, values: ItemValues, uploads: Sequence[Upload] = ()) -> KnowledgeItem:
    """Validate everything, then store the item and its files.

    Without files the item is indexed at once. With files only the quick checks run here (size,
    type, unpacked sizes, pages): the item is stored as "wordt verwerkt" and a background task
    reads the files' text within the limits, then indexes the item or refuses it with the reason
    (`read_files`).
    """
    _check_may_write(actor, pool)
    extracted = _validate(values, uploads, pool)
    stored: list[str] = []
    try:
        with transaction.atomic():
            item = KnowledgeItem(pool=pool, created_by=actor if actor.is_authenticated else None)
            _apply(item, values)
            if extracted:
                item.processing = Processing.PROCESSING
            item.save()
            _relations(item, values)
            _store_files(item, extracted, stored)
            if not extracted:
                indexing.index_item(item)
            audit.record(
                actor=actor,
                action="kennis.toegevoegd",
                obj=item,
                changes={
                    "soort": item.kind,
                    "zichtbaarheid": item.visibility,
                    "bestanden": [e.name for e in extracted],
                },
                municipality_code=item.municipality.code if item.municipality else "",
            )
            if extracted:
                _queue_reading(actor, item)
    except BaseException:
        _remove_stored(stored)  # nothing half-stored: the rows are rolled back, the files removed
        raise
    return item


def may_edit(actor, item: KnowledgeItem) -> bool:
    if not actor.is_authenticated:
        return False
    if has_permission(actor, "knowledge.manage") and coordinates_pool(actor, item.pool_id):
        return True
    return has_permission(actor, "knowledge.create") and item.created_by_id == actor.pk


def update_item(
    *, actor, item: KnowledgeItem, values: ItemValues, uploads: Sequence[Upload] = (), remove_files=()
) -> KnowledgeItem:
    if not may_edit(actor, item):
        raise NotAllowed(_("U mag dit item niet wijzigen."))
    kept = item.files.exclude(pk__in=list(remove_files))
    kept_text = kept.filter(Q(read=False) | ~Q(extracted_text="")).exists()
    extracted = _validate(values, uploads, item.pool, has_text=kept_text)
    stored: list[str] = []
    removed_names: list[str] = []
    try:
        with transaction.atomic():
            before = {"titel": item.title, "zichtbaarheid": item.visibility}
            _apply(item, values)
            if extracted:
                item.processing = Processing.PROCESSING
            elif item.processing == Processing.REFUSED:
                item.processing = Processing.READY  # the refused file was removed; the rest is fine
            if item.processing == Processing.READY:
                item.processing_note = ""
            item.save()
            _relations(item, values)
            for old in item.files.filter(pk__in=list(remove_files)):
                if old.file.name:
                    removed_names.append(old.file.name)
                old.delete()
            _store_files(item, extracted, stored)
            indexing.index_item(item)  # with the text of the files read so far
            audit.record(
                actor=actor,
                action="kennis.gewijzigd",
                obj=item,
                changes={
                    "titel": [before["titel"], item.title],
                    "zichtbaarheid": [before["zichtbaarheid"], item.visibility],
                    "bestanden_erbij": [e.name for e in extracted],
                    "bestanden_eraf": len(removed_names),
                },
                municipality_code=item.municipality.code if item.municipality else "",
            )
            if extracted:
                _queue_reading(actor, item)
    except BaseException:
        _remove_stored(stored)
        raise
    transaction.on_commit(lambda: _remove_stored(removed_names))
    return item


def _queue_reading(actor, item: KnowledgeItem) -> None:
    """Queue the task that reads the item's new files. The queued task is a row in the same
    transaction (database backend), so the worker sees it once the item is committed; in tests
    and the demo (immediate backend) it runs right here."""
    from flexpool.knowledge.tasks import read_files_task

    progress = TaskProgress.objects.create(
        kind="kennis.bestanden_lezen",
        owner=actor if actor.is_authenticated else None,
        message=_("In de wachtrij"),
    )
    result = read_files_task.enqueue(str(progress.pk), item.pk)
    TaskProgress.objects.filter(pk=progress.pk).update(task_id=str(result.id))
    # With the immediate backend the task has already run: the caller's object gets its outcome.
    item.refresh_from_db(fields=["processing", "processing_note", *indexing.SEARCH_FIELDS])


def read_files(*, item_id: int, progress_id: str | None = None) -> str:
    """Read the text of an item's new files, each in a child process within the limits
    (`knowledge.processing`), then index the item, or refuse it with the reason. Safe to run
    again: files already read are skipped. Returns the item's processing status."""
    item = KnowledgeItem.objects.filter(pk=item_id).first()
    if item is None or item.processing != Processing.PROCESSING:
        return item.processing if item is not None else ""
    refused = ""
    for record in item.files.filter(read=False).order_by("pk"):
        with record.file.open("rb") as handle:
            data = handle.read()
        outcome = processing.read_text(record.original_name, data)
        if outcome.refused:
            reason = outcome.refused
            refused = (
                reason if reason.startswith(record.original_name) else f"{record.original_name}: {reason}"
            )
            names = [record.file.name or ""]
            record.delete()  # a file that cannot be read is not kept for others to download
            transaction.on_commit(partial(_remove_stored, names))
            break
        KnowledgeFile.objects.filter(pk=record.pk).update(
            extracted_text=extract.tidy(outcome.text), read=True
        )
    with transaction.atomic():
        item = KnowledgeItem.objects.select_for_update().get(pk=item_id)
        if item.processing != Processing.PROCESSING:
            return item.processing
        if not refused and not item.files.filter(read=False).exists():
            has_text = (
                item.summary.strip() or item.body.strip() or item.files.exclude(extracted_text="").exists()
            )
            if not has_text:
                refused = _(
                    "Het bestand bevat geen tekst. "
                    "Geef een samenvatting of een tekst, zodat het item te vinden is."
                )
        if refused:
            item.processing, item.processing_note = Processing.REFUSED, refused[:500]
            action = "kennis.geweigerd"
        else:
            item.processing, item.processing_note = Processing.READY, ""
            action = "kennis.verwerkt"
        item.save(update_fields=["processing", "processing_note", "updated_at"])
        if not refused:
            indexing.index_item(item)
        audit.record(
            actor=None,
            action=action,
            obj=item,
            changes={"reden": refused} if refused else {},
            municipality_code=item.municipality.code if item.municipality else "",
        )
    return item.processing


@transaction.atomic
def delete_item(*, actor, item: KnowledgeItem) -> None:
    if not may_edit(actor, item):
        raise NotAllowed(_("U mag dit item niet verwijderen."))
    names = list(item.files.values_list("file", flat=True))
    audit.record(
        actor=actor,
        action="kennis.verwijderd",
        obj=item,
        municipality_code=item.municipality.code if item.municipality else "",
    )
    item.delete()
    transaction.on_commit(lambda: _remove_stored(names))


def record_reuse(
    *,
    actor,
    item: KnowledgeItem | None = None,
    source_request: CapacityRequest | None = None,
    request: CapacityRequest | None = None,
    note: str = "",
) -> tuple[ReuseRecord, bool]:
    """A municipality says "dit hergebruiken wij". Returns (record, created); idempotent per municipality."""
    if not has_permission(actor, "knowledge.reuse"):
        raise NotAllowed(_("Alleen een gemeente kan hergebruik vastleggen."))
    if (item is None) == (source_request is None):
        raise ValidationError({"item": [_("Kies een kennisitem of een eerdere vraag.")]})
    municipality_id = contact_municipality_id(actor)
    if municipality_id is None:
        raise NotAllowed(_("Alleen een gemeente kan hergebruik vastleggen."))
    viewer = viewer_for(actor)
    if item is not None and not visible_items(viewer).filter(pk=item.pk).exists():
        raise NotAllowed(_("Dit item is niet zichtbaar voor u."))
    if source_request is not None and not (
        source_request.pool_id in viewer.pool_ids
        and source_request.municipality_id != municipality_id
        and source_request.status != RequestStatus.CONCEPT
    ):
        raise NotAllowed(_("Deze vraag is niet beschikbaar voor hergebruik."))
    if request is not None and not can_act_for_municipality(actor, request.municipality_id):
        raise NotAllowed(_("Dit is geen vraag van uw gemeente."))
    with transaction.atomic():
        lookup = {"item": item} if item is not None else {"source_request": source_request}
        existing = ReuseRecord.objects.filter(municipality_id=municipality_id, **lookup).first()
        if existing is not None:
            if request is not None and existing.request_id is None:
                existing.request = request
                existing.save(update_fields=["request"])
            return existing, False
        try:
            with transaction.atomic():
                reuse = ReuseRecord.objects.create(
                    municipality_id=municipality_id,
                    request=request,
                    note=note[:300],
                    recorded_by=actor,
                    **lookup,
                )
        except IntegrityError:  # a second click raced the first
            return ReuseRecord.objects.get(municipality_id=municipality_id, **lookup), False
        municipality = Municipality.objects.get(pk=municipality_id)
        reused = item if item is not None else source_request
        assert reused is not None  # exactly one of the two was given (checked above)
        audit.record(
            actor=actor,
            action="kennis.hergebruikt",
            obj=reused,
            changes={
                "hergebruikt_door": municipality.name,
                "bij_vraag": request.pk if request else None,
                "toelichting": note,
            },
            municipality_code=municipality.code,
        )
    return reuse, True


def link_reuses_from_form(actor, request: CapacityRequest, data) -> None:
    """After a request form is saved: tie the reuse ticked on the form ("hergebruik") to the request."""
    ids = data.getlist("hergebruik") if hasattr(data, "getlist") else data.get("hergebruik", [])
    link_reuses(actor=actor, request=request, record_ids=ids)


def link_reuses(*, actor, request: CapacityRequest, record_ids) -> list[ReuseRecord]:
    """Tie reuse recorded while drafting a request (still without a request) to that request.

    Only records of the request's own municipality that are not yet tied to a request are linked;
    other ids are ignored. One audit record on the request lists what was linked.
    """
    ids = {int(i) for i in record_ids if str(i).isdigit()}
    if not ids or not can_act_for_municipality(actor, request.municipality_id):
        return []
    with transaction.atomic():
        records = list(
            ReuseRecord.objects.select_for_update(of=("self",))
            .filter(pk__in=ids, municipality_id=request.municipality_id, request__isnull=True)
            .select_related("item", "source_request")
            .order_by("pk")
        )
        if not records:
            return []
        ReuseRecord.objects.filter(pk__in=[r.pk for r in records]).update(request=request)
        for record in records:
            record.request = request
        audit.record(
            actor=actor,
            action="kennis.hergebruik_gekoppeld",
            obj=request,
            changes={
                "kennisitems": [r.item_id for r in records if r.item_id],
                "eerdere_vragen": [r.source_request_id for r in records if r.source_request_id],
            },
            municipality_code=request.municipality.code,
        )
    return records
