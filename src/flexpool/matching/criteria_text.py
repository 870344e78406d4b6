"""The optimiser's criteria in the reader's language.

The engine (`flexpool.engines.matching`, plain Python without Django) names its criteria and
explains each score in fixed Dutch phrases. This module is the one place where those phrases become
translatable text, with proper plurals: "1 competentie boven het gevraagde niveau",
"2 competenties boven het gevraagde niveau". `tests/matching/test_criteria_text.py` checks that
every phrase the engine can produce is known here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from flexpool.engines.matching.results import CriterionScore

LABELS = {
    "competence_fit": gettext_lazy("Passend competentieniveau"),
    "continuity": gettext_lazy("Continuïteit (eerder voor deze gemeente gewerkt)"),
    "travel": gettext_lazy("Reisafstand"),
    "priority": gettext_lazy("Prioriteit van de vraag"),
    "start_date": gettext_lazy("Startdatum (urgentie)"),
    "development": gettext_lazy("Ontwikkelwens van de flexpooler"),
    "local_ties": gettext_lazy("Lokale binding (voorkeur)"),
    "hours": gettext_lazy("Geleverde uren"),
}

FIXED = {
    "geen vereiste competenties": gettext_lazy("geen vereiste competenties"),
    "niveau past precies": gettext_lazy("niveau past precies"),
    "heeft eerder voor deze gemeente gewerkt": gettext_lazy("heeft eerder voor deze gemeente gewerkt"),
    "nog niet eerder voor deze gemeente gewerkt": gettext_lazy("nog niet eerder voor deze gemeente gewerkt"),
    "geen ontwikkelwens in deze vraag": gettext_lazy("geen ontwikkelwens in deze vraag"),
    "geen bewonerscontact": gettext_lazy("geen bewonerscontact"),
    "lokale binding met de gemeente": gettext_lazy("lokale binding met de gemeente"),
    "bewonerscontact zonder lokale binding": gettext_lazy("bewonerscontact zonder lokale binding"),
}


def _over(n: str) -> str:
    count = int(n)
    return ngettext(
        "%(n)s competentie boven het gevraagde niveau", "%(n)s competenties boven het gevraagde niveau", count
    ) % {"n": count}


def _starts(n: str) -> str:
    weeks = int(n)
    if weeks == 0:
        return _("begint deze week")
    return ngettext("begint over %(n)s week", "begint over %(n)s weken", weeks) % {"n": weeks}


PATTERNS: list[tuple[re.Pattern[str], Callable[..., str]]] = [
    (re.compile(r"^(\d+) competenties? boven niveau$"), _over),
    (
        re.compile(r"^(\d+) km tussen woonplaats en gemeente$"),
        lambda n: _("%(n)s km tussen woonplaats en gemeente") % {"n": n},
    ),
    (re.compile(r"^prioriteit (\d+)$"), lambda n: _("prioriteit %(n)s") % {"n": n}),
    (re.compile(r"^start in week (\d+)$"), lambda n: _starts(n)),
    (re.compile(r"^ontwikkelwens: (.+)$"), lambda codes: _("ontwikkelwens: %(codes)s") % {"codes": codes}),
]


def detail_text(detail: str) -> str:
    """The engine's phrase in the active language; an unknown phrase is shown as it is."""
    if detail in FIXED:
        return str(FIXED[detail])
    for pattern, render in PATTERNS:
        match = pattern.match(detail)
        if match:
            return render(*match.groups())
    return detail


def translated(criteria: Iterable[CriterionScore]) -> tuple[CriterionScore, ...]:
    return tuple(
        dataclasses.replace(c, label=str(LABELS.get(c.key, c.label)), detail=detail_text(c.detail))
        for c in criteria
    )
