"""Background tasks of the matching app: thin wrappers over services."""

from django.utils import timezone
from django_tasks import task

from flexpool.matching.batch import compute_batch_plan
from flexpool.matching.services import start_due


@task()
def batch_plan_task(plan_id: int) -> dict:
    plan = compute_batch_plan(plan_id)
    return {"lines": len(plan.lines), "unmet": len(plan.unmet)}


@task()
def start_due_assignments_task() -> dict[str, int]:
    """Daily: start accepted requests whose members all confirmed and whose start date came."""
    return {"started": start_due(actor=None, today=timezone.localdate())}
