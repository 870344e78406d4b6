"""Lifecycle actions on a request and what the apps built on demand add to it, for pages and API alike.

Most actions only change the request's status (`demand.services.transition`). Accepting, declining and
completing also change assignments, which belong to matching; matching registers those handlers when it
loads (`MatchingConfig.ready`), so that demand does not import the app that builds on it. In the same
way, knowledge registers what happens after a request form is saved (linking reused work), and the
catalogue how a new request form starts from a menu item (`prefill`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from flexpool.accounts.permissions import can_act_for_municipality, coordinates_pool
from flexpool.demand import services
from flexpool.demand.lifecycle import REQUEST_LIFECYCLE, RequestAction
from flexpool.demand.models import CapacityRequest


class ActionHandler(Protocol):
    def __call__(self, *, actor: Any, request: CapacityRequest, reason: str) -> CapacityRequest: ...


AfterSave = Callable[[Any, CapacityRequest, Mapping[str, Any]], None]


@dataclass(frozen=True)
class Prefill:
    """How a new request form starts: initial values, hidden fields it posts back, and a line saying why."""

    initial: dict[str, Any]
    hidden: dict[str, str] = field(default_factory=dict)
    note: str = ""


PrefillProvider = Callable[[Any, Mapping[str, Any]], Prefill | None]

_handlers: dict[str, ActionHandler] = {}
_after_save: list[AfterSave] = []
_prefill: list[PrefillProvider] = []


def handles(action: str) -> Callable[[ActionHandler], ActionHandler]:
    """Register the handler of a lifecycle action that needs more than a status change."""

    def register(handler: ActionHandler) -> ActionHandler:
        _handlers[action] = handler
        return handler

    return register


def after_save(hook: AfterSave) -> AfterSave:
    """Register a function called with (actor, request, posted form data) after a request form is saved."""
    if hook not in _after_save:
        _after_save.append(hook)
    return hook


def prefill(provider: PrefillProvider) -> PrefillProvider:
    """Register a function called with (user, query parameters) when a new request form opens."""
    if provider not in _prefill:
        _prefill.append(provider)
    return provider


def prefill_for(user: Any, query: Mapping[str, Any]) -> Prefill | None:
    """The first prefill a registered provider offers for these query parameters, if any."""
    for provider in _prefill:
        found = provider(user, query)
        if found is not None:
            return found
    return None


def perform(*, actor: Any, request: CapacityRequest, action: str, reason: str = "") -> CapacityRequest:
    handler = _handlers.get(action)
    if handler is not None:
        return handler(actor=actor, request=request, reason=reason)
    return services.transition(actor=actor, request=request, action=action, reason=reason)


def saved(actor: Any, request: CapacityRequest, data: Mapping[str, Any]) -> None:
    for hook in _after_save:
        hook(actor, request, data)


def allowed_actions(user: Any, capacity_request: CapacityRequest) -> list[tuple[str, str]]:
    """The lifecycle actions this user may take now, as (action, label)."""
    labels = dict(RequestAction.choices)
    own = can_act_for_municipality(user, capacity_request.municipality_id)
    coordinator = coordinates_pool(user, capacity_request.pool_id)
    # Every paying municipality decides on a proposal until it has accepted its share.
    deciding = any(can_act_for_municipality(user, m) for m in capacity_request.pending_party_ids())
    by_role = {
        RequestAction.SUBMIT: own,
        RequestAction.WITHDRAW: own,
        RequestAction.ACCEPT: deciding,
        RequestAction.DECLINE: deciding,
        RequestAction.TAKE_INTO_INTAKE: coordinator,
        RequestAction.REJECT: coordinator,
        RequestAction.PROPOSE: coordinator,
        RequestAction.COMPLETE: coordinator,
    }
    possible = REQUEST_LIFECYCLE.actions_from(capacity_request.status)
    return [(a, labels[a]) for a in possible if by_role.get(a, False)]
