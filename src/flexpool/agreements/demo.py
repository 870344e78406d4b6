"""Demo data of the agreements app: Provincie Drenthe hosts the Flexteam and co-funds it with the
national programme; the cooperation agreement, two service agreements (one ending soon) and the
secondment agreement of the flexpooler's assignment. Amounts are invented but of a realistic size."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

from flexpool.agreements import services
from flexpool.agreements.models import Agreement, AgreementKind, Funder, OrganisationKind, PoolHost
from flexpool.core.models import AuditRecord
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import Membership, Pool

HOST_NAME = "Provincie Drenthe"
PROGRAMME = "Nationaal Programma Lokale Warmtetransitie"
# The province pays a quarter of the cost of use; the national programme a fixed amount a year.
PROVINCE_PERCENTAGE = Decimal("25")
PROGRAMME_YEARLY_EUR = Decimal("60000.00")


def clear_agreements_demo(pool: Pool) -> None:
    """Remove the demo's agreements, host and funders (agreements protect assignments: go first)."""
    for model, queryset in (
        (Agreement, Agreement.objects.filter(pool=pool)),
        (Funder, Funder.objects.filter(pool=pool)),
        (PoolHost, PoolHost.objects.filter(pool=pool)),
    ):
        ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
        AuditRecord.objects.filter(object_type=model._meta.label_lower, object_id__in=ids).delete()
        queryset.delete()


def load_funding_demo(pool: Pool, anchor: date, coordinator) -> None:
    """Host and funders, before the settlements are made (so they count in them)."""
    services.set_host(
        actor=coordinator,
        pool=pool,
        kind=OrganisationKind.PROVINCE,
        name=HOST_NAME,
        role="Heeft de procesbegeleiders in dienst; de gemeenten kiezen en sturen het werk.",
    )
    province = services.add_funder(
        actor=coordinator, pool=pool, name=HOST_NAME, kind=OrganisationKind.PROVINCE
    )
    programme = services.add_funder(
        actor=coordinator, pool=pool, name=PROGRAMME, kind=OrganisationKind.NATIONAL_PROGRAMME
    )
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        services.set_contribution(
            actor=coordinator, funder=province, year=year, percentage=PROVINCE_PERCENTAGE
        )
        services.set_contribution(
            actor=coordinator, funder=programme, year=year, amount_eur=PROGRAMME_YEARLY_EUR
        )


def _document(title: str, lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setTitle(title)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(72, 770, title)
    page.setFont("Helvetica", 11)
    for number, line in enumerate(["Voorbeelddocument in de demo van Flexpool (fictief).", "", *lines]):
        page.drawString(72, 740 - 16 * number, line)
    page.save()
    return out.getvalue()


def load_agreements_demo(pool: Pool, anchor: date, coordinator) -> None:
    """The pool's agreements, after the requests and assignments exist."""
    memberships = {
        m.municipality.name: m for m in Membership.objects.filter(pool=pool).select_related("municipality")
    }
    municipalities = [m.municipality for m in memberships.values()]
    full = [m.municipality for m in memberships.values() if m.tier == Membership.Tier.FULL]
    start = date(anchor.year - 2, 7, 1)
    cooperation = services.create_agreement(
        actor=coordinator,
        pool=pool,
        values=services.AgreementValues(
            kind=AgreementKind.COOPERATION,
            title="Samenwerkingsovereenkomst Flexteam Warmte Drenthe",
            starts_on=start,
            ends_on=date(anchor.year + 1, 12, 31),
            municipalities=full,
            host_is_party=True,
            signed=True,
            signed_on=start - timedelta(days=21),
            notes="Getekend door de wethouders van de deelnemende gemeenten, de provincie en de VDG.",
        ),
        upload=services.Upload(
            "samenwerkingsovereenkomst-flexteam-warmte.pdf",
            _document(
                "Samenwerkingsovereenkomst Flexteam Warmte Drenthe",
                ["De provincie heeft de procesbegeleiders in dienst.", "De gemeenten sturen het werk aan."],
            ),
        ),
    )
    services.upload_version(
        actor=coordinator,
        agreement=cooperation,
        upload=services.Upload(
            "samenwerkingsovereenkomst-flexteam-warmte-addendum.pdf",
            _document(
                "Samenwerkingsovereenkomst, addendum", ["Geassocieerde leden kunnen per inzet meedoen."]
            ),
        ),
        note="Addendum: geassocieerde leden",
    )
    # Two service agreements: one runs out within 60 days, so the coordinator is asked to act.
    for offset, signed in ((55, True), (200, False)):
        municipality = sorted(municipalities, key=lambda m: m.name)[offset % len(municipalities)]
        membership = memberships[municipality.name]
        services.create_agreement(
            actor=coordinator,
            pool=pool,
            values=services.AgreementValues(
                kind=AgreementKind.SERVICE,
                title=f"DVO {municipality.name}",
                starts_on=max(membership.joined_on, anchor - timedelta(days=330)),
                ends_on=anchor + timedelta(days=offset),
                municipalities=[municipality],
                host_is_party=True,
                membership=membership,
                signed=signed,
                signed_on=(anchor - timedelta(days=300)) if signed else None,
                notes="" if signed else "Concept; wacht op de handtekening van de gemeentesecretaris.",
            ),
        )
    assignment = (
        Assignment.objects.filter(
            request__pool=pool,
            member__user__username="flexpooler",
            status__in=[AssignmentStatus.RUNNING, AssignmentStatus.CONFIRMED],
        )
        .select_related("request__municipality", "member")
        .order_by("start")
        .first()
    )
    if assignment is not None:
        services.create_agreement(
            actor=coordinator,
            pool=pool,
            values=services.AgreementValues(
                kind=AgreementKind.SECONDMENT,
                title=f"Detachering {assignment.member.name} bij {assignment.request.municipality.name}",
                starts_on=assignment.start,
                ends_on=assignment.end,
                municipalities=[assignment.request.municipality],
                host_is_party=True,
                assignment=assignment,
                signed=True,
                signed_on=assignment.start - timedelta(days=7),
            ),
        )
