"""The request lifecycle actions that change assignments too, registered with `demand.actions`."""

from __future__ import annotations

from typing import Any

from flexpool.demand.actions import handles
from flexpool.demand.lifecycle import RequestAction
from flexpool.demand.models import CapacityRequest
from flexpool.matching import services


@handles(RequestAction.ACCEPT)
def accept(*, actor: Any, request: CapacityRequest, reason: str) -> CapacityRequest:
    return services.accept_proposal(actor=actor, request=request)


@handles(RequestAction.DECLINE)
def decline(*, actor: Any, request: CapacityRequest, reason: str) -> CapacityRequest:
    return services.decline_proposal(actor=actor, request=request, reason=reason)


@handles(RequestAction.COMPLETE)
def complete(*, actor: Any, request: CapacityRequest, reason: str) -> CapacityRequest:
    return services.complete_request(actor=actor, request=request)
