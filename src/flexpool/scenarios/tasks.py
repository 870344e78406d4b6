"""Background tasks of the design workshops: thin wrappers over services."""

from django_tasks import task

from flexpool.scenarios.services import compute_run


@task()
def run_scenarios_task(run_id: int) -> dict:
    run = compute_run(run_id)
    return {"scenarios": len(run.scenarios)}
