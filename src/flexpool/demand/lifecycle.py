"""The lifecycle of a capacity request, as one table."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from flexpool.core.lifecycle import Lifecycle


class RequestStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    SUBMITTED = "ingediend", _("Ingediend")
    IN_INTAKE = "in_behandeling", _("In behandeling")
    PROPOSED = "voorgesteld", _("Voorgesteld")
    ACCEPTED = "geaccepteerd", _("Geaccepteerd")
    RUNNING = "lopend", _("Lopend")
    COMPLETED = "afgerond", _("Afgerond")
    WITHDRAWN = "ingetrokken", _("Ingetrokken")
    REJECTED = "afgewezen", _("Afgewezen")


class RequestAction(models.TextChoices):
    SUBMIT = "indienen", _("Indienen")
    TAKE_INTO_INTAKE = "in_behandeling_nemen", _("In behandeling nemen")
    PROPOSE = "voorstellen", _("Voorstellen")
    ACCEPT = "accepteren", _("Voorstel accepteren")
    DECLINE = "voorstel_afwijzen", _("Voorstel afwijzen")
    START = "starten", _("Starten")
    COMPLETE = "afronden", _("Afronden")
    REOPEN = "heropenen", _("Heropenen")
    WITHDRAW = "intrekken", _("Intrekken")
    REJECT = "afwijzen", _("Afwijzen")


S, A = RequestStatus, RequestAction

REQUEST_LIFECYCLE = Lifecycle(
    name="capaciteitsvraag",
    transitions={
        (S.CONCEPT, A.SUBMIT): S.SUBMITTED,
        (S.CONCEPT, A.WITHDRAW): S.WITHDRAWN,
        (S.SUBMITTED, A.TAKE_INTO_INTAKE): S.IN_INTAKE,
        (S.SUBMITTED, A.WITHDRAW): S.WITHDRAWN,
        (S.SUBMITTED, A.REJECT): S.REJECTED,
        (S.IN_INTAKE, A.PROPOSE): S.PROPOSED,
        (S.IN_INTAKE, A.WITHDRAW): S.WITHDRAWN,
        (S.IN_INTAKE, A.REJECT): S.REJECTED,
        (S.PROPOSED, A.ACCEPT): S.ACCEPTED,
        # Declining a proposal sends the request back to the coordinator for another one.
        (S.PROPOSED, A.DECLINE): S.IN_INTAKE,
        (S.PROPOSED, A.WITHDRAW): S.WITHDRAWN,
        (S.ACCEPTED, A.START): S.RUNNING,
        (S.ACCEPTED, A.WITHDRAW): S.WITHDRAWN,
        # A member who declines an accepted proposal sends the request back to intake.
        (S.ACCEPTED, A.REOPEN): S.IN_INTAKE,
        (S.RUNNING, A.COMPLETE): S.COMPLETED,
    },
    labels=dict(RequestStatus.choices),
)

OPEN_STATUSES = (S.SUBMITTED, S.IN_INTAKE, S.PROPOSED)
