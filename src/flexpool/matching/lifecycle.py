"""The lifecycle of an assignment (inzet), as one table."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from flexpool.core.lifecycle import Lifecycle


class AssignmentStatus(models.TextChoices):
    PROPOSED = "voorgesteld", _("Voorgesteld")
    CONFIRMED = "bevestigd", _("Bevestigd")
    RUNNING = "lopend", _("Lopend")
    COMPLETED = "afgerond", _("Afgerond")
    DECLINED = "afgewezen", _("Afgewezen")
    CANCELLED = "geannuleerd", _("Geannuleerd")


class AssignmentAction(models.TextChoices):
    CONFIRM = "bevestigen", _("Bevestigen")
    START = "starten", _("Starten")
    COMPLETE = "afronden", _("Afronden")
    DECLINE = "afwijzen", _("Afwijzen")
    CANCEL = "annuleren", _("Annuleren")


S, A = AssignmentStatus, AssignmentAction

ASSIGNMENT_LIFECYCLE = Lifecycle(
    name="inzet",
    transitions={
        (S.PROPOSED, A.CONFIRM): S.CONFIRMED,
        (S.PROPOSED, A.DECLINE): S.DECLINED,
        (S.PROPOSED, A.CANCEL): S.CANCELLED,
        (S.CONFIRMED, A.START): S.RUNNING,
        (S.CONFIRMED, A.CANCEL): S.CANCELLED,
        (S.RUNNING, A.COMPLETE): S.COMPLETED,
    },
    labels=dict(AssignmentStatus.choices),
)

# Assignments that hold a member's hours: accepted by the municipality and not ended.
LIVE_STATUSES = (S.PROPOSED, S.CONFIRMED, S.RUNNING)
