"""Notifications of the demand app: a new request for the pool's coordinators."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from flexpool.notifications.kinds import Kind
from flexpool.notifications.services import notify
from flexpool.pool import recipients


def request_params(request) -> dict[str, str]:
    """What every notification about a request may say: its title and municipality."""
    return {"request": request.title, "municipality": request.municipality.name}


def request_submitted(*, actor: Any, request) -> None:
    notify(
        kind=Kind.REQUEST_SUBMITTED,
        recipients=recipients.coordinators_of(request.pool_id),
        params=request_params(request),
        link=reverse("request-detail", args=[request.pk]),
        actor=actor,
    )
