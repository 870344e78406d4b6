"""Members keep their own profile; leave and contract hours count in capacity and matching at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from icalendar import Calendar

from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.models import AuditRecord
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from flexpool.matching.calendar import member_calendar
from flexpool.matching.capacity import weekly_loads
from flexpool.notifications.kinds import Kind
from flexpool.notifications.models import Notification
from flexpool.pool import services
from flexpool.pool.models import CompetenceClaim, MemberCompetence
from tests import builders

TODAY = date(2026, 1, 5)  # a Monday


@pytest.fixture(autouse=True)
def frozen_today():
    with time_machine.travel(date(2026, 1, 5), tick=False):
        yield


def level(member, code):
    row = MemberCompetence.objects.filter(member=member, competence__code=code).first()
    return row.level if row else 0


def test_raised_level_waits_for_validation_lower_counts_at_once(pool, coordinator, member):
    claims = services.set_competences(
        actor=member.user, member=member, levels={"projectleiding": 4, "participatie": 1, "warmtenetten": 2}
    )
    assert sorted((c.competence.code, c.level) for c in claims) == [
        ("projectleiding", 4),
        ("warmtenetten", 2),
    ]
    assert level(member, "projectleiding") == 3  # still the validated level
    assert level(member, "participatie") == 1  # lowered at once
    assert level(member, "warmtenetten") == 0
    assert Notification.objects.get(kind=Kind.COMPETENCE_CLAIMED).recipient == coordinator
    raised = CompetenceClaim.objects.get(competence__code="projectleiding")
    services.decide_claim(actor=coordinator, claim=raised, approve=True)
    assert level(member, "projectleiding") == 4
    other = CompetenceClaim.objects.get(competence__code="warmtenetten")
    with pytest.raises(ValidationError) as refused:
        services.decide_claim(actor=coordinator, claim=other, approve=False, reason=" ")
    assert "reason" in refused.value.message_dict
    services.decide_claim(actor=coordinator, claim=other, approve=False, reason="Nog geen project gedaan")
    assert level(member, "warmtenetten") == 0
    told = Notification.objects.get(kind=Kind.COMPETENCE_REJECTED)
    assert told.recipient == member.user and told.text.endswith("Nog geen project gedaan")
    assert AuditRecord.objects.filter(action="competentie.gevalideerd").count() == 1


def test_only_the_member_edits_and_only_the_coordinator_validates(pool, coordinator, member, assen):
    with pytest.raises(NotAllowed):
        services.set_competences(actor=coordinator, member=member, levels={"projectleiding": 4})
    claim = services.set_competences(actor=member.user, member=member, levels={"projectleiding": 4})[0]
    with pytest.raises(NotAllowed):
        services.decide_claim(actor=member.user, claim=claim, approve=True)
    with pytest.raises(NotAllowed):
        services.decide_claim(actor=assen, claim=claim, approve=True)


def test_profile_fields_are_checked_per_field(pool, member):
    with pytest.raises(ValidationError) as wrong:
        services.update_profile(
            actor=member.user,
            member=member,
            home_municipality="GM9999",
            local_ties=["GM0106", "GM0000"],
            development_wishes=["bestaat-niet"],
        )
    assert set(wrong.value.message_dict) == {"home_municipality", "local_ties", "development_wishes"}
    services.update_profile(
        actor=member.user,
        member=member,
        home_municipality="GM0114",
        local_ties=["GM0106", "GM0114"],
        development_wishes=["warmtenetten"],
    )
    member.refresh_from_db()
    assert member.home_municipality.code == "GM0114"
    assert sorted(member.local_ties.values_list("code", flat=True)) == ["GM0106", "GM0114"]
    assert AuditRecord.objects.get(action="poollid.profiel").changes["home_municipality"] == [
        "Assen",
        "Emmen",
    ]


def test_leave_and_fewer_hours_lower_weekly_capacity(pool, member):
    # 24 h contract. Week 2: off Mon-Wed (3 of 5 days); weeks 4-5: 8 h a week.
    services.add_leave(actor=member.user, member=member, start=date(2026, 1, 12), end=date(2026, 1, 14))
    services.add_leave(
        actor=member.user, member=member, start=date(2026, 1, 26), end=date(2026, 2, 6), hours_per_week="8"
    )
    weeks = weekly_loads([member], date(2026, 1, 5), date(2026, 2, 13))[member.pk]
    assert [w.capacity for w in weeks] == [
        Decimal("24"), Decimal("9.6"), Decimal("24"), Decimal("8"), Decimal("8"), Decimal("24")
    ]  # fmt: skip
    assert weeks[1].leave_hours == Decimal("14.4")
    with pytest.raises(ValidationError) as overlap:
        services.add_leave(actor=member.user, member=member, start=date(2026, 1, 14), end=date(2026, 1, 20))
    assert "start" in overlap.value.message_dict
    with pytest.raises(ValidationError) as too_many:
        services.add_leave(
            actor=member.user,
            member=member,
            start=date(2026, 3, 2),
            end=date(2026, 3, 6),
            hours_per_week="30",
        )
    assert "hours_per_week" in too_many.value.message_dict


def test_contract_change_counts_from_its_week_on(pool, member):
    services.set_contract_hours(actor=member.user, member=member, hours="16", start=date(2026, 2, 4))
    weeks = weekly_loads([member], date(2026, 1, 26), date(2026, 2, 15))[member.pk]
    assert [w.capacity for w in weeks] == [Decimal("24"), Decimal("16"), Decimal("16")]
    member.refresh_from_db()
    assert member.contract_hours == Decimal("24")  # still 24 today; 16 from week 6 on
    services.set_contract_hours(actor=member.user, member=member, hours="32", start=TODAY)
    member.refresh_from_db()
    assert member.contract_hours == Decimal("32")
    weeks = weekly_loads([member], date(2026, 1, 26), date(2026, 2, 15))[member.pk]
    assert [w.capacity for w in weeks] == [Decimal("32")] * 3  # the later change was replaced
    with pytest.raises(ValidationError) as past:
        services.set_contract_hours(actor=member.user, member=member, hours="20", start=date(2025, 12, 1))
    assert "start" in past.value.message_dict
    with pytest.raises(ValidationError) as nonsense:
        services.set_contract_hours(actor=member.user, member=member, hours="veel", start=TODAY)
    assert "contract_hours" in nonsense.value.message_dict


def test_leave_blocks_a_proposal_at_once(pool, coordinator, assen, member):
    services.add_leave(actor=member.user, member=member, start=date(2026, 2, 2), end=date(2026, 2, 13))
    request = builders.make_request(pool, assen, start=date(2026, 1, 5), end=date(2026, 3, 27))
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    with pytest.raises(ValidationError) as refused:
        matching.propose(
            actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
        )
    assert "week 6–7 (2026)" in str(refused.value)


def test_calendar_feed_lists_assignments_and_leave(pool, coordinator, assen, member):
    request = builders.make_request(
        pool, assen, title="Warmteplan", start=date(2026, 3, 2), end=date(2026, 6, 26)
    )
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    matching.accept_proposal(actor=assen, request=request)
    services.add_leave(
        actor=member.user, member=member, start=date(2026, 7, 20), end=date(2026, 8, 7), reason="Zomer"
    )
    calendar = Calendar.from_ical(member_calendar(member))
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == [
        "Inzet: Warmteplan (Assen), 16 uur per week",
        "Vrij: Zomer",
    ]
    assert events[0].decoded("dtstart") == date(2026, 3, 2)
    assert events[0].decoded("dtend") == date(2026, 6, 27)  # exclusive end of an all-day event
    assert str(events[0]["status"]) == "TENTATIVE"  # accepted, not yet confirmed
    assert len({str(e["uid"]) for e in events}) == 2
    english = Calendar.from_ical(member_calendar(member, "en"))
    assert any(str(e["summary"]).startswith("Assignment: Warmteplan") for e in english.walk("VEVENT"))
