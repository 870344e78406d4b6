"""Background tasks of the agreements app (thin wrappers), queued by `flexpool run_schedule`."""

from django.utils import timezone
from django_tasks import task

from flexpool.agreements import reminders


@task()
def warn_agreements_expiring() -> dict[str, int]:
    """Daily: tell coordinators and the parties' contacts about agreements that end within 90 or 30 days."""
    return {"warned": reminders.warn_agreements_expiring(today=timezone.localdate())}
