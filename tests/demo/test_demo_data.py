from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.http import HttpRequest
from django.test import Client
from django.utils import timezone

from flexpool.core.models import AuditRecord
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest, RequestShare, RequiredCompetence
from flexpool.demo.people import ADMIN, DEMO_PASSWORD, FICTITIOUS_NAMES, LOGINS, POOL_NAME
from flexpool.matching.capacity import weekly_loads
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import (
    Competence,
    Contact,
    LeavePeriod,
    MemberCompetence,
    Membership,
    Pool,
    PoolMember,
)

DRENTHE = {
    "GM0106",
    "GM0109",
    "GM0114",
    "GM0118",
    "GM0119",
    "GM1680",
    "GM1681",
    "GM1690",
    "GM1699",
    "GM1701",
    "GM1730",
    "GM1731",
}
COUNTED = [
    get_user_model(),
    Pool,
    Membership,
    Contact,
    PoolMember,
    MemberCompetence,
    LeavePeriod,
    CapacityRequest,
    RequiredCompetence,
    RequestShare,
    Assignment,
    AuditRecord,
]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for this module, through the command, and roll it back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = StringIO()
        call_command("load_demo_data", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def pool(demo, db):
    return Pool.objects.get(name=POOL_NAME)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_loading_twice_leaves_the_same_data(pool):
    before = counts()
    statuses = sorted(CapacityRequest.objects.values_list("title", "status"))
    call_command("load_demo_data", stdout=StringIO())
    assert counts() == before
    assert sorted(CapacityRequest.objects.values_list("title", "status")) == statuses


def test_pool_has_the_twelve_drenthe_municipalities(pool):
    memberships = list(pool.memberships.select_related("municipality"))
    assert {m.municipality.code for m in memberships} == DRENTHE
    assert pool.region.code == "ES03"
    tiers = [m.tier for m in memberships]
    assert tiers.count(Membership.Tier.ASSOCIATE) == 3
    assert len({m.joined_on for m in memberships}) == 2
    assen = next(m for m in memberships if m.municipality.code == "GM0106")
    westerveld = next(m for m in memberships if m.municipality.code == "GM1701")
    assert assen.yearly_contribution_eur > westerveld.yearly_contribution_eur > 0
    assert sum(1 for m in memberships if m.yearly_seconded_hours) >= 3


def test_every_request_state_is_there(pool):
    states = set(CapacityRequest.objects.filter(pool=pool).values_list("status", flat=True))
    assert states == set(RequestStatus.values)
    assert 55 <= CapacityRequest.objects.filter(pool=pool).count() <= 65
    assert CapacityRequest.objects.filter(shares__isnull=False).distinct().count() >= 3
    assert CapacityRequest.objects.filter(resident_facing=True).exists()
    assert CapacityRequest.objects.filter(splittable=True).exists()
    today = timezone.localdate()
    assert CapacityRequest.objects.filter(start__lt=today).exists()
    assert CapacityRequest.objects.filter(start__gt=today).exists()


def test_about_forty_fictitious_members(pool):
    members = PoolMember.objects.filter(pool=pool)
    assert 35 <= members.count() <= 45
    assert set(members.values_list("name", flat=True)) <= FICTITIOUS_NAMES
    for user in get_user_model().objects.exclude(first_name=""):
        assert f"{user.first_name} {user.last_name}" in FICTITIOUS_NAMES
    assert LeavePeriod.objects.filter(member__pool=pool).exists()
    leaders = MemberCompetence.objects.filter(competence__code="projectleiding").count()
    assert leaders > members.count() / 2


def test_nobody_is_overbooked_in_any_week(pool):
    today = timezone.localdate()
    members = list(PoolMember.objects.filter(pool=pool))
    loads = weekly_loads(members, today - timedelta(days=400), today + timedelta(days=500))
    over = [
        (m.name, week.label, week.load, week.capacity)
        for m in members
        for week in loads[m.pk]
        if week.load > week.capacity
    ]
    assert over == []


def test_all_logins_work(pool, demo):
    for login in [*LOGINS, ADMIN]:
        # django-axes counts every login attempt per request, so the test client passes one.
        assert Client().login(request=HttpRequest(), username=login.username, password=DEMO_PASSWORD), (
            login.username
        )
        assert login.username in demo
    assert get_user_model().objects.get(username="admin").is_superuser
    assert pool.coordinators.filter(username="coordinator").exists()


def test_assen_has_requests_in_the_states_a_demo_needs(pool):
    assen = Contact.objects.get(user__username="assen").municipality
    assert assen.code == "GM0106"
    assert Contact.objects.get(user__username="emmen").municipality.code == "GM0114"
    states = set(CapacityRequest.objects.filter(municipality=assen).values_list("status", flat=True))
    assert states >= {
        RequestStatus.CONCEPT,
        RequestStatus.SUBMITTED,
        RequestStatus.PROPOSED,
        RequestStatus.RUNNING,
    }


def test_flexpooler_has_waiting_running_and_completed_work(pool):
    member = PoolMember.objects.get(user__username="flexpooler")
    assignments = list(member.assignments.select_related("request"))
    assert any(
        a.status == AssignmentStatus.PROPOSED
        and a.accepted_at is not None
        and a.request.status == RequestStatus.ACCEPTED
        for a in assignments
    )
    assert any(a.status == AssignmentStatus.RUNNING for a in assignments)
    assert any(a.status == AssignmentStatus.COMPLETED for a in assignments)


def test_audit_trail_is_in_the_past_and_complete(pool):
    now = timezone.now()
    assert not AuditRecord.objects.filter(occurred_at__gt=now).exists()
    completed = CapacityRequest.objects.filter(status=RequestStatus.COMPLETED).first()
    actions = list(
        AuditRecord.objects.filter(object_type="demand.capacityrequest", object_id=completed.pk)
        .order_by("occurred_at", "id")
        .values_list("action", flat=True)
    )
    assert actions[0] == "vraag.aangemaakt" and actions[-1] == "vraag.afronden"


def test_the_menukaart_has_services_and_knowledge_products_with_linked_knowledge(pool):
    from flexpool.catalogue.models import MenuItem

    items = {i.title: i for i in MenuItem.objects.filter(pool=pool).prefetch_related("knowledge_items")}
    assert {"Wijkuitvoeringsplan opstellen", "Subsidieaanvraag SVOH"} <= set(items)
    assert {i.kind for i in items.values()} == {"dienst", "kennisproduct"}
    assert items["Wijkuitvoeringsplan opstellen"].knowledge_items.exists()


def test_a_second_pool_in_another_domain_and_region(demo):
    from flexpool.demo.people import CLIMATE_POOL_NAME
    from flexpool.pool.models import PoolEngagement

    climate = Pool.objects.get(name=CLIMATE_POOL_NAME)
    assert [d.code for d in climate.domains.all()] == ["klimaatadaptatie"]
    assert climate.region.code == "ES01"
    codes = set(climate.memberships.values_list("municipality__code", flat=True))
    assert "GM0014" in codes and "GM0114" in codes  # Groningen, and Emmen as associate
    assert PoolMember.objects.filter(pool=climate).count() >= 3
    assert set(PoolMember.objects.filter(pool=climate).values_list("name", flat=True)) <= FICTITIOUS_NAMES
    [engagement] = PoolEngagement.objects.filter(pool=climate)
    assert engagement.member.pool.name == POOL_NAME
    assert Assignment.objects.filter(member=engagement.member, request__pool=climate).exists()
    assert CapacityRequest.objects.filter(pool=climate).count() >= 3
    assert {r.domain.code for r in CapacityRequest.objects.filter(pool=climate)} == {"klimaatadaptatie"}
    assert Competence.objects.get(code="waterberging").domain.code == "klimaatadaptatie"


def test_the_coordinators_of_the_two_demo_pools_do_not_see_each_others_requests(demo):
    from rest_framework.test import APIClient

    from flexpool.demo.people import CLIMATE_POOL_NAME

    climate = Pool.objects.get(name=CLIMATE_POOL_NAME)
    for username, own in (("coordinator", POOL_NAME), ("coordinator-groningen", CLIMATE_POOL_NAME)):
        client = APIClient()
        client.force_authenticate(get_user_model().objects.get(username=username))
        pools = {row["pool"] for row in client.get("/api/v1/requests/?limit=500").json()["results"]}
        assert pools == {Pool.objects.get(name=own).pk}, username
    # Emmen is in both pools: the request form offers both.
    client = Client()
    client.force_login(get_user_model().objects.get(username="emmen"))
    form = client.get("/vragen/nieuw/").context["form"]
    assert climate in form.fields["pool"].queryset and not form["pool"].is_hidden
