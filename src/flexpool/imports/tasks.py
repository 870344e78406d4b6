"""The CSV import as a background task (django-tasks; a worker runs it: `flexpool db_worker`).

Progress is written to a `core.TaskProgress` row whose id the task receives, so a page can poll it.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _
from django_tasks import task

from flexpool.core import progress
from flexpool.core.errors import NotAllowed
from flexpool.core.models import TaskProgress
from flexpool.core.progress import enqueue_on_commit
from flexpool.imports.importers import IMPORTERS, KIND_LABELS, ImportFailed, ImportResult, import_requests
from flexpool.pool.models import Pool

logger = logging.getLogger(__name__)

IMPORT_KINDS = ("members", "requests")
FINISHED = (TaskProgress.Status.DONE, TaskProgress.Status.FAILED)


class TenPercentReporter:
    """Turns per-row callbacks into a progress update at every 10% of the rows.

    Checking takes the first half of the bar, writing the second. Updates written while the
    import's transaction is open become visible to other connections when it commits.
    """

    PHASES = {"controleren": 0.0, "importeren": 0.5}

    def __init__(self, progress_id: str):
        self.progress_id = progress_id
        self.last: dict[str, int] = {}

    def __call__(self, done: int, total: int, phase: str) -> None:
        tenth = (done * 10) // max(total, 1)
        if tenth <= self.last.get(phase, 0) and done != 1:
            return
        self.last[phase] = tenth
        offset = self.PHASES.get(phase, 0.0)
        progress.advance(
            self.progress_id,
            offset + 0.5 * done / max(total, 1),
            _("%(phase)s: rij %(done)s van %(total)s")
            % {"phase": phase.capitalize(), "done": done, "total": total},
        )


@task()
def import_csv_task(progress_id: str, kind: str, pool_id: int, actor_id: int, text: str) -> dict[str, Any]:
    """Import a CSV file of `kind` ('members' or 'requests'), all or nothing."""
    done = TaskProgress.objects.filter(pk=progress_id, status__in=FINISHED).values_list("result", flat=True)
    if done:  # run again after its worker died, but it had finished: nothing more to do
        return done[0]
    progress.start(progress_id, _("Import gestart"))
    try:
        pool = Pool.objects.get(pk=pool_id)
        actor = get_user_model().objects.get(pk=actor_id)

        def finish(result: ImportResult) -> None:
            progress.finish(
                progress_id,
                {"created": result.created},
                message=_("%(n)s %(what)s geïmporteerd.") % {"n": result.created, "what": KIND_LABELS[kind]},
            )

        reporter = TenPercentReporter(progress_id)
        if kind == "requests":
            # Short transactions per batch; "done" commits with the step that makes the rows
            # visible, and a rerun removes what a dead worker left (imports.requests).
            import_requests(
                pool,
                text,
                actor,
                on_progress=reporter,
                import_run=uuid.UUID(progress_id),
                on_published=finish,
            )
        else:
            with transaction.atomic():  # the rows and "done" commit together, so a rerun cannot repeat them
                finish(IMPORTERS[kind](pool, text, actor, on_progress=reporter))
        outcome = TaskProgress.objects.get(pk=progress_id).result
    except ImportFailed as failed:
        outcome = {"errors": failed.as_dicts()}
        progress.finish(
            progress_id,
            outcome,
            failed=True,
            message=_("%(n)s fout(en) gevonden; er is niets geïmporteerd.") % {"n": len(failed.errors)},
        )
        return outcome
    except NotAllowed as refused:
        outcome = {"errors": [{"row": None, "column": "", "message": str(refused)}]}
        progress.finish(progress_id, outcome, failed=True, message=str(refused))
        return outcome
    except Exception:
        logger.exception("Import %s in pool %s failed", kind, pool_id)
        message = _("Onverwachte fout; er is niets geïmporteerd. De beheerder kan de log inzien.")
        progress.finish(
            progress_id,
            {"errors": [{"row": None, "column": "", "message": message}]},
            failed=True,
            message=message,
        )
        raise
    return outcome


def start_import(kind: str, pool, actor, text: str) -> TaskProgress:
    """Create the progress row and enqueue the import once the current transaction commits."""
    if kind not in IMPORT_KINDS:
        raise ValueError(f"Unknown import kind {kind!r}; expected one of {IMPORT_KINDS}.")
    row = TaskProgress.objects.create(kind=f"import.{kind}", owner=actor, message=_("In de wachtrij"))
    progress_id, pool_id, actor_id = str(row.pk), pool.pk, actor.pk
    enqueue_on_commit(import_csv_task, row, progress_id, kind, pool_id, actor_id, text)
    return row
