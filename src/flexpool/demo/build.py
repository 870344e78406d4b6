"""Build the demo: the Drenthe pool, its people and its requests, all through the services.

`build_demo()` is idempotent: it removes what an earlier run created for the demo pool and builds
it again, anchored on today, so the result is the same data with current dates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from flexpool.accounts.roles import GROUP_NAMES, Role
from flexpool.accounts.services import create_user_with_role
from flexpool.core.models import AuditRecord
from flexpool.core.weeks import monday_of, weeks_between, working_days_overlap
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.demo.cleanup import delete_with_audit_records
from flexpool.demo.climate import build_climate_pool, clear_climate_demo
from flexpool.demo.people import (
    ADMIN,
    ASSOCIATE_BASE_FEE_EUR,
    CLIMATE_LOGINS,
    DEMO_PASSWORD,
    DEMO_SECOND_FACTOR_LOGINS,
    DEMO_TOTP_SECRET,
    EUR_PER_INHABITANT_FULL,
    FLEXPOOLER_NAME,
    LOGINS,
    MEMBERS,
    MEMBERSHIPS,
    OTHER_CONTACTS,
    POOL_NAME,
    REGION_CODE,
    DemoMember,
)
from flexpool.demo.requests import REQUESTS, DemoRequest
from flexpool.matching import services as matching
from flexpool.matching.models import Assignment
from flexpool.pool.models import (
    Competence,
    Contact,
    Domain,
    LeavePeriod,
    MemberCompetence,
    Membership,
    MembershipEvent,
    Pool,
    PoolMember,
)
from flexpool.pool.services import add_months
from flexpool.pool.taxonomy import ensure_taxonomy
from flexpool.regions.models import Municipality, Region
from flexpool.regions.services import import_reference_data

S = RequestStatus
FIVE = Decimal(5)


class DemoError(RuntimeError):
    """The demo script cannot be built as written (for example: no member fits a request)."""


@dataclass
class DemoSummary:
    pool: Pool
    municipalities: int
    members: int
    requests: int
    by_status: dict[str, int]
    logins: list[tuple[str, str]] = field(default_factory=list)  # (username, description)


def parse_levels(text: str) -> list[tuple[str, int]]:
    """'projectleiding:3 participatie:2' -> [('projectleiding', 3), ('participatie', 2)]."""
    pairs = []
    for item in text.split():
        code, level = item.split(":")
        pairs.append((code, int(level)))
    return pairs


# --- capacity ledger -------------------------------------------------------------------------


@dataclass
class Person:
    member: PoolMember
    levels: dict[str, int]
    ties: set[str]
    leave: list[tuple[date, date]]
    booked: dict[date, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    bookings: int = 0

    def capacity(self, monday: date) -> Decimal:
        days_off = sum(working_days_overlap(monday, start, end) for start, end in self.leave)
        hours = self.member.contract_hours * (FIVE - min(days_off, 5)) / FIVE
        return hours.quantize(Decimal("0.1"))

    def fits(self, hours: Decimal, start: date, end: date) -> bool:
        if hours > self.member.contract_hours:
            return False
        return all(self.booked[m] + hours <= self.capacity(m) for m in weeks_between(start, end))

    def book(self, hours: Decimal, start: date, end: date, sign: int = 1) -> None:
        for monday in weeks_between(start, end):
            self.booked[monday] += sign * hours
        self.bookings += sign

    def meets(self, required: Iterable[tuple[str, int]]) -> bool:
        return all(self.levels.get(code, 0) >= level for code, level in required)


class Planner:
    """Chooses members with enough free hours, counting every proposal the demo makes.

    Stricter than `matching.capacity` (which counts accepted work only), so that every waiting
    proposal can still be accepted in the demo.
    """

    def __init__(self, people: list[Person]):
        self.people = people
        self.by_name = {p.member.name: p for p in people}

    def _ordered(self, municipality: str) -> list[Person]:
        # Continuity first (people who know the municipality), then spread the work.
        return sorted(
            self.people,
            key=lambda p: (municipality not in p.ties, p.bookings, p.member.name),
        )

    def choose(
        self, spec: DemoRequest, start: date, end: date, exclude: set[str] = frozenset()
    ) -> list[tuple[Person, Decimal]]:
        required = parse_levels(spec.required)
        hours = Decimal(spec.hours)
        people = [p for p in self._ordered(spec.place) if p.member.name not in exclude]
        if spec.member:
            person = self.by_name[spec.member]
            if not person.fits(hours, start, end):
                raise DemoError(f"{spec.member} has no room for '{spec.title}'.")
            return [(person, hours)]
        if not spec.split:
            for person in people:
                tied = not spec.resident_facing or spec.place in person.ties
                if tied and person.meets(required) and person.fits(hours, start, end):
                    return [(person, hours)]
            raise DemoError(f"No member fits '{spec.title}'.")
        # A split: a local person for the resident-facing part and a specialist for the rest.
        local_need = [r for r in required if r[0] == "participatie"] or required[:1]
        rest = [r for r in required if r not in local_need]
        first, second = Decimal(spec.hours // 2), Decimal(spec.hours - spec.hours // 2)
        for local in people:
            if spec.place not in local.ties and spec.resident_facing:
                continue
            if not (local.meets(local_need) and local.fits(first, start, end)):
                continue
            for specialist in people:
                if specialist is local or not specialist.meets(rest):
                    continue
                if specialist.fits(second, start, end):
                    return [(local, first), (specialist, second)]
        raise DemoError(f"No pair of members fits '{spec.title}'.")


# --- building blocks -------------------------------------------------------------------------


def _clear_demo(pool: Pool) -> None:
    """Remove what an earlier run made for the demo pool (not the users: they are reset)."""
    from flexpool.agreements.demo import clear_agreements_demo
    from flexpool.hours.demo import clear_hours_demo

    clear_agreements_demo(pool)
    clear_hours_demo(pool)  # hour entries protect their assignments, so they go first
    delete_with_audit_records(
        Assignment.objects.filter(request__pool=pool),
        CapacityRequest.objects.filter(pool=pool),
        PoolMember.objects.filter(pool=pool),
    )


def _pool(anchor: date) -> Pool:
    pool, _ = Pool.objects.get_or_create(
        name=POOL_NAME, defaults={"region": Region.objects.get(code=REGION_CODE)}
    )
    pool.region = Region.objects.get(code=REGION_CODE)
    pool.local_ties_required = True
    pool.save()
    pool.domains.set([Domain.objects.get(code="warmte")])
    _clear_demo(pool)
    codes = [m.code for m in MEMBERSHIPS]
    pool.memberships.exclude(municipality__code__in=codes).delete()
    municipalities = {m.code: m for m in Municipality.objects.filter(code__in=codes)}
    for spec in MEMBERSHIPS:
        municipality = municipalities[spec.code]
        joined = date(anchor.year, anchor.month, 1) - timedelta(days=30 * spec.joined_months_ago)
        joined = joined.replace(day=1)
        if spec.associate:
            contribution = ASSOCIATE_BASE_FEE_EUR
        else:
            contribution = (EUR_PER_INHABITANT_FULL * municipality.population).quantize(Decimal("1000"))
        membership, _ = Membership.objects.update_or_create(
            pool=pool,
            municipality=municipality,
            defaults={
                "tier": Membership.Tier.ASSOCIATE if spec.associate else Membership.Tier.FULL,
                "joined_on": joined,
                "left_on": None,
                "yearly_contribution_eur": contribution,
                "yearly_seconded_hours": Decimal(spec.seconded_hours),
            },
        )
        _history(membership, spec, anchor)
    return pool


def _history(membership: Membership, spec, anchor: date) -> None:
    """The membership's history: joined; for some a tier change or an announced leave."""
    membership.events.all().delete()
    if spec.upgraded_months_ago:
        first_tier = Membership.Tier.ASSOCIATE
        MembershipEvent.objects.create(
            membership=membership,
            kind=MembershipEvent.Kind.JOINED,
            on=membership.joined_on,
            tier=first_tier,
            yearly_contribution_eur=ASSOCIATE_BASE_FEE_EUR,
        )
        MembershipEvent.objects.create(
            membership=membership,
            kind=MembershipEvent.Kind.TIER,
            on=(anchor - timedelta(days=30 * spec.upgraded_months_ago)).replace(day=1),
            tier=membership.tier,
            yearly_contribution_eur=membership.yearly_contribution_eur,
        )
    else:
        MembershipEvent.objects.create(
            membership=membership,
            kind=MembershipEvent.Kind.JOINED,
            on=membership.joined_on,
            tier=membership.tier,
            yearly_contribution_eur=membership.yearly_contribution_eur,
        )
    if spec.leaves_in_months:
        # Announced leaving: still a member (requests, matching, settlement) until that date.
        membership.left_on = add_months(anchor, spec.leaves_in_months)
        membership.save(update_fields=["left_on"])
        MembershipEvent.objects.create(
            membership=membership,
            kind=MembershipEvent.Kind.LEAVING,
            on=membership.left_on,
            tier=membership.tier,
            yearly_contribution_eur=membership.yearly_contribution_eur,
        )


def _plain_account(username: str, role: Role, first: str, last: str, password_hash: str):
    """An extra demo account (contact of another municipality, pool member) with the demo password.

    Shares one password hash, so the demo stays fast; the logins in LOGINS go through
    `create_user_with_role`.
    """
    User = get_user_model()
    user, _ = User.objects.get_or_create(username=username)
    user.first_name, user.last_name, user.password = first, last, password_hash
    user.is_staff = user.is_superuser = False
    user.save()
    user.groups.set([Group.objects.get_or_create(name=GROUP_NAMES[role])[0]])
    return user


def _logins(pool: Pool) -> dict[str, object]:
    users = {}
    for login in LOGINS:
        users[login.username] = create_user_with_role(
            username=login.username,
            password=DEMO_PASSWORD,
            role=Role(login.role),
            first_name=login.first_name,
            last_name=login.last_name,
            email=f"{login.username}@demo.flexpool.invalid",
        )
    pool.coordinators.add(users["coordinator"])
    return users


def _admin(users: dict, password_hash: str) -> None:
    User = get_user_model()
    admin, _ = User.objects.get_or_create(username=ADMIN.username)
    admin.first_name, admin.last_name, admin.password = (
        ADMIN.first_name,
        ADMIN.last_name,
        password_hash,
    )
    admin.email = "admin@demo.flexpool.invalid"
    admin.is_staff = admin.is_superuser = True
    admin.save()
    admin.groups.clear()
    users[ADMIN.username] = admin


def _second_factor(users: dict) -> None:
    """A known TOTP key for the demo logins that need a second factor (see DEMO_TOTP_SECRET)."""
    from base64 import b32decode

    from django_otp.plugins.otp_totp.models import TOTPDevice

    key = b32decode(DEMO_TOTP_SECRET).hex()
    for username in DEMO_SECOND_FACTOR_LOGINS:
        TOTPDevice.objects.update_or_create(
            user=users[username], name="demo", defaults={"key": key, "confirmed": True}
        )


def _contacts(users: dict, password_hash: str) -> dict[str, object]:
    """The contact user of each municipality, by CBS code."""
    contacts = {}
    for login in LOGINS:
        if login.municipality:
            contacts[login.municipality] = users[login.username]
    for code, (username, first, last) in OTHER_CONTACTS.items():
        contacts[code] = _plain_account(username, Role.CONTACT, first, last, password_hash)
    municipalities = {m.code: m for m in Municipality.objects.filter(code__in=list(contacts))}
    for code, user in contacts.items():
        Contact.objects.update_or_create(user=user, defaults={"municipality": municipalities[code]})
    return contacts


def _members(pool: Pool, anchor: date, users: dict, password_hash: str) -> list[Person]:
    competences = {c.code: c for c in Competence.objects.all()}
    codes = {m.home for m in MEMBERS} | {c for m in MEMBERS for c in m.ties}
    municipalities = {m.code: m for m in Municipality.objects.filter(code__in=codes)}
    people = []
    for spec in MEMBERS:
        user = users["flexpooler"] if spec.name == FLEXPOOLER_NAME else _member_account(spec, password_hash)
        member = PoolMember.objects.create(
            pool=pool,
            user=user,
            name=spec.name,
            email=f"{slugify(spec.name).replace('-', '.')}@demo.flexpool.invalid",
            employer=spec.employer,
            contract_hours=Decimal(spec.hours),
            home_municipality=municipalities[spec.home],
            max_municipalities=spec.max_municipalities,
        )
        levels = dict(parse_levels(spec.competences))
        MemberCompetence.objects.bulk_create(
            MemberCompetence(member=member, competence=competences[code], level=level)
            for code, level in levels.items()
        )
        member.local_ties.set([municipalities[c] for c in spec.ties])
        member.development_wishes.set([competences[c] for c in spec.wishes])
        leave = []
        for offset, length, reason in spec.leave:
            start = anchor + timedelta(days=offset)
            end = start + timedelta(days=length - 1)
            LeavePeriod.objects.create(member=member, start=start, end=end, reason=reason)
            leave.append((start, end))
        people.append(Person(member, levels, set(spec.ties), leave))
    return people


def _member_account(spec: DemoMember, password_hash: str):
    first, _, last = spec.name.partition(" ")
    username = slugify(spec.name).replace("-", ".")
    return _plain_account(username, Role.MEMBER, first, last, password_hash)


def _motivation(person: Person, spec: DemoRequest, municipality_name: str) -> str:
    strong = sorted(person.levels.items(), key=lambda item: -item[1])[:2]
    parts = [f"{code} niveau {level}" for code, level in strong]
    text = f"{person.member.name}: {', '.join(parts)}"
    if spec.municipality in person.ties:
        text += f"; kent {municipality_name}"
    return text + "."


# --- one request through its lifecycle -------------------------------------------------------


class RequestDriver:
    def __init__(self, pool, anchor, coordinator, contacts, planner):
        self.pool, self.anchor = pool, anchor
        self.coordinator, self.contacts, self.planner = coordinator, contacts, planner
        self.monday = monday_of(anchor)
        self.municipalities = {m.code: m for m in Municipality.objects.all()}

    def dates(self, spec: DemoRequest) -> tuple[date, date]:
        start = self.monday + timedelta(weeks=spec.start_week)
        return start, start + timedelta(weeks=spec.weeks, days=-3)

    def _propose(self, request, spec, start, end, exclude=frozenset()):
        chosen = self.planner.choose(spec, start, end, exclude=set(exclude))
        municipality = self.municipalities[spec.municipality].name
        assignments = matching.propose(
            actor=self.coordinator,
            request=request,
            candidates=[
                matching.Candidate(p.member, hours, _motivation(p, spec, municipality)) for p, hours in chosen
            ],
        )
        for person, hours in chosen:
            person.book(hours, start, end)
        return chosen, assignments

    def drive(self, spec: DemoRequest) -> CapacityRequest:
        start, end = self.dates(spec)
        contact = self.contacts[spec.municipality]
        details = demand_services.RequestDetails(
            title=spec.title,
            description=spec.description,
            hours_per_week=Decimal(spec.hours),
            start=start,
            end=end,
            resident_facing=spec.resident_facing,
            priority=spec.priority,
            splittable=spec.splittable,
            required=parse_levels(spec.required),
            shares=[(code, Decimal(p)) for code, p in spec.shares],
            work_municipality=spec.work_municipality or None,
        )
        request = demand_services.create_request(
            actor=contact,
            pool=self.pool,
            municipality=self.municipalities[spec.municipality],
            details=details,
        )

        def step(actor, action, reason=""):
            return demand_services.transition(actor=actor, request=request, action=action, reason=reason)

        if spec.state == S.WITHDRAWN and spec.withdraw_from == S.CONCEPT:
            return step(contact, RequestAction.WITHDRAW, spec.reason)
        if spec.state == S.CONCEPT:
            return request
        request = step(contact, RequestAction.SUBMIT)
        if spec.state == S.SUBMITTED:
            return request
        if spec.state == S.REJECTED:
            return step(self.coordinator, RequestAction.REJECT, spec.reason)
        if spec.state == S.WITHDRAWN and spec.withdraw_from == S.SUBMITTED:
            return step(contact, RequestAction.WITHDRAW, spec.reason)
        request = step(self.coordinator, RequestAction.TAKE_INTO_INTAKE)
        if spec.state == S.WITHDRAWN:
            return step(contact, RequestAction.WITHDRAW, spec.reason)
        excluded: set[str] = set()
        if spec.declined_first:
            chosen, _ = self._propose(request, spec, start, end)
            request = matching.decline_proposal(actor=contact, request=request, reason=spec.reason)
            for person, hours in chosen:
                person.book(hours, start, end, sign=-1)
                excluded.add(person.member.name)
        if spec.state == S.IN_INTAKE:
            return request
        _chosen, assignments = self._propose(request, spec, start, end, excluded)
        if spec.state == S.PROPOSED and spec.partners_waiting:
            return matching.accept_proposal(actor=contact, request=request)
        if spec.state == S.PROPOSED:
            request.refresh_from_db()
            return request
        # Every municipality that pays accepts: the lead first, then its partners.
        request = matching.accept_proposal(actor=contact, request=request)
        for code, _percentage in spec.shares:
            if code != spec.municipality:
                request = matching.accept_proposal(actor=self.contacts[code], request=request)
        if spec.state == S.ACCEPTED and not spec.confirmed:
            return request
        for assignment in assignments:
            matching.confirm_assignment(
                actor=assignment.member.user, assignment=assignment, today=self.anchor
            )
        request.refresh_from_db()
        if spec.state == S.COMPLETED:
            request = matching.complete_request(actor=self.coordinator, request=request)
        return request


def _backdate(request: CapacityRequest, first_audit_id: int, spec, start, end, anchor, index):
    """Spread the request's audit trail over plausible past moments instead of 'just now'."""
    created_day = min(start - timedelta(days=35), anchor - timedelta(days=1 + index % 12))
    if spec.state == S.COMPLETED:
        last_day = end + timedelta(days=3)
    elif spec.state == S.RUNNING:
        last_day = start
    else:
        last_day = anchor - timedelta(days=index % 3)
    last_day = max(min(last_day, anchor), created_day)
    first = timezone.make_aware(datetime.combine(created_day, time(9, 0)))
    last = timezone.make_aware(datetime.combine(last_day, time(15, 0)))
    last = min(last, timezone.now() - timedelta(minutes=5))  # never in the future
    first = min(first, last)
    records = list(AuditRecord.objects.filter(pk__gte=first_audit_id).order_by("pk"))
    step = (last - first) / max(len(records) - 1, 1)
    moments = {}
    for number, record in enumerate(records):
        moment = first + step * number
        AuditRecord.objects.filter(pk=record.pk).update(occurred_at=moment)
        moments[(record.object_type, record.object_id, record.action)] = moment
    CapacityRequest.objects.filter(pk=request.pk).update(created_at=first, updated_at=last)
    accepted = moments.get(("demand.capacityrequest", str(request.pk), "vraag.accepteren"))
    for assignment in Assignment.objects.filter(request=request):
        key = ("matching.assignment", str(assignment.pk))
        updates = {"created_at": moments.get((*key, "voorstel.gedaan"), first)}
        if assignment.accepted_at:
            updates["accepted_at"] = accepted or first
        if assignment.confirmed_at:
            updates["confirmed_at"] = moments.get((*key, "inzet.bevestigen"), last)
        Assignment.objects.filter(pk=assignment.pk).update(**updates)


# --- the whole demo --------------------------------------------------------------------------


@transaction.atomic
def build_demo(today: date | None = None) -> DemoSummary:
    anchor = today or timezone.localdate()
    import_reference_data()
    ensure_taxonomy()
    clear_climate_demo()  # its requests may book Drenthe members, so it goes first
    pool = _pool(anchor)
    users = _logins(pool)
    # Every other demo account shares the hash just made for the coordinator: hashing is slow.
    password_hash = users["coordinator"].password
    _admin(users, password_hash)
    contacts = _contacts(users, password_hash)
    people = _members(pool, anchor, users, password_hash)
    driver = RequestDriver(pool, anchor, users["coordinator"], contacts, Planner(people))
    # The flexpooler's own work first, so it is sure to fit.
    ordered = sorted(enumerate(REQUESTS), key=lambda item: (not item[1].member, item[0]))
    for index, spec in ordered:
        marker = (AuditRecord.objects.order_by("-pk").values_list("pk", flat=True).first()) or 0
        request = driver.drive(spec)
        if request.status != spec.state:
            raise DemoError(f"'{spec.title}' ended in {request.status}, not {spec.state}.")
        start, end = driver.dates(spec)
        _backdate(request, marker + 1, spec, start, end, anchor, index)
    from flexpool.agreements.demo import load_agreements_demo, load_funding_demo
    from flexpool.hours.demo import load_hours_demo

    load_funding_demo(pool, anchor, users["coordinator"])
    load_hours_demo(pool, anchor)
    load_agreements_demo(pool, anchor, users["coordinator"])
    from flexpool.knowledge.demo import load_knowledge_demo

    load_knowledge_demo(pool)
    from flexpool.catalogue.demo import load_menu_demo

    load_menu_demo(pool)
    _climate, climate_users = build_climate_pool(
        anchor,
        pool,
        lambda username, role, first, last: _plain_account(username, role, first, last, password_hash),
    )
    users.update(climate_users)
    _second_factor(users)
    by_status = {
        status: CapacityRequest.objects.filter(pool=pool, status=status).count() for status in S.values
    }
    logins = [(login.username, login.description) for login in [*LOGINS, *CLIMATE_LOGINS, ADMIN]]
    return DemoSummary(
        pool=pool,
        municipalities=pool.memberships.count(),
        members=pool.members.count(),
        requests=sum(by_status.values()),
        by_status=by_status,
        logins=logins,
    )
