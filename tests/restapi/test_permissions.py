"""Every API endpoint for every role: allowed or denied (a new endpoint without a row fails)."""

from decimal import Decimal

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.core import api_urls as core_api
from flexpool.core.models import TaskProgress
from flexpool.demand import api_urls as demand_api
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import api_urls as matching_api
from flexpool.matching import services as matching
from flexpool.pool import api_urls as pool_api
from flexpool.regions import api_urls as regions_api
from flexpool.restapi.urls import router, urlpatterns
from tests import builders

# "other_coordinator" coordinates a second pool in another region: Drenthe's rows are not its business.
ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"]
ALL = set(ROLES)
LOGGED_IN = ALL - {"anonymous"}
# (url name, method) -> roles that get a 2xx; everyone else gets 401/403/404.
# Write actions are tried on a request of Assen that is in the right state for them.
TABLE = {
    ("schema", "get"): ALL,
    ("api-docs", "get"): ALL,
    ("api-root", "get"): set(),
    ("region-list", "get"): ALL,
    ("region-detail", "get"): ALL,
    ("municipality-list", "get"): ALL,
    ("municipality-detail", "get"): ALL,
    ("competence-list", "get"): ALL,
    ("competence-detail", "get"): ALL,
    ("pool-list", "get"): {"coordinator", "assen", "emmen", "finance", "council", "other_coordinator"},
    ("pool-detail", "get"): {"coordinator", "assen", "emmen", "finance", "council", "other_coordinator"},
    # A new pool: the administrator only (a superuser: tests/pool/test_pool_setup.py); settings: coordinator.
    ("pool-list", "post"): set(),
    ("pool-detail", "patch"): {"coordinator"},
    ("engagement-list", "get"): {"coordinator", "other_coordinator"},
    ("engagement-list", "post"): {"coordinator"},
    ("engagement-detail", "delete"): {"coordinator"},
    ("member-list", "get"): {"coordinator", "finance", "other_coordinator"},
    ("member-detail", "get"): {"coordinator", "finance", "member"},
    ("member-load", "get"): {"coordinator", "finance", "member"},
    ("request-list", "get"): {"coordinator", "assen", "emmen", "finance", "other_coordinator"},
    ("request-list", "post"): {"assen", "emmen"},
    ("request-detail", "get"): {"coordinator", "assen", "finance", "member"},
    ("request-detail", "patch"): {"assen"},
    ("request-submit", "post"): {"assen"},
    ("request-withdraw", "post"): {"assen"},
    ("request-intake", "post"): {"coordinator"},
    ("request-reject", "post"): {"coordinator"},
    ("request-propose", "post"): {"coordinator"},
    ("request-accept", "post"): {"assen"},
    ("request-decline", "post"): {"assen"},
    ("request-complete", "post"): {"coordinator"},
    ("assignment-list", "get"): {"coordinator", "assen", "emmen", "member", "finance", "other_coordinator"},
    ("assignment-detail", "get"): {"coordinator", "assen", "member", "finance"},
    ("assignment-confirm", "post"): {"member"},
    ("assignment-decline", "post"): {"member"},
    ("audit-list", "get"): {"coordinator", "assen", "emmen", "other_coordinator"},
    ("audit-detail", "get"): {"coordinator", "assen"},
    ("task-list", "get"): {"coordinator", "other_coordinator"},
    ("task-detail", "get"): {"coordinator"},
    ("membership-list", "get"): {"coordinator", "assen", "emmen", "finance", "council", "other_coordinator"},
    ("membership-list", "post"): {"coordinator"},
    ("membership-detail", "get"): {"coordinator", "assen", "emmen", "finance", "council"},
    ("membership-tier", "post"): {"coordinator"},
    ("membership-leave", "post"): {"coordinator"},
}


# The apps whose endpoints this table covers; hours, knowledge and reports have tables of their own.
COVERED = (regions_api, pool_api, demand_api, matching_api, core_api)


def all_routes():
    """Names of the routes of the covered apps, the API root, the schema and its docs."""
    routes = {p.name for p in urlpatterns if getattr(p, "name", None) and p.name in {"schema", "api-docs"}}
    basenames = {basename for app in COVERED for _prefix, _viewset, basename in app.router.registry}
    for pattern in router.urls:
        name = pattern.name
        if name == "api-root" or any(name.startswith(f"{b}-") for b in basenames):
            routes.add(name)
    return routes


def test_every_endpoint_is_in_the_table():
    from tests.matching import test_extensions  # extensions of assignments have their own table

    assert all_routes() - {name for name, _ in test_extensions.TABLE} == {name for name, _ in TABLE}


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council, other_coordinator):
    users = {
        "coordinator": coordinator,
        "assen": assen,
        "emmen": emmen,
        "member": member.user,
        "finance": finance,
        "council": council,
        "other_coordinator": other_coordinator,
    }

    def request_in(state):
        request = builders.make_request(pool, assen, submit=state != "concept", hours_per_week=Decimal("16"))
        if state in {"in_behandeling", "voorgesteld", "geaccepteerd", "lopend"}:
            demand_services.transition(
                actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE
            )
        assignment = None
        if state in {"voorgesteld", "geaccepteerd", "lopend"}:
            [assignment] = matching.propose(
                actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
            )
        if state in {"geaccepteerd", "lopend"}:
            matching.accept_proposal(actor=assen, request=request)
        if state == "lopend":
            from datetime import date

            matching.confirm_assignment(actor=member.user, assignment=assignment, today=date(2026, 6, 1))
        request.refresh_from_db()
        return request, assignment

    return users, request_in


STATE_FOR = {
    "request-detail": "voorgesteld",
    "request-submit": "concept",
    "request-withdraw": "ingediend",
    "request-intake": "ingediend",
    "request-reject": "ingediend",
    "request-propose": "in_behandeling",
    "request-accept": "voorgesteld",
    "request-decline": "voorgesteld",
    "request-complete": "lopend",
    "assignment-detail": "voorgesteld",
    "assignment-confirm": "geaccepteerd",
    "assignment-decline": "geaccepteerd",
}


def _pool_pk():
    from flexpool.pool.models import Pool

    return Pool.objects.get(name="Flexteam Warmte Drenthe").pk


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method", sorted(TABLE))
def test_endpoint_access(world, role, name, method):
    users, request_in = world
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(users[role])
    kwargs, body = {}, {}
    if name in STATE_FOR:
        state = STATE_FOR[name] if not (name == "request-detail" and method == "patch") else "concept"
        request, assignment = request_in(state)
        kwargs = {"pk": assignment.pk if name.startswith("assignment") else request.pk}
        if name == "request-detail" and method == "patch":
            body = {
                "title": "Nieuw",
                "description": "x",
                "hours_per_week": "8",
                "start": "2026-01-05",
                "end": "2026-06-26",
                "required_competences": [{"competence": "projectleiding", "min_level": 2}],
                "version": request.version,
            }
        if name == "request-propose":
            body = {"candidates": [{"member": users["member"].pool_member.pk, "hours_per_week": "16"}]}
        if name in {"request-decline", "request-reject", "assignment-decline"}:
            body = {"reason": "Past niet."}
    elif name in {"region-detail"}:
        kwargs = {"code": "ES03"}
    elif name == "municipality-detail":
        kwargs = {"code": "GM0106"}
    elif name == "competence-detail":
        kwargs = {"code": "projectleiding"}
    elif name == "pool-detail":
        from flexpool.pool.models import Pool

        kwargs = {"pk": Pool.objects.get(name="Flexteam Warmte Drenthe").pk}
        body = {"notice_months": 6}
    elif name == "pool-list" and method == "post":
        body = {"name": "Nieuwe pool", "domains": ["warmte"], "region": None}
    elif name.startswith("engagement-"):
        from flexpool.pool.models import Pool, PoolEngagement

        drenthe = Pool.objects.get(name="Flexteam Warmte Drenthe")
        other = Pool.objects.exclude(pk=drenthe.pk).first()
        body = {"member": users["member"].pool_member.pk, "pool": other.pk, "hours_per_week": "8"}
        if name == "engagement-detail":
            engagement = PoolEngagement.objects.create(
                member=users["member"].pool_member, pool=other, hours_per_week=Decimal("8")
            )
            kwargs = {"pk": engagement.pk}
    elif name in {"member-detail", "member-load"}:
        kwargs = {"pk": users["member"].pool_member.pk}
    elif name == "audit-detail":
        request, _ = request_in("ingediend")
        from flexpool.core.models import AuditRecord

        kwargs = {"pk": AuditRecord.objects.filter(municipality_code="GM0106").first().pk}
    elif name in {"membership-detail", "membership-tier", "membership-leave"}:
        from flexpool.pool.models import Membership

        kwargs = {"pk": Membership.objects.get(municipality__code="GM0106").pk}
        body = {"tier": "geassocieerd", "yearly_contribution_eur": "1000", "left_on": "2099-12-31"}
    elif name == "membership-list" and method == "post":
        body = {
            "pool": _pool_pk(),
            "municipality": "GM1730",
            "tier": "deelnemer",
            "joined_on": "2026-01-01",
            "yearly_contribution_eur": "12000",
        }
    elif name == "task-detail":
        kwargs = {"pk": TaskProgress.objects.create(kind="import", owner=users["coordinator"]).pk}
    elif name == "request-list" and method == "post":
        body = {
            "title": "Nieuw",
            "description": "x",
            "hours_per_week": "8",
            "start": "2026-01-05",
            "end": "2026-06-26",
            "required_competences": [{"competence": "projectleiding", "min_level": 2}],
        }
    response = getattr(client, method)(reverse(f"api:{name}", kwargs=kwargs), body, format="json")
    if role in TABLE[(name, method)]:
        assert 200 <= response.status_code < 300, (
            role,
            name,
            method,
            response.status_code,
            response.content[:300],
        )
    else:
        assert response.status_code in (401, 403, 404), (role, name, method, response.status_code)
