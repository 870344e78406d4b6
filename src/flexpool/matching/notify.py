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


def _extension_params(extension) -> dict[str, str]:
    from django.utils.formats import date_format

    assignment = extension.assignment
    return {
        **request_params(assignment.request),
        "member": assignment.member.name,
        "end": date_format(extension.end, "j F Y"),
    }


def extension_proposed(*, actor: Any, extension) -> None:
    request = extension.assignment.request
    notify(
        kind=Kind.EXTENSION_PROPOSED,
        recipients=recipients.paying_contacts(request),
        params=_extension_params(extension),
        link=reverse("extension-detail", args=[extension.pk]),
        actor=actor,
    )


def extension_agreed(*, actor: Any, extension) -> None:
    assignment = extension.assignment
    request = assignment.request
    notify(
        kind=Kind.EXTENSION_AGREED,
        recipients=[
            *recipients.paying_contacts(request),
            *recipients.coordinators_of(request.pool_id),
            *recipients.member_users([assignment.member_id]),
        ],
        params=_extension_params(extension),
        link=reverse("extension-detail", args=[extension.pk]),
        actor=actor,
    )


def extension_declined(*, actor: Any, extension) -> None:
    request = extension.assignment.request
    by = next(
        (
            c.municipality.name
            for c in extension.consents.select_related("municipality")
            if c.decision == "afgewezen"
        ),
        "",
    )
    notify(
        kind=Kind.EXTENSION_DECLINED,
        recipients=[*recipients.paying_contacts(request), *recipients.coordinators_of(request.pool_id)],
        params={**_extension_params(extension), "by": by},
        link=reverse("extension-detail", args=[extension.pk]),
        actor=actor,
    )
