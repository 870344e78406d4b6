"""Writing in the conversation about a request: audited, and telling the other participants."""

from __future__ import annotations

import re
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from flexpool.conversations.access import display_name, participants, takes_part
from flexpool.conversations.models import Message
from flexpool.core import audit
from flexpool.core.errors import NotAllowed, field_error
from flexpool.demand.models import CapacityRequest
from flexpool.notifications.kinds import Kind
from flexpool.notifications.services import notify

MAX_LENGTH = 4000


def find_mentions(body: str, people: list) -> list:
    """Participants named as @Name in the text (longest names first, so '@Anna de Vries' wins)."""
    found, text = [], body.casefold()
    for user in sorted(people, key=lambda u: -len(display_name(u))):
        pattern = r"@" + re.escape(display_name(user).casefold()) + r"(?![\w])"
        if re.search(pattern, text):
            found.append(user)
            text = re.sub(pattern, " ", text)
    return found


@transaction.atomic
def post_message(*, actor: Any, request: CapacityRequest, body: str) -> Message:
    locked = CapacityRequest.objects.select_for_update().select_related("municipality").get(pk=request.pk)
    if not takes_part(actor, locked):
        raise NotAllowed(_("Alleen wie bij deze vraag betrokken is, kan in dit gesprek schrijven."))
    body = body.strip()
    if not body:
        raise field_error("body", _("Schrijf een bericht."))
    if len(body) > MAX_LENGTH:
        raise field_error(
            "body", _("Een bericht mag hoogstens %(n)s tekens hebben.") % {"n": MAX_LENGTH}, code="max_length"
        )
    people = participants(locked)
    mentioned = [u for u in find_mentions(body, people) if u.pk != actor.pk]
    message = Message.objects.create(request=locked, author=actor, author_name=display_name(actor), body=body)
    message.mentioned.set(mentioned)
    audit.record(
        actor=actor,
        action="gesprek.bericht",
        obj=message,
        changes={"request": locked.pk, "mentioned": [display_name(u) for u in mentioned]},
        municipality_code=locked.municipality.code,
    )
    params = {"author": message.author_name, "request": locked.title}
    link = reverse("conversation", args=[locked.pk]) + f"#bericht-{message.pk}"
    notify(kind=Kind.MENTION, recipients=mentioned, params=params, link=link, actor=actor)
    mentioned_ids = {u.pk for u in mentioned}
    others = [u for u in people if u.pk not in mentioned_ids]
    notify(kind=Kind.REPLY, recipients=others, params=params, link=link, actor=actor)
    return message
