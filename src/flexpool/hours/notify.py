"""Notifications of the hours app: hours to approve, hours rejected."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from flexpool.core.weeks import iso_label
from flexpool.demand.notify import request_params
from flexpool.notifications.kinds import Kind
from flexpool.notifications.services import notify
from flexpool.pool import recipients


def hours_submitted(*, actor: Any, entry) -> None:
    assignment = entry.assignment
    notify(
        kind=Kind.HOURS_SUBMITTED,
        recipients=recipients.filing_contacts(assignment.request),
        params={
            **request_params(assignment.request),
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
        params={**request_params(assignment.request), "week": iso_label(entry.week), "reason": entry.reason},
        link=reverse("hours-mine"),
        actor=actor,
    )
