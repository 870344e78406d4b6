"""Notifications of the pool app: competence levels to validate, and the outcome."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from flexpool.notifications.kinds import Kind
from flexpool.notifications.services import notify
from flexpool.pool import recipients


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
