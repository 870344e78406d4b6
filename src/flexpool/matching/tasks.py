"""Background tasks of the matching app: thin wrappers over services."""

from django_tasks import task

from flexpool.matching.batch import compute_batch_plan


@task()
def batch_plan_task(plan_id: int) -> dict:
    plan = compute_batch_plan(plan_id)
    return {"lines": len(plan.lines), "unmet": len(plan.unmet)}
