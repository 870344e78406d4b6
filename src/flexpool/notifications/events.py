"""What the services of other apps call when something happens that someone must know or act on.

Each function decides who is told and with which words; `services.notify` does the writing. They are
called inside the service's transaction, so a change that rolls back tells nobody, and e-mail is
queued only after the commit.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from flexpool.core.weeks import iso_label
from flexpool.notifications import recipients
from flexpool.notifications.kinds import Kind
from flexpool.notifications.services import notify


def _request_params(request) -> dict[str, str]:
    return {"request": request.title, "municipality": request.municipality.name}


def request_submitted(*, actor: Any, request) -> None:
    notify(
        kind=Kind.REQUEST_SUBMITTED,
        recipients=recipients.coordinators_of(request.pool_id),
        params=_request_params(request),
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )


def proposal_made(*, actor: Any, request) -> None:
    notify(
        kind=Kind.PROPOSAL_MADE,
        recipients=recipients.paying_contacts(request),
        params=_request_params(request),
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )


def proposal_declined(*, actor: Any, request) -> None:
    notify(
        kind=Kind.PROPOSAL_DECLINED,
        recipients=recipients.coordinators_of(request.pool_id),
        params=_request_params(request),
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )


def proposal_accepted(*, actor: Any, request, member_ids) -> None:
    notify(
        kind=Kind.PROPOSAL_ACCEPTED,
        recipients=recipients.member_users(member_ids),
        params=_request_params(request),
        link=reverse("my-profile"),
        actor=actor,
    )


def assignment_confirmed(*, actor: Any, assignment) -> None:
    request = assignment.request
    notify(
        kind=Kind.ASSIGNMENT_CONFIRMED,
        recipients=recipients.paying_contacts(request),
        params={**_request_params(request), "member": assignment.member.name},
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )


def assignment_declined(*, actor: Any, assignment) -> None:
    request = assignment.request
    notify(
        kind=Kind.ASSIGNMENT_DECLINED,
        recipients=[*recipients.paying_contacts(request), *recipients.coordinators_of(request.pool_id)],
        params={**_request_params(request), "member": assignment.member.name},
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )


def hours_submitted(*, actor: Any, entry) -> None:
    assignment = entry.assignment
    notify(
        kind=Kind.HOURS_SUBMITTED,
        recipients=recipients.filing_contacts(assignment.request),
        params={
            **_request_params(assignment.request),
            "member": assignment.member.name,
            "week": iso_label(entry.week),
        },
        link=reverse("hours-approve"),
        actor=actor,
    )


def hours_rejected(*, actor: Any, entry) -> None:
    assignment = entry.assignment
    notify(
        kind=Kind.HOURS_REJECTED,
        recipients=recipients.member_users([assignment.member_id]),
        params={**_request_params(assignment.request), "week": iso_label(entry.week), "reason": entry.reason},
        link=reverse("hours-mine"),
        actor=actor,
    )


def competence_claimed(*, actor: Any, member, count: int) -> None:
    notify(
        kind=Kind.COMPETENCE_CLAIMED,
        recipients=recipients.coordinators_of(member.pool_id),
        params={"member": member.name, "count": count},
        link=reverse("competence-claims"),
        actor=actor,
    )


def competence_decided(*, actor: Any, claim) -> None:
    from flexpool.pool.models import CompetenceClaim

    approved = claim.status == CompetenceClaim.Status.APPROVED
    notify(
        kind=Kind.COMPETENCE_APPROVED if approved else Kind.COMPETENCE_REJECTED,
        recipients=recipients.member_users([claim.member_id]),
        params={"competence": claim.competence.name, "level": claim.level, "reason": claim.reason},
        link=reverse("my-profile"),
        actor=actor,
    )
