"""The kinds of notification: who gets them, and the text (rendered in the reader's language).

Texts carry only what the recipient may see on the page the notification links to: a request's
title and municipality, a week, a person's name as shown on that page, a reason given to that person.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from flexpool.accounts.roles import Role


class Kind(models.TextChoices):
    REQUEST_SUBMITTED = "vraag_ingediend", _("Nieuwe vraag voor intake")
    PROPOSAL_MADE = "voorstel_gedaan", _("Voorstel voor een vraag")
    PROPOSAL_DECLINED = "voorstel_afgewezen", _("Voorstel afgewezen door de gemeente")
    PROPOSAL_ACCEPTED = "voorstel_geaccepteerd", _("Inzet om te bevestigen")
    ASSIGNMENT_CONFIRMED = "inzet_bevestigd", _("Inzet bevestigd door het poollid")
    ASSIGNMENT_DECLINED = "inzet_afgewezen", _("Inzet afgewezen door het poollid")
    HOURS_SUBMITTED = "uren_ingediend", _("Uren om goed te keuren")
    HOURS_REJECTED = "uren_afgekeurd", _("Uren afgekeurd")
    HOURS_MISSING = "uren_ontbreken", _("Herinnering: uren ontbreken")
    PERIOD_CLOSING = "periode_sluit", _("Periode sluit bijna")
    COMPETENCE_CLAIMED = "competentie_gevraagd", _("Competentie om te valideren")
    COMPETENCE_APPROVED = "competentie_gevalideerd", _("Competentie gevalideerd")
    COMPETENCE_REJECTED = "competentie_afgewezen", _("Competentie niet gevalideerd")
    MENTION = "genoemd", _("U bent genoemd in een gesprek")
    REPLY = "gesprek_bericht", _("Nieuw bericht in een gesprek")
    EXTENSION_PROPOSED = "verlenging_voorgesteld", _("Verlenging van een inzet om over te beslissen")
    EXTENSION_AGREED = "verlenging_akkoord", _("Inzet verlengd")
    EXTENSION_DECLINED = "verlenging_afgewezen", _("Verlenging afgewezen")
    EVALUATION_ASKED = "evaluatie_gevraagd", _("Vraag om een evaluatie")
    AGREEMENT_EXPIRING = "overeenkomst_loopt_af", _("Overeenkomst loopt af")


class Delivery(models.TextChoices):
    IMMEDIATELY = "direct", _("Direct per e-mail")
    DIGEST = "dagelijks", _("Eén keer per dag, samengevat")
    OFF = "uit", _("Geen e-mail (alleen in Flexpool)")


@dataclass(frozen=True)
class KindText:
    roles: frozenset[Role]
    title: Promise  # one line, with %(name)s parameters


C, K, M, F = Role.COORDINATOR, Role.CONTACT, Role.MEMBER, Role.FINANCE

TEXTS: dict[str, KindText] = {
    Kind.REQUEST_SUBMITTED: KindText(
        frozenset({C}), _("%(municipality)s heeft een nieuwe vraag ingediend: %(request)s")
    ),
    Kind.PROPOSAL_MADE: KindText(
        frozenset({K}), _("De pool doet een voorstel voor uw vraag %(request)s. Wilt u het beoordelen?")
    ),
    Kind.PROPOSAL_DECLINED: KindText(
        frozenset({C}), _("%(municipality)s heeft het voorstel voor %(request)s afgewezen")
    ),
    Kind.PROPOSAL_ACCEPTED: KindText(
        frozenset({M}), _("%(municipality)s wil u inzetten voor %(request)s. Wilt u dit bevestigen?")
    ),
    Kind.ASSIGNMENT_CONFIRMED: KindText(
        frozenset({K, C}), _("%(member)s heeft de inzet voor %(request)s bevestigd")
    ),
    Kind.ASSIGNMENT_DECLINED: KindText(
        frozenset({K, C}), _("%(member)s kan de inzet voor %(request)s niet doen")
    ),
    Kind.HOURS_SUBMITTED: KindText(
        frozenset({K}), _("%(member)s heeft uren ingediend voor %(week)s (%(request)s)")
    ),
    Kind.HOURS_REJECTED: KindText(
        frozenset({M}), _("Uw uren van %(week)s voor %(request)s zijn afgekeurd: %(reason)s")
    ),
    Kind.HOURS_MISSING: KindText(frozenset({M}), _("U hebt nog geen uren geschreven voor %(weeks)s")),
    Kind.PERIOD_CLOSING: KindText(
        frozenset({F}), _("De periode %(period)s van %(pool)s eindigt op %(end)s en is nog niet verrekend")
    ),
    Kind.COMPETENCE_CLAIMED: KindText(
        frozenset({C}),
        ngettext_lazy(
            "%(member)s vraagt u %(count)s competentie te valideren",
            "%(member)s vraagt u %(count)s competenties te valideren",
            "count",
        ),
    ),
    Kind.COMPETENCE_APPROVED: KindText(
        frozenset({M}), _("De coördinator heeft niveau %(level)s voor %(competence)s gevalideerd")
    ),
    Kind.COMPETENCE_REJECTED: KindText(
        frozenset({M}),
        _("De coördinator heeft niveau %(level)s voor %(competence)s niet gevalideerd: %(reason)s"),
    ),
    Kind.MENTION: KindText(frozenset({C, K, M}), _("%(author)s noemt u in het gesprek over %(request)s")),
    Kind.REPLY: KindText(
        frozenset({C, K, M}), _("%(author)s schreef een bericht in het gesprek over %(request)s")
    ),
    Kind.EXTENSION_PROPOSED: KindText(
        frozenset({K}),
        _(
            "De pool stelt voor de inzet van %(member)s voor %(request)s te verlengen tot %(end)s. "
            "Gaat u akkoord?"
        ),
    ),
    Kind.EXTENSION_AGREED: KindText(
        frozenset({C, K, M}), _("De inzet van %(member)s voor %(request)s is verlengd tot %(end)s")
    ),
    Kind.EXTENSION_DECLINED: KindText(
        frozenset({C, K}), _("%(by)s heeft de verlenging van %(member)s voor %(request)s afgewezen")
    ),
    Kind.EVALUATION_ASKED: KindText(
        frozenset({K}), _("%(request)s is afgerond. Hoe ging het? Wilt u het werk evalueren?")
    ),
    Kind.AGREEMENT_EXPIRING: KindText(
        frozenset({C, K}),
        _("De overeenkomst %(agreement)s van %(pool)s loopt af op %(end)s, over %(days)s dagen"),
    ),
}


def kinds_for_roles(roles: frozenset[Role]) -> list[str]:
    """The kinds a user with these roles can receive (in the order of `Kind`)."""
    return [kind for kind in Kind.values if TEXTS[kind].roles & roles]
