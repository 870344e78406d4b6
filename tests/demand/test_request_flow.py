from datetime import date
from decimal import Decimal

import pytest

from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.models import AuditRecord
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.matching import services as matching
from flexpool.matching.lifecycle import AssignmentStatus
from tests import builders


def test_whole_flow_is_on_record(pool, coordinator, assen, member):
    request = builders.make_request(pool, assen, start=date(2026, 1, 5))
    request = demand_services.transition(
        actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE
    )
    [assignment] = matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    request = matching.accept_proposal(actor=assen, request=request)
    assert request.status == RequestStatus.ACCEPTED
    matching.confirm_assignment(actor=member.user, assignment=assignment, today=date(2026, 1, 5))
    request.refresh_from_db()
    assignment.refresh_from_db()
    assert request.status == RequestStatus.RUNNING
    assert assignment.status == AssignmentStatus.RUNNING
    actions = list(AuditRecord.objects.order_by("id").values_list("action", flat=True))
    assert actions == [
        "vraag.aangemaakt",
        "vraag.indienen",
        "vraag.in_behandeling_nemen",
        "voorstel.gedaan",
        "vraag.voorstellen",
        "vraag.accepteren",
        "inzet.bevestigen",
        "inzet.starten",
        "vraag.starten",
    ]
    assert set(AuditRecord.objects.values_list("municipality_code", flat=True)) == {"GM0106"}


def test_other_municipality_cannot_accept(pool, coordinator, assen, emmen, member):
    request = builders.make_request(pool, assen)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    with pytest.raises(NotAllowed):
        matching.accept_proposal(actor=emmen, request=request)


def test_member_cannot_confirm_before_acceptance(pool, coordinator, assen, member):
    request = builders.make_request(pool, assen)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    [assignment] = matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    with pytest.raises(ValidationError):
        matching.confirm_assignment(actor=member.user, assignment=assignment)


def test_invalid_transition_is_refused(pool, assen):
    request = builders.make_request(pool, assen)
    with pytest.raises(ValidationError) as error:
        matching.accept_proposal(actor=assen, request=request)
    assert "status" in error.value.message_dict


def test_accept_refused_when_member_would_be_overbooked(pool, coordinator, assen, member):
    first = builders.make_request(pool, assen, hours_per_week=Decimal("16"))
    second = builders.make_request(pool, assen, hours_per_week=Decimal("16"), start=date(2026, 3, 2))
    for request in (first, second):
        demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
        matching.propose(
            actor=coordinator,
            request=request,
            candidates=[matching.Candidate(member, Decimal("16"))],
        )
    matching.accept_proposal(actor=assen, request=first)
    with pytest.raises(ValidationError) as error:
        matching.accept_proposal(actor=assen, request=second)
    assert "week 10–26 (2026)" in str(error.value.message_dict["member"])
    second.refresh_from_db()
    assert second.status == RequestStatus.PROPOSED


def test_bad_request_details_give_a_message_per_field(pool, assen):
    with pytest.raises(ValidationError) as error:
        builders.make_request(
            pool,
            assen,
            start=date(2026, 5, 1),
            end=date(2026, 4, 1),
            hours_per_week=Decimal("60"),
            required=[("bestaat-niet", 2)],
        )
    fields = error.value.message_dict
    assert set(fields) >= {"end", "hours_per_week", "required_competences"}
    assert "bestaat-niet" in fields["required_competences"][0]


def test_proposal_over_contract_hours_is_refused(pool, coordinator, assen):
    small = builders.make_member(pool, "Fictief Klein Contract", hours="8")
    request = builders.make_request(pool, assen)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    with pytest.raises(ValidationError) as error:
        matching.propose(
            actor=coordinator,
            request=request,
            candidates=[matching.Candidate(small, Decimal("16"))],
        )
    assert "contract van 8 uur" in str(error.value.message_dict["member"])


def test_concurrent_edit_cannot_lose_an_update(pool, assen):
    request = builders.make_request(pool, assen, submit=False)
    version = request.version
    demand_services.update_request(
        actor=assen,
        request=request,
        details=builders.details(title="Eerste wijziging"),
        expected_version=version,
    )
    with pytest.raises(ValidationError) as error:
        demand_services.update_request(
            actor=assen,
            request=request,
            details=builders.details(title="Tweede wijziging"),
            expected_version=version,
        )
    assert "version" in error.value.message_dict
    request.refresh_from_db()
    assert request.title == "Eerste wijziging"


def test_shared_request_shares_must_add_up(pool, assen):
    with pytest.raises(ValidationError) as error:
        builders.make_request(pool, assen, shares=[("GM0106", Decimal("60")), ("GM0114", Decimal("30"))])
    assert "100%" in error.value.message_dict["shares"][0]
    shared = builders.make_request(pool, assen, shares=[("GM0106", Decimal("60")), ("GM0114", Decimal("40"))])
    assert shared.shares.count() == 2


def test_shared_request_visible_to_both_municipalities(pool, assen, emmen):
    from flexpool.accounts.permissions import scope_requests
    from flexpool.demand.models import CapacityRequest

    shared = builders.make_request(pool, assen, shares=[("GM0106", Decimal("50")), ("GM0114", Decimal("50"))])
    assert scope_requests(emmen, CapacityRequest.objects.all()).filter(pk=shared.pk).exists()
    only_assen = builders.make_request(pool, assen)
    assert not scope_requests(emmen, CapacityRequest.objects.all()).filter(pk=only_assen.pk).exists()


def test_reference_import_is_idempotent(db):
    from flexpool.regions.models import Municipality, Region
    from flexpool.regions.services import import_reference_data

    first = import_reference_data()
    second = import_reference_data()
    assert first == second
    assert (second.municipalities, second.regions, second.provinces) == (342, 30, 12)
    assen = Municipality.objects.get(code="GM0106")
    assert (assen.name, assen.region.code, assen.population) == ("Assen", "ES03", 70392)
    assert Region.objects.get(code="ES03").municipalities.count() == 12
