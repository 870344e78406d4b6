"""The conversation per request: participants only, @mentions, audited, notifying."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from flexpool.conversations import services
from flexpool.conversations.access import participants
from flexpool.core.errors import NotAllowed
from flexpool.core.models import AuditRecord
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from flexpool.notifications.kinds import Kind
from flexpool.notifications.models import Notification
from tests import builders


@pytest.fixture
def shared(pool, coordinator, assen, emmen, member, finance):
    for user, first, last in [
        (coordinator, "Fictieve", "Coördinator"),
        (assen, "Anna", "Fictief"),
        (emmen, "Eva", "Fictief"),
        (member.user, "Pim", "Poollid"),
    ]:
        user.first_name, user.last_name = first, last
        user.save()
    request = builders.make_request(
        pool, assen, title="Warmteplan", shares=[("GM0106", Decimal("70")), ("GM0114", Decimal("30"))]
    )
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    # Both paying municipalities consent; only then is the member on the request.
    matching.accept_proposal(actor=assen, request=request)
    matching.accept_proposal(actor=emmen, request=request)
    Notification.objects.all().delete()
    return request


def test_participants_are_paying_contacts_coordinator_and_member(shared, coordinator, assen, emmen, member):
    assert {u.pk for u in participants(shared)} == {coordinator.pk, assen.pk, emmen.pk, member.user.pk}


def test_mention_and_reply_notifications(shared, coordinator, assen, emmen, member):
    message = services.post_message(
        actor=emmen,
        request=shared,
        body="@Pim Poollid, kun je in week 12 naar Emmen komen? @anna fictief ook?",
    )
    assert {u.pk for u in message.mentioned.all()} == {member.user.pk, assen.pk}
    mentions = Notification.objects.filter(kind=Kind.MENTION)
    replies = Notification.objects.filter(kind=Kind.REPLY)
    assert {n.recipient_id for n in mentions} == {member.user.pk, assen.pk}
    assert {n.recipient_id for n in replies} == {coordinator.pk}
    assert mentions.first().text == "Eva Fictief noemt u in het gesprek over Warmteplan"
    assert mentions.first().link == reverse("conversation", args=[shared.pk]) + f"#bericht-{message.pk}"
    record = AuditRecord.objects.get(action="gesprek.bericht")
    assert record.actor == emmen and record.municipality_code == "GM0106"
    assert sorted(record.changes["mentioned"]) == ["Anna Fictief", "Pim Poollid"]


def test_outsiders_cannot_write(shared, finance, pool):
    with pytest.raises(NotAllowed):
        services.post_message(actor=finance, request=shared, body="Hallo")
    other = builders.make_contact("GM0118", "hoogeveen")
    with pytest.raises(NotAllowed):
        services.post_message(actor=other, request=shared, body="Hallo")


def test_page_shows_thread_escaped_with_mentions_marked(shared, coordinator, member):
    client = Client()
    client.force_login(member.user)
    response = client.post(
        reverse("conversation", args=[shared.pk]),
        {"body": "<script>x</script> @Fictieve Coördinator: akkoord"},
    )
    assert response.status_code == 302
    page = client.get(reverse("conversation", args=[shared.pk])).content.decode()
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "<script>x" not in page
    assert '<mark class="fp-mention">@Fictieve Coördinator</mark>' in page
    assert Notification.objects.get(kind=Kind.MENTION).recipient == coordinator


def test_empty_message_gets_a_message_on_the_field(shared, member):
    client = Client()
    client.force_login(member.user)
    response = client.post(reverse("conversation", args=[shared.pk]), {"body": "   "})
    assert response.status_code == 422
    assert response.context["form"].errors["body"]


def test_request_page_links_to_the_conversation_for_participants_only(shared, coordinator, finance):
    coord = Client()
    coord.force_login(coordinator)
    assert "conversation-link" in coord.get(reverse("request-detail", args=[shared.pk])).content.decode()
    money = Client()
    money.force_login(finance)
    page = money.get(reverse("request-detail", args=[shared.pk]))
    assert page.status_code == 200 and "conversation-link" not in page.content.decode()
