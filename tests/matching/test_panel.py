"""The optimiser panel on the propose page: the main list holds exactly the members that
`matching.services.propose` accepts, best score first; the others say which rule blocks them."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from flexpool.core.errors import ValidationError
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from flexpool.matching.engine import suggestions_for
from flexpool.matching.selectors import candidate_panel, week_ranges
from flexpool.pool.selectors import members_with_competences
from tests import builders
from tests.hours.helpers import running_assignment


class _Undo(Exception):
    pass


@pytest.fixture
def world(pool, coordinator, assen):
    good = builders.make_member(pool, "Fictief Goed", competences={"projectleiding": 3}, ties=["GM0106"])
    also = builders.make_member(
        pool, "Fictief Ook Goed", competences={"projectleiding": 2}, ties=["GM0106"], home="GM0114"
    )
    far = builders.make_member(
        pool, "Fictief Zonder Binding", competences={"projectleiding": 3}, ties=["GM0114"], home="GM0114"
    )
    low = builders.make_member(pool, "Fictief Beginner", competences={"projectleiding": 1}, ties=["GM0106"])
    full = builders.make_member(
        pool, "Fictief Vol", competences={"projectleiding": 3}, ties=["GM0106"], username="vol"
    )
    # Full from 2 February to 29 March 2026 (weeks 6–13): 16 of 24 hours taken.
    running_assignment(
        pool, coordinator, assen, full, start=date(2026, 2, 2), end=date(2026, 3, 29), title="Andere klus"
    )
    request = builders.make_request(pool, assen, required=[("projectleiding", 2)], resident_facing=True)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    return request, {"good": good, "also": also, "far": far, "low": low, "full": full}


def _panel(request, coordinator):
    members = list(members_with_competences(coordinator, [request.pool_id]))
    suggestions, _pair = suggestions_for(request, k=len(members))
    return candidate_panel(request, members, suggestions)


def _propose_accepted(coordinator, request, member) -> bool:
    try:
        with transaction.atomic():
            matching.propose(
                actor=coordinator,
                request=request,
                candidates=[matching.Candidate(member, Decimal(request.hours_per_week))],
            )
            raise _Undo
    except _Undo:
        return True
    except ValidationError:
        return False


def test_main_list_is_exactly_who_propose_accepts(world, coordinator):
    request, people = world
    panel = _panel(request, coordinator)
    fitting = {row.member.pk for row in panel.fitting}
    assert fitting == {people["good"].pk, people["also"].pk}
    for member in people.values():
        assert _propose_accepted(coordinator, request, member) == (member.pk in fitting), member.name
    points = [row.points for row in panel.fitting]
    assert points == sorted(points, reverse=True)


def test_blocked_members_name_their_rule(world, coordinator):
    request, _people = world
    panel = _panel(request, coordinator)
    blocks = {row.member.name: [b.text for b in row.blocks] for row in panel.blocked}
    assert blocks["Fictief Vol"] == ["vol in week 6–13"]
    assert blocks["Fictief Zonder Binding"] == ["geen lokale binding met Assen"]
    assert blocks["Fictief Beginner"][0].startswith("mist Projectleiding niveau")
    counts = {c.rule: c for c in panel.counts}
    assert counts["ruimte"].text == "1 is vol in een of meer weken van de periode"
    assert "Fictief Vol" in counts["ruimte"].relaxed


def test_reasons_only_where_candidates_differ(world, coordinator):
    request, _people = world
    panel = _panel(request, coordinator)
    assert len(panel.fitting) == 2
    first, _second = panel.fitting
    first_keys = {c.key for c in first.reasons}
    details = {
        key: {next((c.detail for c in row.suggestion.criteria if c.key == key), "") for row in panel.fitting}
        for key in first_keys
    }
    assert all(len(values) > 1 for values in details.values())


def test_nobody_fits_counts_per_rule_and_what_relaxing_gives(pool, coordinator, assen):
    builders.make_member(
        pool, "Fictief Een", competences={"projectleiding": 3}, ties=["GM0114"], home="GM0114"
    )
    builders.make_member(
        pool, "Fictief Twee", competences={"projectleiding": 3}, ties=["GM0114"], home="GM0114"
    )
    builders.make_member(
        pool, "Fictief Drie", competences={"projectleiding": 1}, ties=["GM0114"], home="GM0114"
    )
    request = builders.make_request(pool, assen, required=[("projectleiding", 2)], resident_facing=True)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    client = Client()
    client.force_login(coordinator)
    page = client.get(reverse("request-propose", args=[request.pk])).content.decode()
    assert "Niemand in de pool voldoet aan alle harde regels" in page
    assert "3 hebben geen lokale binding met Assen" in page
    assert "Zonder de eis van lokale binding passen: Fictief Een, Fictief Twee." in page
    assert "1 mist een gevraagde competentie of het niveau" in page


def test_week_ranges():
    mondays = [date(2026, 2, 2), date(2026, 2, 9), date(2026, 2, 16), date(2026, 4, 6)]
    assert week_ranges(mondays) == "week 6–8, 15"
