import pytest

from flexpool.scenarios import services

SCENARIOS = [
    {"name": "Eigen organisatie", "organisation": "own", "pool_initial_share": 1.0, "pool_growth_years": 0},
    {"name": "Flexpool", "organisation": "flexpool", "pool_initial_share": 0.5, "pool_growth_years": 4},
]


@pytest.fixture
def workshop(coordinator):
    return services.create_workshop(
        actor=coordinator, name="Atelier Drenthe-Zuid", municipality_codes=["GM0106", "GM0109", "GM0114"]
    )


@pytest.fixture
def finished_run(workshop, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_run(workshop=workshop, actor=coordinator, scenarios=SCENARIOS, replications=20)
    run.refresh_from_db()
    return run
