"""Import capacity requests from CSV, all or nothing. See docs/imports.md for the format.

The coordinator imports on behalf of the member municipalities. Every row is checked by
`demand.services.validate_details` (with the pool's memberships and the competences loaded once),
then all rows are written in batches by `demand.services.create_requests_in_bulk` (the same rows
and audit records as filing them one by one), each batch in a short transaction of its own and
hidden until the last one is written: all or nothing for the user, without holding locks for the
whole import (see `import_requests` and docs/imports.md).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import coordinates_pool
from flexpool.core.dates import day_text
from flexpool.core.errors import NotAllowed
from flexpool.demand import services as demand_services
from flexpool.demand.models import CapacityRequest
from flexpool.imports.csvfile import (
    VALIDATING,
    WRITING,
    Collector,
    Column,
    ImportResult,
    Lookups,
    ProgressCallback,
    Row,
    parse_bool,
    parse_date,
    parse_decimal,
    read_rows,
    report_progress,
    split_list,
)
from flexpool.knowledge import indexing
from flexpool.pool.models import Pool

COLUMNS = [
    Column("gemeente", True),
    Column("titel", True),
    Column("omschrijving", True),
    Column("uren_per_week", True),
    Column("start", True, ("startdatum",)),
    Column("eind", True, ("einddatum",)),
    Column("prioriteit", False),
    Column("bewonerscontact", False),
    Column("verdeelbaar", False),
    Column("competenties", False),
    Column("indienen", False),
    Column("aandelen", False),
]
PRIORITIES = {
    "hoog": CapacityRequest.Priority.HIGH,
    "normaal": CapacityRequest.Priority.NORMAL,
    "laag": CapacityRequest.Priority.LOW,
    "": CapacityRequest.Priority.NORMAL,
}
# Which column a field error from demand.services.validate_details belongs to.
FIELD_COLUMNS = {
    "title": "titel",
    "description": "omschrijving",
    "hours_per_week": "uren_per_week",
    "start": "start",
    "end": "eind",
    "priority": "prioriteit",
    "required_competences": "competenties",
    "municipality": "gemeente",
    "shares": "aandelen",
    "status": "",
}


def _messages(error: DjangoValidationError) -> list[tuple[str, str]]:
    """(column, message) pairs from a service ValidationError, messages without a final period."""
    if hasattr(error, "error_dict"):
        return [
            (FIELD_COLUMNS.get(field, field), message.rstrip("."))
            for field, messages in error.message_dict.items()
            for message in messages
        ]
    return [("", message.rstrip(".")) for message in error.messages]


def _shares(errors: Collector, row: Row) -> list[tuple[str, Decimal]]:
    shares = []
    for item in split_list(row.get("aandelen")):
        code, sep, percentage = (part.strip() for part in item.partition(":"))
        try:
            value = Decimal(percentage.replace(",", ".")) if sep else None
        except ArithmeticError:
            value = None
        if value is None or not value.is_finite() or not 0 < value <= 100:
            errors.add(
                row.number,
                "aandelen",
                _("'%(item)s': schrijf CBS-code:percentage, bijvoorbeeld GM0106:60") % {"item": item},
            )
            continue
        shares.append((code.upper(), value))
    return shares


def _parse(
    pool: Pool, row: Row, errors: Collector, lookups: Lookups, members: set[int], left: dict[int, date]
):
    municipality = None
    if not row.get("gemeente"):
        errors.add(row.number, "gemeente", _("vul een CBS-code in, bijvoorbeeld GM0106"))
    else:
        municipality = lookups.municipality(errors, row, "gemeente", row.get("gemeente"))
        if municipality is not None and municipality.pk in left:
            errors.add(
                row.number,
                "gemeente",
                _("%(name)s (%(code)s) is geen lid meer van %(pool)s: lid tot en met %(day)s")
                % {
                    "name": municipality.name,
                    "code": municipality.code,
                    "pool": pool.name,
                    "day": day_text(left[municipality.pk]),
                },
            )
        elif municipality is not None and municipality.pk not in members:
            errors.add(
                row.number,
                "gemeente",
                _("%(name)s (%(code)s) is geen lid van %(pool)s")
                % {"name": municipality.name, "code": municipality.code, "pool": pool.name},
            )
    title = row.get("titel")
    if not title:
        errors.add(row.number, "titel", _("vul een titel in"))
    elif len(title) > 160:
        errors.add(row.number, "titel", _("de titel is langer dan 160 tekens"))
    description = row.get("omschrijving")
    if not description:
        errors.add(row.number, "omschrijving", _("vul een omschrijving in"))
    hours = parse_decimal(errors, row, "uren_per_week", low=Decimal(1), high=Decimal(40))
    start = parse_date(errors, row, "start")
    end = parse_date(errors, row, "eind")
    if start and end and end < start:
        errors.add(row.number, "eind", _("de einddatum ligt vóór de startdatum"))
    priority = PRIORITIES.get(row.get("prioriteit").lower())
    if priority is None:
        errors.add(
            row.number,
            "prioriteit",
            _("'%(value)s': kies hoog, normaal of laag") % {"value": row.get("prioriteit")},
        )
    resident_facing = parse_bool(errors, row, "bewonerscontact")
    splittable = parse_bool(errors, row, "verdeelbaar")
    submit = parse_bool(errors, row, "indienen")
    required = lookups.levels(errors, row, "competenties")
    shares = _shares(errors, row)
    return (
        municipality,
        submit,
        dict(
            title=title,
            description=description,
            hours_per_week=hours,
            start=start,
            end=end,
            resident_facing=resident_facing,
            priority=priority,
            splittable=splittable,
            required=required,
            shares=shares,
        ),
    )


def _validate(pool: Pool, rows: list[Row], on_progress: ProgressCallback | None):
    errors = Collector()
    lookups = Lookups()
    preloaded = demand_services.Preloaded.for_pool(pool)
    # Only active memberships (a leave date today or later still counts); one that has left is
    # refused with its leave date.
    today = timezone.localdate()
    members = set(pool.memberships.active_on(today).values_list("municipality_id", flat=True))
    left = dict(pool.memberships.filter(left_on__lt=today).values_list("municipality_id", "left_on"))
    parsed: list[demand_services.NewRequest] = []
    for done, row in enumerate(rows, start=1):
        before = len(errors.errors)
        municipality, submit, values = _parse(pool, row, errors, lookups, members, left)
        if len(errors.errors) == before:
            details = demand_services.RequestDetails(**values)
            try:
                # Membership on the start date, shares, competences: the service's own rules.
                resolved = demand_services.validate_details(pool, municipality, details, preloaded)
            except DjangoValidationError as error:
                for column, message in _messages(error):
                    errors.add(row.number, column, message[:1].lower() + message[1:])
            else:
                parsed.append(demand_services.NewRequest(municipality, details, resolved, submit))
        report_progress(on_progress, done, len(rows), VALIDATING)
    errors.check()
    return parsed


def import_requests(
    pool: Pool,
    file_or_text: str | bytes | IO,
    actor: Any,
    *,
    on_progress: ProgressCallback | None = None,
    import_run: uuid.UUID | None = None,
    on_published: Callable[[ImportResult], None] | None = None,
    batch_size: int | None = None,
) -> ImportResult:
    """Create every request in the file on behalf of its municipality, or none.

    1. Every row is checked in memory (lookups loaded once); one error anywhere and nothing is
       written.
    2. The rows are written in batches of `batch_size` (setting IMPORT_BATCH_SIZE), each batch in
       its own short transaction, tagged with `import_run` and hidden from everyone.
    3. One short transaction makes them all visible (`demand.services.publish_import`) and calls
       `on_published` (the background task records "done" in it, so a rerun after a dead worker
       cannot import twice).
    4. The shared search statistics get the new terms in small committed chunks.

    If writing fails halfway, the batches already written are deleted by their run id
    (`demand.services.discard_import`) before the error goes up; a rerun with the same
    `import_run` first removes what a dead worker left behind.
    """
    if not coordinates_pool(actor, pool.pk):
        raise NotAllowed(_("Alleen de coördinator van de pool kan vragen importeren."))
    rows = read_rows(file_or_text, COLUMNS)
    parsed = _validate(pool, rows, on_progress)
    run = import_run or uuid.uuid4()
    size = batch_size or settings.IMPORT_BATCH_SIZE
    _discard(actor, pool, run)  # leftovers of an earlier attempt of this run whose worker died
    terms = indexing.NewRequestTerms()
    ids: list[int] = []
    try:
        for first in range(0, len(parsed), size):
            with transaction.atomic():
                created = demand_services.create_requests_in_bulk(
                    actor=actor, pool=pool, new=parsed[first : first + size], batch_size=size, import_run=run
                )
                indexing.add_request_rows(created, terms)
            ids.extend(r.pk for r in created)
            report_progress(on_progress, len(ids), len(parsed), WRITING)
        result = ImportResult(kind="requests", created=len(ids), ids=ids)
        with transaction.atomic():
            demand_services.publish_import(import_run=run)
            if on_published is not None:
                on_published(result)
    except BaseException:
        _discard(actor, pool, run)
        raise
    # Published: the statistics only rank search results, so they follow in small steps (a crash
    # here leaves them a little behind; `flexpool rebuild_knowledge_index` recomputes them).
    indexing.add_request_stats(terms)
    return result


def _discard(actor: Any, pool: Pool, run: uuid.UUID) -> None:
    ids = list(CapacityRequest.objects.filter(import_run=run).values_list("pk", flat=True))
    if ids:
        with transaction.atomic():
            indexing.discard_request_rows(ids)
            demand_services.discard_import(actor=actor, pool=pool, import_run=run)
