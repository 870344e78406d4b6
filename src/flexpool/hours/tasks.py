"""Background tasks of the hours app (thin wrappers), queued by `flexpool run_schedule`."""

from django.utils import timezone
from django_tasks import task

from flexpool.hours import reminders


@task()
def remind_missing_hours() -> dict[str, int]:
    """Weekly: tell each member which finished weeks still have no hours."""
    return {"reminded": reminders.remind_missing_hours(today=timezone.localdate())}


@task()
def warn_periods_closing() -> dict[str, int]:
    """Daily: tell finance about open periods that end within five days."""
    return {"warned": reminders.warn_periods_closing(today=timezone.localdate())}
