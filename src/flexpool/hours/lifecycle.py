"""The lifecycle of an hour entry (urenregel), as one table."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from flexpool.core.lifecycle import Lifecycle


class HourStatus(models.TextChoices):
    SUBMITTED = "ingediend", _("Ingediend")
    APPROVED = "goedgekeurd", _("Goedgekeurd")
    REJECTED = "afgekeurd", _("Afgekeurd")


class HourAction(models.TextChoices):
    CHANGE = "wijzigen", _("Wijzigen")
    APPROVE = "goedkeuren", _("Goedkeuren")
    REJECT = "afkeuren", _("Afkeuren")
    RESUBMIT = "opnieuw_indienen", _("Opnieuw indienen")


S, A = HourStatus, HourAction

HOUR_LIFECYCLE = Lifecycle(
    name="urenregel",
    transitions={
        (S.SUBMITTED, A.CHANGE): S.SUBMITTED,
        (S.SUBMITTED, A.APPROVE): S.APPROVED,
        (S.SUBMITTED, A.REJECT): S.REJECTED,
        (S.REJECTED, A.RESUBMIT): S.SUBMITTED,
        # Approved is final: a change afterwards is a correction entry of its own.
    },
    labels=dict(HourStatus.choices),
)
