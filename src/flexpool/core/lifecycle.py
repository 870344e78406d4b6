"""Lifecycles as explicit transition tables.

A table maps (from_status, action) to to_status. Service functions ask the table whether an
action is allowed; nothing else changes a status field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Lifecycle:
    name: str
    transitions: Mapping[tuple[str, str], str]
    labels: Mapping[str, str]

    def target(self, current: str, action: str) -> str:
        try:
            return self.transitions[(current, action)]
        except KeyError:
            raise ValidationError(
                _("%(action)s is niet mogelijk vanuit status '%(status)s'.")
                % {"action": action, "status": self.labels.get(current, current)},
                code="invalid_transition",
            ) from None

    def actions_from(self, current: str) -> list[str]:
        return [action for (state, action) in self.transitions if state == current]
