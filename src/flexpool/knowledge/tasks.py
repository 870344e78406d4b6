"""Background tasks of the knowledge app: thin wrappers over services."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django_tasks import task

from flexpool.core import progress
from flexpool.knowledge.models import Processing
from flexpool.knowledge.services import read_files


@task()
def read_files_task(progress_id: str, item_id: int) -> dict[str, str]:
    """Read the text of a knowledge item's new files within the limits, then index or refuse it."""
    progress.start(progress_id, _("Bestanden worden gelezen"))
    status = read_files(item_id=item_id, progress_id=progress_id)
    outcome = {"status": status}
    progress.finish(
        progress_id,
        outcome,
        failed=status == Processing.REFUSED,
        message=_("Het item is te vinden.") if status == Processing.READY else _("Het bestand is geweigerd."),
    )
    return outcome
