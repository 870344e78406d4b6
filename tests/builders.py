"""Small builders for tests. Every person is fictitious."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from flexpool.accounts.roles import Role
from flexpool.accounts.services import create_user_with_role
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import HourEntry
from flexpool.matching.models import Assignment
from flexpool.pool.models import (
    Competence,
    Contact,
    Domain,
    MemberCompetence,
    Membership,
    Pool,
    PoolMember,
)
from flexpool.pool.taxonomy import ensure_taxonomy
from flexpool.regions.models import Municipality, Region

PASSWORD = "test-wachtwoord-123"
DRENTHE = ["GM0106", "GM0109", "GM0114", "GM0118", "GM0119", "GM1680"]
# A second pool in another region and domain, so that tests can show nothing leaks between pools.
GRONINGEN = ["GM0014", "GM0037", "GM0047", "GM0765", "GM1895"]


def municipality(code: str) -> Municipality:
    return Municipality.objects.get(code=code)


def make_pool(name: str = "Flexteam Warmte Drenthe", region_code: str = "ES03", codes=DRENTHE) -> Pool:
    ensure_taxonomy()
    pool = Pool.objects.create(name=name, region=Region.objects.get(code=region_code))
    pool.domains.add(Domain.objects.get(code="warmte"))
    for index, code in enumerate(codes):
        Membership.objects.create(
            pool=pool,
            municipality=municipality(code),
            tier=Membership.Tier.FULL if index % 3 else Membership.Tier.ASSOCIATE,
            joined_on=date(2024, 1, 1),
            yearly_contribution_eur=Decimal("25000.00"),
        )
    return pool


def make_coordinator(pool: Pool, username: str = "coordinator"):
    user = create_user_with_role(username=username, password=PASSWORD, role=Role.COORDINATOR)
    pool.coordinators.add(user)
    return user


def make_contact(code: str, username: str | None = None):
    user = create_user_with_role(username=username or f"contact-{code}", password=PASSWORD, role=Role.CONTACT)
    Contact.objects.create(user=user, municipality=municipality(code))
    return user


def make_member(
    pool: Pool,
    name: str = "Fictief Poollid",
    *,
    hours: str = "24",
    home: str = "GM0106",
    competences: dict[str, int] | None = None,
    ties: list[str] = (),
    username: str | None = None,
) -> PoolMember:
    user = create_user_with_role(username=username, password=PASSWORD, role=Role.MEMBER) if username else None
    member = PoolMember.objects.create(
        pool=pool,
        user=user,
        name=name,
        employer="Gemeente Fictief",
        contract_hours=Decimal(hours),
        home_municipality=municipality(home),
    )
    for code, level in (competences or {"projectleiding": 3}).items():
        MemberCompetence.objects.create(
            member=member, competence=Competence.objects.get(code=code), level=level
        )
    member.local_ties.set([municipality(c) for c in ties])
    return member


def details(**overrides) -> demand_services.RequestDetails:
    values = dict(
        title="Projectleider wijkaanpak",
        description="Begeleiding van de wijkaanpak aardgasvrij.",
        hours_per_week=Decimal("16"),
        start=date(2026, 1, 5),
        end=date(2026, 6, 26),
        required=[("projectleiding", 2)],
    )
    values.update(overrides)
    return demand_services.RequestDetails(**values)


def make_request(pool: Pool, contact, *, submit: bool = True, **overrides) -> CapacityRequest:
    return demand_services.create_request(
        actor=contact,
        pool=pool,
        municipality=contact.contact.municipality,
        details=details(**overrides),
        submit=submit,
    )


def request_form_data(**extra) -> dict:
    """What the page "Nieuwe vraag" posts for a valid request, with `extra` fields on top."""
    data = {
        "title": "Projectleider warmtenet Assen-Oost",
        "description": "Uitwerking van een collectief warmtenet voor de wijk.",
        "hours_per_week": "12",
        "start": date.today().isoformat(),
        "end": date(date.today().year + 1, 6, 30).isoformat(),
        "priority": "2",
        "competence_1": "projectleiding",
        "level_1": "2",
        "level_2": "2",
        "submit": "1",
    }
    data.update(extra)
    return data


def contact_of(code: str):
    """The contact person of a municipality: the existing one, or a new one."""
    existing = Contact.objects.filter(municipality__code=code).select_related("user").first()
    return existing.user if existing else make_contact(code)


def accept_by_every_partner(request: CapacityRequest, lead_contact) -> CapacityRequest:
    """The lead accepts the proposal, then every partner of a shared request does too."""
    from flexpool.matching import services as matching

    matching.accept_proposal(actor=lead_contact, request=request)
    for share in request.shares.select_related("municipality").exclude(
        municipality_id=request.municipality_id
    ):
        matching.accept_proposal(actor=contact_of(share.municipality.code), request=request)
    request.refresh_from_db()
    return request


MONDAY = date(2026, 1, 5)


def make_finished_request(
    pool, contact, member, totals: list[str], first_week: int, status=RequestStatus.COMPLETED
):
    """A request with one approved entry per amount, in consecutive weeks from ``first_week``."""
    request = make_request(pool, contact, title=f"Taak vanaf week {first_week}")
    request.status = status
    request.save(update_fields=["status"])
    assignment = Assignment.objects.create(
        request=request, member=member, hours_per_week=Decimal("16"), start=MONDAY, end=date(2026, 12, 28)
    )
    for offset, hours in enumerate(totals):
        HourEntry.objects.create(
            assignment=assignment,
            week=MONDAY + timedelta(weeks=first_week + offset),
            hours=Decimal(hours),
            status=HourStatus.APPROVED,
        )
    return assignment


def client_for(role: str, users: dict):
    """A page client logged in as `users[role]`, or anonymous."""
    from django.test import Client

    client = Client()
    if role != "anonymous":
        client.force_login(users[role])
    return client
