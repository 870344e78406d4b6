"""What the apps built on demand want to hear about a request's status changes.

`demand.services.transition` calls every registered function with (actor, request, action) after the
change, inside its transaction. The evaluations app, for example, asks the paying municipalities for
an evaluation when a request is completed. A lower app never imports a higher one: they register here
in their `AppConfig.ready`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

AfterTransition = Callable[[Any, Any, str], None]

_after_transition: list[AfterTransition] = []


def after_transition(hook: AfterTransition) -> AfterTransition:
    if hook not in _after_transition:
        _after_transition.append(hook)
    return hook


def transitioned(actor: Any, request: Any, action: str) -> None:
    for hook in _after_transition:
        hook(actor, request, action)
