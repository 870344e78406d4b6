"""Writes on agreements, the pool's host and its funders. Every change checks who acts, is atomic
and writes an audit record (`overeenkomst.*`, `financiering.*`)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import coordinates_pool, has_permission
from flexpool.agreements.models import (
    HOST_KINDS,
    Agreement,
    AgreementKind,
    AgreementVersion,
    Funder,
    FunderContribution,
    OrganisationKind,
    PoolHost,
)
from flexpool.core import audit, files
from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.matching.models import Assignment
from flexpool.pool.models import Membership, Pool
from flexpool.regions.models import Municipality

# Agreement documents: PDF or Word, checked by their content like knowledge files.
DOCUMENT_TYPES = {"pdf": "pdf", "docx": "docx"}


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


@dataclass(frozen=True)
class AgreementValues:
    kind: str
    title: str
    starts_on: date
    ends_on: date | None = None
    municipalities: Sequence[Municipality] = ()
    host_is_party: bool = False
    membership: Membership | None = None
    assignment: Assignment | None = None
    signed: bool = False
    signed_on: date | None = None
    notes: str = ""


def may_manage(actor: Any, pool: Pool) -> bool:
    """The pool's coordinator, or an administrator (superuser)."""
    if getattr(actor, "is_superuser", False):
        return True
    return has_permission(actor, "agreement.manage") and coordinates_pool(actor, pool.pk)


def _check_may_manage(actor: Any, pool: Pool) -> None:
    if not may_manage(actor, pool):
        raise NotAllowed(_("Alleen de coördinator van deze pool mag overeenkomsten vastleggen."))


def check_document(upload: Upload) -> tuple[str, str]:
    """The file type and the SHA-256 of an agreement document, or a ValidationError on `file`."""
    name, data = upload.name, upload.data
    if not data:
        raise ValidationError({"file": _("%(name)s: het bestand is leeg.") % {"name": name}})
    if len(data) > files.MAX_BYTES:
        raise ValidationError(
            {
                "file": _("%(name)s: het bestand is groter dan %(mb)s MB.")
                % {"name": name, "mb": files.MAX_BYTES // 1048576}
            }
        )
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    file_type = DOCUMENT_TYPES.get(extension)
    if file_type is None:
        raise ValidationError(
            {"file": _("%(name)s: alleen PDF of Word (.docx) is toegestaan.") % {"name": name}}
        )
    detected = files.detect(data)
    if detected == "ole":
        raise ValidationError(
            {
                "file": _(
                    "%(name)s: het document is met een wachtwoord beveiligd (of het is een oud .doc-bestand)."
                )
                % {"name": name}
            }
        )
    if detected != file_type:
        raise ValidationError(
            {
                "file": _("%(name)s: de inhoud past niet bij de extensie .%(ext)s.")
                % {"name": name, "ext": extension}
            }
        )
    return file_type, hashlib.sha256(data).hexdigest()


def _validate(pool: Pool, values: AgreementValues) -> None:
    errors: dict[str, list[str]] = {}
    if values.kind not in AgreementKind.values:
        errors.setdefault("kind", []).append(_("Kies een soort overeenkomst."))
    if not values.title.strip():
        errors.setdefault("title", []).append(_("Geef de overeenkomst een titel."))
    if values.ends_on and values.ends_on < values.starts_on:
        errors.setdefault("ends_on", []).append(_("De einddatum ligt voor de ingangsdatum."))
    if values.signed_on and not values.signed:
        errors.setdefault("signed", []).append(
            _("Een overeenkomst met een datum van ondertekening is ondertekend.")
        )
    if values.signed and not values.signed_on:
        errors.setdefault("signed_on", []).append(_("Vul in wanneer de overeenkomst is ondertekend."))
    if values.membership and values.assignment:
        errors.setdefault("assignment", []).append(
            _("Een overeenkomst gaat over een lidmaatschap of over een inzet, niet over allebei.")
        )
    if values.membership and values.membership.pool_id != pool.pk:
        errors.setdefault("membership", []).append(_("Dit lidmaatschap hoort niet bij deze pool."))
    if values.assignment and values.assignment.request.pool_id != pool.pk:
        errors.setdefault("assignment", []).append(_("Deze inzet hoort niet bij deze pool."))
    member_ids = set(Membership.objects.filter(pool=pool).values_list("municipality_id", flat=True))
    strangers = sorted(m.name for m in values.municipalities if m.pk not in member_ids)
    if strangers:
        errors.setdefault("municipalities", []).append(
            _("Geen lid van deze pool: %(names)s.") % {"names": ", ".join(strangers)}
        )
    if not values.municipalities and not values.host_is_party:
        errors.setdefault("municipalities", []).append(
            _("Kies de gemeenten die partij zijn, of geef aan dat de gastorganisatie partij is.")
        )
    if errors:
        raise ValidationError(errors)


def _snapshot(agreement: Agreement) -> dict[str, Any]:
    return {
        "soort": agreement.kind,
        "titel": agreement.title,
        "ingang": agreement.starts_on,
        "einde": agreement.ends_on,
        "versie": agreement.version,
        "ondertekend": agreement.signed,
        "ondertekend_op": agreement.signed_on,
        "gastorganisatie_partij": agreement.host_is_party,
        "lidmaatschap": agreement.membership_id,
        "inzet": agreement.assignment_id,
        "notities": agreement.notes,
        "partijen": sorted(agreement.municipalities.values_list("code", flat=True)),
    }


def _apply(agreement: Agreement, values: AgreementValues) -> None:
    agreement.kind = values.kind
    agreement.title = values.title.strip()
    agreement.starts_on = values.starts_on
    agreement.ends_on = values.ends_on
    agreement.host_is_party = values.host_is_party
    agreement.membership = values.membership
    agreement.assignment = values.assignment
    agreement.signed = values.signed
    agreement.signed_on = values.signed_on
    agreement.notes = values.notes


def _store_version(
    agreement: Agreement, number: int, upload: Upload, note: str, actor: Any
) -> AgreementVersion:
    file_type, sha256 = check_document(upload)
    version = AgreementVersion(
        agreement=agreement,
        number=number,
        original_name=upload.name[:200],
        file_type=file_type,
        size=len(upload.data),
        sha256=sha256,
        note=note[:255],
        uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    version.file.save(upload.name[-120:], ContentFile(upload.data), save=False)
    stored = version.file.name or ""
    try:
        version.save()
    except Exception:
        version.file.storage.delete(stored)
        raise
    return version


@transaction.atomic
def create_agreement(
    *, actor: Any, pool: Pool, values: AgreementValues, upload: Upload | None = None
) -> Agreement:
    _check_may_manage(actor, pool)
    _validate(pool, values)
    if upload is not None:
        check_document(upload)
    agreement = Agreement(pool=pool, created_by=actor if getattr(actor, "is_authenticated", False) else None)
    _apply(agreement, values)
    agreement.version = 1
    agreement.save()
    agreement.municipalities.set(values.municipalities)
    if upload is not None:
        _store_version(agreement, 1, upload, "", actor)
    audit.record(actor=actor, action="overeenkomst.aangemaakt", obj=agreement, changes=_snapshot(agreement))
    return agreement


@transaction.atomic
def update_agreement(*, actor: Any, agreement: Agreement, values: AgreementValues) -> Agreement:
    agreement = Agreement.objects.select_for_update().select_related("pool").get(pk=agreement.pk)
    _check_may_manage(actor, agreement.pool)
    _validate(agreement.pool, values)
    before = _snapshot(agreement)
    _apply(agreement, values)
    agreement.save()
    agreement.municipalities.set(values.municipalities)
    after = _snapshot(agreement)
    changes = {key: [before[key], after[key]] for key in after if before[key] != after[key]}
    if changes:
        audit.record(actor=actor, action="overeenkomst.gewijzigd", obj=agreement, changes=changes)
    return agreement


@transaction.atomic
def upload_version(*, actor: Any, agreement: Agreement, upload: Upload, note: str = "") -> AgreementVersion:
    """A new file of the agreement; the agreement's version becomes its number."""
    agreement = Agreement.objects.select_for_update().select_related("pool").get(pk=agreement.pk)
    _check_may_manage(actor, agreement.pool)
    last = agreement.versions.order_by("-number").values_list("number", flat=True).first()
    # The first file is the agreement's current version; every later file the next number.
    number = agreement.version if last is None else max(last, agreement.version) + 1
    version = _store_version(agreement, number, upload, note, actor)
    agreement.version = number
    agreement.save(update_fields=["version", "updated_at"])
    audit.record(
        actor=actor,
        action="overeenkomst.versie",
        obj=agreement,
        changes={
            "versie": number,
            "bestand": version.original_name,
            "sha256": version.sha256,
            "toelichting": note,
        },
    )
    return version


# --- host and funders ------------------------------------------------------------------------


def _check_may_fund(actor: Any, pool: Pool) -> None:
    allowed = getattr(actor, "is_superuser", False) or (
        has_permission(actor, "funding.manage") and coordinates_pool(actor, pool.pk)
    )
    if not allowed:
        raise NotAllowed(
            _("Alleen de coördinator van deze pool mag de gastorganisatie en financiers vastleggen.")
        )


@transaction.atomic
def set_host(
    *,
    actor: Any,
    pool: Pool,
    kind: str,
    name: str,
    municipality: Municipality | None = None,
    role: str = "",
) -> PoolHost:
    _check_may_fund(actor, pool)
    errors: dict[str, list[str]] = {}
    if kind not in {k.value for k in HOST_KINDS}:
        errors["kind"] = [_("Kies provincie, gemeente of regionaal samenwerkingsverband.")]
    if kind == OrganisationKind.MUNICIPALITY and municipality is None:
        errors["municipality"] = [_("Kies de gemeente die gastorganisatie is.")]
    if kind != OrganisationKind.MUNICIPALITY and municipality is not None:
        errors["municipality"] = [_("Alleen een gemeente als gastorganisatie heeft een gemeente.")]
    name = name.strip() or (municipality.name if municipality else "")
    if not name:
        errors["name"] = [_("Vul de naam van de gastorganisatie in.")]
    if errors:
        raise ValidationError(errors)
    host = PoolHost.objects.select_for_update().filter(pool=pool).first()
    before = (host.kind, host.name, host.municipality_id, host.role) if host else None
    if host is None:
        host = PoolHost(pool=pool)
    host.kind, host.name, host.municipality, host.role = kind, name, municipality, role.strip()
    host.save()
    after = (host.kind, host.name, host.municipality_id, host.role)
    if before != after:
        audit.record(
            actor=actor,
            action="financiering.gastorganisatie",
            obj=host,
            changes={"voor": list(before) if before else None, "na": list(after)},
            pool_id=pool.pk,
        )
    return host


@transaction.atomic
def add_funder(*, actor: Any, pool: Pool, name: str, kind: str) -> Funder:
    _check_may_fund(actor, pool)
    name = name.strip()
    if not name:
        raise ValidationError({"name": [_("Vul de naam van de financier in.")]})
    if kind not in OrganisationKind.values:
        raise ValidationError({"kind": [_("Kies een soort organisatie.")]})
    if Funder.objects.filter(pool=pool, name__iexact=name).exists():
        raise ValidationError({"name": [_("Deze financier staat er al.")]})
    funder = Funder.objects.create(pool=pool, name=name, kind=kind)
    audit.record(
        actor=actor, action="financiering.financier", obj=funder, changes={"naam": name, "soort": kind}
    )
    return funder


@transaction.atomic
def remove_funder(*, actor: Any, funder: Funder) -> None:
    _check_may_fund(actor, funder.pool)
    audit.record(actor=actor, action="financiering.financier_weg", obj=funder, changes={"naam": funder.name})
    funder.delete()


@transaction.atomic
def set_contribution(
    *,
    actor: Any,
    funder: Funder,
    year: int,
    amount_eur: Decimal | None = None,
    percentage: Decimal | None = None,
) -> FunderContribution | None:
    """A funder's contribution for one year: an amount or a percentage (neither: removed).

    A year that has been settled already keeps its settlements; the new figure counts from the
    next settlement on."""
    _check_may_fund(actor, funder.pool)
    if amount_eur is not None and percentage is not None:
        raise ValidationError({"amount_eur": [_("Vul een bedrag óf een percentage in, niet allebei.")]})
    if amount_eur is not None and amount_eur <= 0:
        raise ValidationError({"amount_eur": [_("Het bedrag moet groter zijn dan nul.")]})
    if percentage is not None and not (Decimal(0) < percentage <= Decimal(100)):
        raise ValidationError({"percentage": [_("Het percentage ligt tussen 0 en 100.")]})
    if not 2000 <= year <= 2100:
        raise ValidationError({"year": [_("Kies een jaar tussen 2000 en 2100.")]})
    row = FunderContribution.objects.select_for_update().filter(funder=funder, year=year).first()
    before = [str(row.amount_eur), str(row.percentage)] if row else None
    if amount_eur is None and percentage is None:
        if row is None:
            return None
        row.delete()
        audit.record(
            actor=actor,
            action="financiering.bijdrage",
            obj=funder,
            changes={"jaar": year, "voor": before, "na": None},
        )
        return None
    if row is None:
        row = FunderContribution(funder=funder, year=year)
    row.amount_eur, row.percentage = amount_eur, percentage
    row.save()
    audit.record(
        actor=actor,
        action="financiering.bijdrage",
        obj=funder,
        changes={"jaar": year, "voor": before, "na": [str(amount_eur), str(percentage)]},
    )
    return row
