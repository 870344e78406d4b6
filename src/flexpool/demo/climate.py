"""The second demo pool: climate adaptation in RES region Groningen, in another domain and region.

Built through the services after the Drenthe pool, so that one Drenthe member also works here
(an engagement) and a Drenthe municipality (Emmen, an associate member here) picks the pool on the
request form. Coordinators of one pool see nothing of the other pool's requests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from django.utils.text import slugify

from flexpool.accounts.roles import Role
from flexpool.core.weeks import monday_of
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.demand.models import CapacityRequest
from flexpool.demo.cleanup import delete_with_audit_records
from flexpool.demo.people import (
    CLIMATE_LOGINS,
    CLIMATE_MEMBERS,
    CLIMATE_POOL_NAME,
    CLIMATE_REGION_CODE,
    EMMEN,
)
from flexpool.matching import services as matching
from flexpool.matching.capacity import overbooked_weeks
from flexpool.matching.models import Assignment
from flexpool.pool import services as pool_services
from flexpool.pool.models import (
    Competence,
    Contact,
    Domain,
    MemberCompetence,
    Membership,
    Pool,
    PoolEngagement,
    PoolMember,
)
from flexpool.regions.models import Municipality, Region

# The Drenthe member who also works here, and at most how many hours a week.
ENGAGED_HOURS = Decimal("8")
ENGAGED_CANDIDATES = ("Sanne Heidekamp", "Femke Turfstra", "Jorrit Veenbrink")


def clear_climate_demo() -> None:
    """Remove what an earlier run built for the climate pool (its requests protect its members)."""
    pool = Pool.objects.filter(name=CLIMATE_POOL_NAME).first()
    if pool is None:
        return
    delete_with_audit_records(
        Assignment.objects.filter(request__pool=pool),
        CapacityRequest.objects.filter(pool=pool),
        PoolEngagement.objects.filter(pool=pool),
    )
    PoolMember.objects.filter(pool=pool).delete()


def build_climate_pool(
    anchor: date, drenthe: Pool, make_account: Callable[[str, Role, str, str], object]
) -> tuple[Pool, dict[str, object]]:
    """The pool, its coordinator and contact, members, an engagement and a few requests."""
    users = {
        login.username: make_account(login.username, Role(login.role), login.first_name, login.last_name)
        for login in CLIMATE_LOGINS
    }
    for login in CLIMATE_LOGINS:
        users[login.username].email = f"{login.username}@demo.flexpool.invalid"
        users[login.username].save(update_fields=["email"])
    coordinator = users["coordinator-groningen"]
    region = Region.objects.get(code=CLIMATE_REGION_CODE)
    pool, _created = Pool.objects.get_or_create(name=CLIMATE_POOL_NAME, defaults={"region": region})
    pool.region, pool.local_ties_required, pool.notice_months = region, True, 6
    pool.save()
    pool.domains.set([Domain.objects.get(code="klimaatadaptatie")])
    pool.coordinators.set([coordinator])
    pool.memberships.all().delete()
    joined = date(anchor.year, 1, 1) - timedelta(days=365)
    for municipality in Municipality.objects.filter(region=region).order_by("name"):
        population = Decimal(municipality.population or 0)
        Membership.objects.create(
            pool=pool,
            municipality=municipality,
            tier=Membership.Tier.FULL,
            joined_on=joined,
            yearly_contribution_eur=(population * Decimal("0.25")).quantize(Decimal("1000")),
        )
    # Emmen borders Groningen and takes part as an associate: it picks the pool on the request form.
    Membership.objects.create(
        pool=pool,
        municipality=Municipality.objects.get(code=EMMEN),
        tier=Membership.Tier.ASSOCIATE,
        joined_on=joined,
        yearly_contribution_eur=Decimal("2500"),
    )
    for login in CLIMATE_LOGINS:
        if login.municipality:
            Contact.objects.update_or_create(
                user=users[login.username],
                defaults={"municipality": Municipality.objects.get(code=login.municipality)},
            )
    members = _members(pool, make_account)
    engaged = _engage(anchor, drenthe, pool)
    _requests(anchor, pool, coordinator, users["groningen"], members, engaged)
    return pool, users


def _members(pool: Pool, make_account) -> dict[str, PoolMember]:
    competences = {c.code: c for c in Competence.objects.all()}
    places = {m.code: m for m in Municipality.objects.all()}
    members = {}
    for spec in CLIMATE_MEMBERS:
        first, _, last = spec.name.partition(" ")
        user = make_account(slugify(spec.name).replace("-", "."), Role.MEMBER, first, last)
        member = PoolMember.objects.create(
            pool=pool,
            user=user,
            name=spec.name,
            email=f"{slugify(spec.name).replace('-', '.')}@demo.flexpool.invalid",
            employer=spec.employer,
            contract_hours=Decimal(spec.hours),
            home_municipality=places[spec.home],
            max_municipalities=spec.max_municipalities,
        )
        for pair in spec.competences.split():
            code, level = pair.split(":")
            MemberCompetence.objects.create(member=member, competence=competences[code], level=int(level))
        member.local_ties.set([places[c] for c in spec.ties])
        members[spec.name] = member
    return members


def _engage(anchor: date, drenthe: Pool, pool: Pool) -> PoolMember:
    """A Drenthe project leader with room for a day a week also works in the climate pool."""
    start, end = _period(anchor, 3, 16)
    admin = Pool.coordinators.through.objects.filter(pool=drenthe).select_related("user").first()
    actor = admin.user if admin else None
    for name in ENGAGED_CANDIDATES:
        member = PoolMember.objects.filter(pool=drenthe, name=name).first()
        if member and not overbooked_weeks(member, ENGAGED_HOURS, start, end):
            pool_services.set_engagement(actor=actor, member=member, pool=pool, hours_per_week=ENGAGED_HOURS)
            return member
    raise RuntimeError("No Drenthe member has a free day a week for the climate pool.")


def _period(anchor: date, start_week: int, weeks: int) -> tuple[date, date]:
    start = monday_of(anchor) + timedelta(weeks=start_week)
    return start, start + timedelta(weeks=weeks, days=-3)


def _details(title, description, hours, period, required, resident_facing=False):
    start, end = period
    return demand_services.RequestDetails(
        title=title,
        description=description,
        hours_per_week=Decimal(hours),
        start=start,
        end=end,
        resident_facing=resident_facing,
        required=required,
    )


def _requests(anchor, pool, coordinator, contact, members, engaged: PoolMember) -> None:
    groningen = Municipality.objects.get(code=CLIMATE_LOGINS[1].municipality)

    def new(details):
        return demand_services.create_request(
            actor=contact, pool=pool, municipality=groningen, details=details, submit=True
        )

    def intake(request):
        return demand_services.transition(
            actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE
        )

    # Waiting for intake.
    new(
        _details(
            "Stresstest wateroverlast binnenstad",
            "Een specialist die de stresstest wateroverlast voor de binnenstad actualiseert en "
            "vertaalt naar maatregelen per wijk.",
            12,
            _period(anchor, 4, 12),
            [("waterberging", 3)],
        )
    )
    # In intake, not yet proposed.
    intake(
        new(
            _details(
                "Hitteplan voor wijken met veel ouderen",
                "Kaarten van hittestress combineren met wijkgegevens en samen met bewoners een "
                "hitteplan maken.",
                16,
                _period(anchor, 6, 20),
                [("hittestress", 3), ("participatie", 2)],
                resident_facing=True,
            )
        )
    )
    # Accepted: a groenblauwe schoolplein programme led by the Groningen specialist.
    request = intake(
        new(
            _details(
                "Groenblauwe schoolpleinen",
                "Schoolpleinen vergroenen zodat ze regenwater vasthouden en koel blijven.",
                12,
                _period(anchor, 2, 24),
                [("groenblauwe-inrichting", 3)],
            )
        )
    )
    matching.propose(
        actor=coordinator,
        request=request,
        candidates=[matching.Candidate(members["Lotte Groenblauw"], Decimal(12))],
    )
    matching.accept_proposal(actor=contact, request=request)
    # Accepted with the Drenthe member who also works here, for a day a week: process work.
    request = intake(
        new(
            _details(
                "Procesbegeleiding regionale klimaattafel",
                "Iemand die de gesprekken tussen gemeenten, waterschap en provincie leidt.",
                int(ENGAGED_HOURS),
                _period(anchor, 3, 16),
                [("projectleiding", 2)],
            )
        )
    )
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(engaged, ENGAGED_HOURS)]
    )
    matching.accept_proposal(actor=contact, request=request)
