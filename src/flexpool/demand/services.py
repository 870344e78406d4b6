"""Writes on capacity requests. Every change checks the lifecycle and writes an audit record."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import can_act_for_municipality, coordinates_pool
from flexpool.core import audit
from flexpool.core.errors import NotAllowed, ValidationError, field_error
from flexpool.core.models import AuditRecord
from flexpool.demand import hooks
from flexpool.demand import notify as events
from flexpool.demand.lifecycle import REQUEST_LIFECYCLE, RequestAction, RequestStatus
from flexpool.demand.models import CapacityRequest, RequestShare, RequiredCompetence
from flexpool.pool.models import Competence, Domain, Level, Membership, Pool
from flexpool.regions.models import Municipality

EDITABLE_STATUSES = (RequestStatus.CONCEPT, RequestStatus.SUBMITTED)
CONTACT_ACTIONS = {RequestAction.SUBMIT, RequestAction.WITHDRAW}
COORDINATOR_ACTIONS = {
    RequestAction.TAKE_INTO_INTAKE,
    RequestAction.REJECT,
    RequestAction.START,
    RequestAction.COMPLETE,
    RequestAction.REOPEN,
}


@dataclass(frozen=True)
class RequestDetails:
    """The editable content of a request, as it comes from a form, an API call or a CSV row."""

    title: str
    description: str
    hours_per_week: Decimal
    start: date
    end: date
    resident_facing: bool = False
    priority: int = CapacityRequest.Priority.NORMAL
    splittable: bool = False
    required: Sequence[tuple[str, int]] = ()
    shares: Sequence[tuple[str, Decimal]] = ()
    work_municipality: str | None = None  # CBS code; None: the filing municipality
    domain: str | None = None  # domain code; None: the pool's domain when it has one

    @classmethod
    def from_input(
        cls,
        data: Mapping[str, Any],
        *,
        required: Sequence[tuple[str, int]],
        shares: Sequence[tuple[str, Decimal]] = (),
        work_municipality: str | None = None,
    ) -> RequestDetails:
        """The details from a form's or a serializer's cleaned data; one reading for pages and API."""
        return cls(
            title=data["title"],
            description=data["description"],
            hours_per_week=data["hours_per_week"],
            start=data["start"],
            end=data["end"],
            resident_facing=data["resident_facing"],
            priority=data["priority"],
            splittable=data["splittable"],
            required=tuple(required),
            shares=tuple(shares),
            work_municipality=work_municipality or None,
            domain=getattr(data.get("domain"), "code", data.get("domain")) or None,
        )


@dataclass(frozen=True)
class ValidDetails:
    """Details that passed validation, with competences and shares resolved to their rows."""

    competences: tuple[tuple[Competence, int], ...]
    shares: tuple[tuple[Municipality, Decimal], ...]
    work_municipality: Municipality | None = None
    domain: Domain | None = None


@dataclass(frozen=True)
class Preloaded:
    """A pool's memberships and all competences and municipalities, loaded once, so checking many
    requests (a CSV import) costs no query per request. The rules stay those of validate_details."""

    memberships: tuple[Membership, ...]
    competences: dict[str, Competence]
    municipalities: dict[str, Municipality]
    domains: tuple[Domain, ...] = ()

    @classmethod
    def for_pool(cls, pool: Pool) -> Preloaded:
        return cls(
            memberships=tuple(Membership.objects.filter(pool=pool)),
            competences={c.code: c for c in Competence.objects.all()},
            municipalities={m.code: m for m in Municipality.objects.all()},
            domains=tuple(pool.domains.order_by("name")),
        )

    def membership(self, municipality: Municipality, on: date) -> Membership | None:
        for membership in self.memberships:
            if (
                membership.municipality_id == municipality.pk
                and membership.joined_on <= on
                and not (membership.left_on and membership.left_on < on)
            ):
                return membership
        return None


def active_membership(
    pool: Pool, municipality: Municipality, on: date, preloaded: Preloaded | None = None
) -> Membership | None:
    if preloaded is not None:
        return preloaded.membership(municipality, on)
    return (
        Membership.objects.filter(pool=pool, municipality=municipality, joined_on__lte=on)
        .exclude(left_on__lt=on)
        .first()
    )


def validate_details(
    pool: Pool, municipality: Municipality, details: RequestDetails, preloaded: Preloaded | None = None
) -> ValidDetails:
    """Check the details; return resolved competences and shares, or raise with a message per field."""
    errors: dict[str, list[str]] = {}
    if not details.title.strip():
        errors.setdefault("title", []).append(_("Geef de vraag een titel."))
    if details.end < details.start:
        errors.setdefault("end", []).append(_("De einddatum ligt vóór de startdatum."))
    if not (Decimal("1") <= details.hours_per_week <= Decimal("40")):
        errors.setdefault("hours_per_week", []).append(_("Uren per week moet tussen 1 en 40 liggen."))
    if details.priority not in CapacityRequest.Priority.values:
        errors.setdefault("priority", []).append(_("Onbekende prioriteit."))
    codes = [code for code, _level in details.required]
    if preloaded is not None:
        known = {c: preloaded.competences[c] for c in codes if c in preloaded.competences}
    else:
        known = {c.code: c for c in Competence.objects.filter(code__in=codes)}
    for code, level in details.required:
        if code not in known:
            errors.setdefault("required_competences", []).append(
                _("Competentie '%(code)s' bestaat niet.") % {"code": code}
            )
        elif level not in Level.values:
            errors.setdefault("required_competences", []).append(
                _("Niveau %(level)s bestaat niet (1 tot en met 4).") % {"level": level}
            )
    if len(set(codes)) != len(codes):
        errors.setdefault("required_competences", []).append(_("Een competentie staat er dubbel in."))
    if active_membership(pool, municipality, details.start, preloaded) is None:
        errors.setdefault("municipality", []).append(
            _("%(name)s is op de startdatum geen lid van %(pool)s.")
            % {"name": municipality.name, "pool": pool.name}
        )
    shares = _resolve_shares(pool, municipality, details, errors, preloaded)
    work = _resolve_work_municipality(municipality, details, shares, errors)
    domains = list(preloaded.domains) if preloaded is not None else list(pool.domains.order_by("name"))
    domain = _resolve_domain(pool, details, domains, errors)
    for code in codes:
        competence = known.get(code)
        if (
            competence is not None
            and competence.domain_id
            and competence.domain_id not in {d.pk for d in domains}
        ):
            errors.setdefault("required_competences", []).append(
                _("%(name)s hoort niet bij een domein van %(pool)s.")
                % {"name": competence.name, "pool": pool.name}
            )
    if errors:
        raise ValidationError(errors)
    return ValidDetails(
        competences=tuple((known[c], lvl) for c, lvl in details.required),
        shares=tuple(shares),
        work_municipality=work,
        domain=domain,
    )


def pool_domain_codes(pool: Pool) -> list[str]:
    return list(pool.domains.order_by("name").values_list("code", flat=True))


def _resolve_domain(pool: Pool, details: RequestDetails, domains: list[Domain], errors) -> Domain | None:
    """The request's domain: one of the pool's; without a choice the pool's only domain."""
    if details.domain:
        match = next((d for d in domains if d.code == details.domain), None)
        if match is None:
            errors.setdefault("domain", []).append(
                _("Kies een domein van %(pool)s: %(domains)s.")
                % {"pool": pool.name, "domains": ", ".join(d.name for d in domains) or "-"}
            )
        return match
    if len(domains) > 1:
        errors.setdefault("domain", []).append(_("Deze pool werkt in meer domeinen: kies het domein."))
        return None
    return domains[0] if domains else None


def _resolve_work_municipality(municipality, details, shares, errors) -> Municipality | None:
    """Where the work happens: the filing municipality or one of the partners."""
    code = details.work_municipality
    if not code or code == municipality.code:
        return None
    partners = {m.code: m for m, _p in shares}
    if code not in partners:
        errors.setdefault("work_municipality", []).append(
            _("Kies de indienende gemeente of een van de partners als plek van het werk.")
        )
        return None
    return partners[code]


def _resolve_shares(
    pool, municipality, details, errors, preloaded=None
) -> list[tuple[Municipality, Decimal]]:
    if not details.shares:
        return []
    codes = [c for c, _ in details.shares]
    if preloaded is not None:
        by_code = {c: preloaded.municipalities[c] for c in codes if c in preloaded.municipalities}
    else:
        by_code = {m.code: m for m in Municipality.objects.filter(code__in=codes)}
    resolved = []
    codes = [c for c, _ in details.shares]
    if len(set(codes)) != len(codes):
        errors.setdefault("shares", []).append(_("Een gemeente staat er dubbel in."))
    for code, percentage in details.shares:
        if Decimal(percentage) <= 0:
            errors.setdefault("shares", []).append(
                _("Het aandeel van %(code)s moet groter zijn dan 0%%.") % {"code": code}
            )
        if code not in by_code:
            errors.setdefault("shares", []).append(_("Onbekende CBS-code '%(code)s'.") % {"code": code})
            continue
        if active_membership(pool, by_code[code], details.start, preloaded) is None:
            errors.setdefault("shares", []).append(
                _("%(name)s is geen lid van de pool.") % {"name": by_code[code].name}
            )
        resolved.append((by_code[code], Decimal(percentage)))
    if sum((p for _, p in resolved), Decimal(0)) != Decimal(100):
        errors.setdefault("shares", []).append(_("De aandelen tellen niet op tot 100%."))
    if municipality.code not in by_code:
        errors.setdefault("shares", []).append(_("De indienende gemeente moet zelf een aandeel hebben."))
    return resolved


DETAIL_FIELDS = (
    "title",
    "description",
    "hours_per_week",
    "start",
    "end",
    "resident_facing",
    "priority",
    "splittable",
)


def _write_details(request: CapacityRequest, details: RequestDetails, resolved: ValidDetails) -> None:
    for field in DETAIL_FIELDS:
        setattr(request, field, getattr(details, field))
    request.work_municipality = resolved.work_municipality
    request.domain = resolved.domain
    request.save()
    request.required_competences.all().delete()
    RequiredCompetence.objects.bulk_create(
        RequiredCompetence(request=request, competence=c, min_level=lvl) for c, lvl in resolved.competences
    )
    request.shares.all().delete()
    RequestShare.objects.bulk_create(
        RequestShare(request=request, municipality=m, percentage=p) for m, p in resolved.shares
    )


@transaction.atomic
def create_request(
    *,
    actor: Any,
    pool: Pool,
    municipality: Municipality,
    details: RequestDetails,
    submit: bool = False,
) -> CapacityRequest:
    # A coordinator may file on a municipality's behalf (after a phone intake or a CSV import).
    if not (can_act_for_municipality(actor, municipality.pk) or coordinates_pool(actor, pool.pk)):
        raise NotAllowed(_("U kunt alleen vragen indienen voor uw eigen gemeente."))
    resolved = validate_details(pool, municipality, details)
    request = CapacityRequest(pool=pool, municipality=municipality, created_by=actor)
    _write_details(request, details, resolved)
    audit.record(
        actor=actor,
        action="vraag.aangemaakt",
        obj=request,
        changes={"title": details.title, "hours_per_week": details.hours_per_week},
        municipality_code=municipality.code,
    )
    if submit:
        request = transition(actor=actor, request=request, action=RequestAction.SUBMIT)
    return request


@dataclass(frozen=True)
class NewRequest:
    municipality: Municipality
    details: RequestDetails
    resolved: ValidDetails
    submit: bool


def create_requests_in_bulk(
    *,
    actor: Any,
    pool: Pool,
    new: Sequence[NewRequest],
    batch_size: int = 2000,
    on_batch: Any = None,
    import_run: uuid.UUID | None = None,
) -> list[CapacityRequest]:
    """What `create_request` (and `transition` to submitted) does, for many already validated
    requests at once, in batches of inserts: the coordinator's CSV import.

    Call inside a transaction. Writes the same rows and audit records as one request at a time,
    without post_save signals: the caller brings the search index up to date afterwards. With
    `import_run` the rows stay hidden (`accounts.permissions.request_condition`) until
    `publish_import` clears it, or are removed by `discard_import`.
    """
    if not coordinates_pool(actor, pool.pk):
        raise NotAllowed(_("Alleen de coördinator van de pool kan vragen importeren."))
    submitted = REQUEST_LIFECYCLE.target(RequestStatus.CONCEPT, RequestAction.SUBMIT)
    created: list[CapacityRequest] = []
    for first in range(0, len(new), batch_size):
        batch = new[first : first + batch_size]
        requests = [
            CapacityRequest(
                pool=pool,
                municipality=item.municipality,
                created_by=actor,
                status=submitted if item.submit else RequestStatus.CONCEPT,
                version=2 if item.submit else 1,
                import_run=import_run,
                domain=item.resolved.domain,
                **{f: getattr(item.details, f) for f in DETAIL_FIELDS},
            )
            for item in batch
        ]
        CapacityRequest.objects.bulk_create(requests)
        RequiredCompetence.objects.bulk_create(
            RequiredCompetence(request=r, competence=c, min_level=lvl)
            for r, item in zip(requests, batch, strict=True)
            for c, lvl in item.resolved.competences
        )
        RequestShare.objects.bulk_create(
            RequestShare(request=r, municipality=m, percentage=p)
            for r, item in zip(requests, batch, strict=True)
            for m, p in item.resolved.shares
        )
        records = []
        for request, item in zip(requests, batch, strict=True):
            code = item.municipality.code
            changes = {"title": item.details.title, "hours_per_week": item.details.hours_per_week}
            records.append(
                audit.build(
                    actor=actor,
                    action="vraag.aangemaakt",
                    obj=request,
                    changes=changes,
                    municipality_code=code,
                )
            )
            if item.submit:
                records.append(
                    audit.build(
                        actor=actor,
                        action=f"vraag.{RequestAction.SUBMIT}",
                        obj=request,
                        changes=audit.status_change(RequestStatus.CONCEPT, submitted),
                        municipality_code=code,
                    )
                )
        AuditRecord.objects.bulk_create(records)
        created.extend(requests)
        if on_batch is not None:
            on_batch(len(created), len(new))
    return created


def publish_import(*, import_run: uuid.UUID) -> int:
    """Make every request written by this import run visible at once (one short UPDATE of its own
    rows, nobody else's). Call inside the transaction that also records the import as done."""
    return CapacityRequest.objects.filter(import_run=import_run).update(import_run=None)


@transaction.atomic
def discard_import(*, actor: Any, pool: Pool, import_run: uuid.UUID) -> int:
    """The compensating step of an import that failed (or whose worker died) after writing some
    batches: remove its still hidden requests, their competences, shares and audit records."""
    ids = list(CapacityRequest.objects.filter(import_run=import_run).values_list("pk", flat=True))
    if not ids:
        return 0
    for first in range(0, len(ids), 5000):
        chunk = ids[first : first + 5000]
        AuditRecord.objects.filter(
            object_type=CapacityRequest._meta.label_lower, object_id__in=[str(pk) for pk in chunk]
        ).delete()
        RequiredCompetence.objects.filter(request_id__in=chunk).delete()
        RequestShare.objects.filter(request_id__in=chunk).delete()
        CapacityRequest.objects.filter(pk__in=chunk, import_run=import_run).delete()
    audit.record(
        actor=actor,
        action="vraag.import_teruggedraaid",
        obj=pool,
        changes={"verwijderd": len(ids)},
        pool_id=pool.pk,
    )
    return len(ids)


@transaction.atomic
def update_request(
    *, actor: Any, request: CapacityRequest, details: RequestDetails, expected_version: int
) -> CapacityRequest:
    locked = CapacityRequest.objects.select_for_update().get(pk=request.pk)
    if not can_act_for_municipality(actor, locked.municipality_id):
        raise NotAllowed(_("U kunt alleen vragen van uw eigen gemeente wijzigen."))
    if locked.version != expected_version:
        raise field_error(
            "version",
            _("Iemand anders heeft deze vraag intussen gewijzigd. Laad de pagina opnieuw."),
            code="stale",
        )
    if locked.status not in EDITABLE_STATUSES:
        raise field_error("status", _("Een vraag in behandeling kan niet meer worden gewijzigd."))
    resolved = validate_details(locked.pool, locked.municipality, details)
    before = {"title": locked.title, "hours_per_week": locked.hours_per_week, "end": locked.end}
    locked.version += 1
    _write_details(locked, details, resolved)
    after = {"title": locked.title, "hours_per_week": locked.hours_per_week, "end": locked.end}
    audit.record(
        actor=actor,
        action="vraag.gewijzigd",
        obj=locked,
        changes={k: [before[k], after[k]] for k in before if before[k] != after[k]},
        municipality_code=locked.municipality.code,
    )
    return locked


def _check_actor(actor: Any, request: CapacityRequest, action: str) -> None:
    if (
        action in CONTACT_ACTIONS
        and not can_act_for_municipality(actor, request.municipality_id)
        and not (action == RequestAction.SUBMIT and coordinates_pool(actor, request.pool_id))
    ):
        raise NotAllowed(_("Alleen de gemeente zelf kan dit doen."))
    if action in COORDINATOR_ACTIONS and not coordinates_pool(actor, request.pool_id):
        raise NotAllowed(_("Alleen de coördinator van de pool kan dit doen."))


@transaction.atomic
def transition(
    *, actor: Any, request: CapacityRequest, action: str, reason: str = "", checked: bool = False
) -> CapacityRequest:
    """Move a request along its lifecycle. `checked` means the calling service already checked the actor."""
    locked = CapacityRequest.objects.select_for_update().select_related("municipality").get(pk=request.pk)
    if not checked:
        _check_actor(actor, locked, action)
    new_status = REQUEST_LIFECYCLE.target(locked.status, action)
    old_status = locked.status
    locked.status = new_status
    locked.version += 1
    locked.save(update_fields=["status", "version", "updated_at"])
    changes: dict[str, Any] = audit.status_change(old_status, new_status)
    if reason:
        changes["reason"] = reason
    audit.record(
        actor=actor,
        action=f"vraag.{action}",
        obj=locked,
        changes=changes,
        municipality_code=locked.municipality.code,
    )
    if action == RequestAction.SUBMIT:
        events.request_submitted(actor=actor, request=locked)
    hooks.transitioned(actor, locked, action)
    return locked


def extend_period(
    *, actor: Any, request: CapacityRequest, end: date, hours_per_week: Decimal | None = None
) -> CapacityRequest:
    """Longer work that every paying municipality agreed to: the request runs until `end` (never
    shorter) and, when given, asks `hours_per_week`. Called by matching, which checked the actor."""
    locked = CapacityRequest.objects.select_for_update().select_related("municipality").get(pk=request.pk)
    changes: dict[str, Any] = {}
    if end > locked.end:
        changes["end"] = [locked.end, end]
        locked.end = end
    if hours_per_week is not None and hours_per_week != locked.hours_per_week:
        changes["hours_per_week"] = [locked.hours_per_week, hours_per_week]
        locked.hours_per_week = hours_per_week
    if not changes:
        return locked
    locked.version += 1
    locked.save(update_fields=["end", "hours_per_week", "version", "updated_at"])
    audit.record(
        actor=actor,
        action="vraag.verlengd",
        obj=locked,
        changes=changes,
        municipality_code=locked.municipality.code,
    )
    return locked
