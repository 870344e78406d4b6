"""Audit records read as sentences with people's names: on the request history, the audit pages and
in the API (`flexpool.core.audit_text`)."""

import pytest
from django.test import Client
from django.utils import translation

from flexpool.core.audit_text import describe, with_people
from flexpool.core.models import AuditRecord
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from tests import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def named(coordinator, assen):
    coordinator.first_name, coordinator.last_name = "Anna", "de Vries"
    coordinator.save()
    assen.first_name, assen.last_name = "Bram", "Jansen"
    assen.save()
    return coordinator, assen


@pytest.fixture
def in_intake(pool, named):
    coordinator, assen = named
    request = builders.make_request(pool, assen)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    return request


def test_history_line_names_the_person_and_uses_dutch_status_labels(in_intake, named):
    _coordinator, assen = named
    client = Client()
    client.force_login(assen)
    page = client.get(f"/vragen/{in_intake.pk}/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    history = page[page.index('id="audit-trail"') :]
    history = history[: history.index("</ol>")]
    assert "Anna de Vries (coördinator) nam de vraag in behandeling: ingediend → in behandeling." in history
    assert "Bram Jansen (gemeentelijk contactpersoon) diende de vraag in: concept → ingediend." in history
    assert "in_behandeling" not in history
    assert "vraag.in_behandeling_nemen" not in history
    assert ">coordinator<" not in history and " coordinator " not in history  # the login


def test_history_line_in_english(in_intake):
    record = with_people(AuditRecord.objects.filter(action="vraag.in_behandeling_nemen")).get()
    with translation.override("en"):
        assert (
            describe(record)
            == "Anna de Vries (coordinator) took the request into intake: submitted → under review."
        )


def test_a_pool_member_without_a_full_name_is_named_by_the_member_name(pool, coordinator, member, assen):
    request = builders.make_request(pool, assen)
    demand_services.transition(
        actor=member.user, request=request, action=RequestAction.TAKE_INTO_INTAKE, checked=True
    )
    record = with_people(AuditRecord.objects.filter(action="vraag.in_behandeling_nemen")).get()
    assert describe(record).startswith("Fictief Poollid Een (flexpooler) nam de vraag in behandeling")
    assert "flexpooler nam" not in describe(record)


def test_values_are_written_for_people():
    record = AuditRecord(
        action="uren.afgekeurd",
        object_type="hours.hourentry",
        object_id="1",
        changes={
            "status": ["ingediend", "afgekeurd"],
            "week": "2027-W02",
            "hours": "12.50",
            "reason": "Te veel",
        },
    )
    assert describe(record) == (
        "Flexpool (automatisch) keurde uren af: ingediend → afgekeurd; week: week 2 (11–17 januari 2027); "
        "uren: 12,5 uur; reden: “Te veel”."
    )
    money = AuditRecord(
        action="verrekening.vastgesteld",
        object_type="hours.settlement",
        object_id="1",
        changes={"periode": "2026-08", "saldo": "-1872.31"},
    )
    assert describe(money) == (
        "Flexpool (automatisch) stelde de verrekening vast: periode: augustus 2026; saldo: € -1.872,31."
    )


def test_competence_changes_name_the_competence_and_the_level(pool):
    record = AuditRecord(
        action="poollid.competenties",
        object_type="pool.poolmember",
        object_id="1",
        changes={"projectleiding": [2, "3 (ter validatie)"]},
    )
    assert describe(record) == (
        "Flexpool (automatisch) wijzigde competenties: "
        "Projectleiding: Gevorderd → Senior (wacht op goedkeuring)."
    )
    with translation.override("en"):
        assert "Project management: Advanced → Senior" in describe(record)


def test_an_unknown_action_still_reads_as_words():
    record = AuditRecord(
        action="iets.nieuws_gedaan", object_type="x.y", object_id="1", changes={"een_veld": True}
    )
    assert describe(record) == "Flexpool (automatisch): iets: nieuws gedaan: een veld: ja."


def test_audit_page_shows_sentences_not_python_data(in_intake, named, django_assert_max_num_queries):
    coordinator, _assen = named
    client = Client()
    client.force_login(coordinator)
    with django_assert_max_num_queries(20):
        page = client.get("/audit/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Anna de Vries (coördinator) nam de vraag in behandeling: ingediend → in behandeling." in page
    assert "[&#x27;" not in page and "{&#x27;" not in page and "status:" not in page


def test_audit_viewer_filters_by_name(in_intake, named):
    coordinator, _assen = named
    client = Client()
    client.force_login(coordinator)
    page = client.get("/audit/?wie=Vries").content.decode()
    assert "nam de vraag in behandeling" in page
    assert "diende de vraag in" not in page


def test_api_gives_the_sentence_and_the_name(in_intake, named):
    coordinator, _assen = named
    client = Client()
    client.force_login(coordinator)
    try:
        url = "/api/v1/audit/?action=vraag.in_behandeling_nemen"
        rows = client.get(url, HTTP_ACCEPT_LANGUAGE="en").json()
    finally:
        translation.activate("nl")  # the English request leaves English active in this thread
    row = rows["results"][0] if isinstance(rows, dict) else rows[0]
    assert row["actor"] == "coordinator"
    assert row["actor_name"] == "Anna de Vries"
    assert (
        row["description"]
        == "Anna de Vries (coordinator) took the request into intake: submitted → under review."
    )
