"""Notifications of the matching app: proposals, acceptance, confirmation and refusal.

Called inside the service's transaction, so a change that rolls back tells nobody.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from flexpool.demand.notify import request_params
from flexpool.notifications.kinds import Kind
from flexpool.notifications.services import notify
from flexpool.pool import recipients


def proposal_made(*, actor: Any, request) -> None:
    notify(
        kind=Kind.PROPOSAL_MADE,
        recipients=recipients.paying_contacts(request),
        params=request_params(request),
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )


def proposal_declined(*, actor: Any, request) -> None:
    notify(
        kind=Kind.PROPOSAL_DECLINED,
        recipients=recipients.coordinators_of(request.pool_id),
        params=request_params(request),
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )


def proposal_accepted(*, actor: Any, request, member_ids) -> None:
    notify(
        kind=Kind.PROPOSAL_ACCEPTED,
        recipients=recipients.member_users(member_ids),
        params=request_params(request),
        link=reverse("my-profile"),
        actor=actor,
    )


def assignment_confirmed(*, actor: Any, assignment) -> None:
    request = assignment.request
    notify(
        kind=Kind.ASSIGNMENT_CONFIRMED,
        recipients=recipients.paying_contacts(request),
        params={**request_params(request), "member": assignment.member.name},
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )


def assignment_declined(*, actor: Any, assignment) -> None:
    request = assignment.request
    notify(
        kind=Kind.ASSIGNMENT_DECLINED,
        recipients=[*recipients.paying_contacts(request), *recipients.coordinators_of(request.pool_id)],
        params={**request_params(request), "member": assignment.member.name},
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )
