"""Calibration from the pool's own data: a hand-computed case, the demo pool, and a run that uses it."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from flexpool.demand.lifecycle import RequestStatus
from flexpool.engines.simulation import DemandAssumptions
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import HourEntry
from flexpool.scenarios import calibration, services
from flexpool.scenarios.models import Workshop
from tests import builders

MONDAY = builders.MONDAY


@pytest.fixture
def five_tasks(pool, assen, member):
    # Totals 100, 200, 150, 250, 300 hours in weekly entries of 50 from week 0: weeks 0..5 hold hours.
    for total in (100, 200, 150, 250, 300):
        builders.make_finished_request(pool, assen, member, ["50"] * (total // 50), first_week=0)
    # Not counted: a running request, and a rejected entry on a finished one.
    builders.make_finished_request(pool, assen, member, ["40"], first_week=20, status=RequestStatus.RUNNING)
    rejected = builders.make_finished_request(pool, assen, member, [], first_week=30)
    HourEntry.objects.create(
        assignment=rejected,
        week=MONDAY + timedelta(weeks=30),
        hours=Decimal("100"),
        status=HourStatus.REJECTED,
    )


def test_hand_computed_fit(five_tasks, pool):
    fit = calibration.fit_pool(pool.pk)
    values = {v.key: v for v in fit.values}
    # mean (100+200+150+250+300)/5 = 200; sample variance (100²+0+50²+50²+100²)/4 = 6250;
    # gamma shape by moments 200² / 6250 = 6.4
    assert values["mean_task_hours"].fitted == 200.0
    assert values["task_hours_shape"].fitted == 6.4
    assert fit.requests == 5 and fit.weeks == 6
    assert values["mean_task_hours"].default == round(sum(DemandAssumptions().mean_task_hours) / 3, 1)
    # the three skill means scale together: 200 / 173.3 ≈ 1.154
    scale = 200.0 / values["mean_task_hours"].default
    assert fit.demand_overrides() == {
        "mean_task_hours": [round(h * scale, 2) for h in DemandAssumptions().mean_task_hours],
        "task_hours_shape": 6.4,
    }


def test_too_little_data(pool, assen, member):
    for index in range(calibration.MIN_REQUESTS - 1):
        builders.make_finished_request(pool, assen, member, ["80"], first_week=index)
    fit = calibration.fit_pool(pool.pk)
    assert fit.requests == 4 and not fit.usable and fit.demand_overrides() == {}
    assert all(v.fitted is None for v in fit.values)


def test_detail_page_shows_the_table_and_a_run_uses_the_fitted_values(
    five_tasks, pool, coordinator, django_capture_on_commit_callbacks
):
    workshop = services.create_workshop(actor=coordinator, name="Atelier eigen data", region_code="ES03")
    client = Client()
    client.force_login(coordinator)
    page = client.get(reverse("workshop-detail", args=[workshop.pk])).content.decode()
    assert "Uit uw eigen gegevens" in page and 'id="calibration"' in page and 'name="use_fitted"' in page
    assert "6.4" in page or "6,4" in page
    data = {"replications": "10", "use_fitted": "1"}
    for index, scenario in enumerate(services.DEFAULT_SCENARIOS[:2]):
        data |= {
            f"s{index}-include": "1",
            f"s{index}-name": scenario["name"],
            f"s{index}-organisation": scenario["organisation"],
            f"s{index}-share": "100",
            f"s{index}-growth": "0",
        }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("workshop-detail", args=[workshop.pk]), data)
    assert response.status_code == 302
    run = workshop.runs.get()
    assert {s["demand"]["task_hours_shape"] for s in run.scenarios} == {6.4}
    assert run.results.get("bands")  # the run finished with the fitted demand
    parameters = services._parameters(run.scenarios[0])
    assert parameters.demand.task_hours_shape == 6.4 and parameters.demand.mean_task_hours[0] > 240


def test_checkbox_without_enough_data_is_a_clear_error(workshop, coordinator):
    client = Client()
    client.force_login(coordinator)
    page = client.get(reverse("workshop-detail", args=[workshop.pk])).content.decode()
    assert "te weinig gegevens" in page and 'name="use_fitted"' not in page
    data = {
        "replications": "10",
        "use_fitted": "1",
        "s0-include": "1",
        "s0-name": "A",
        "s0-organisation": "own",
    }
    data |= {
        "s1-include": "1",
        "s1-name": "B",
        "s1-organisation": "flexpool",
        "s0-share": "100",
        "s1-share": "100",
    }
    response = client.post(reverse("workshop-detail", args=[workshop.pk]), data)
    assert response.status_code == 200 and "te weinig eigen gegevens" in response.content.decode()
    assert not workshop.runs.exists()


def test_demo_pool(db, reference_data):
    from flexpool.demo.build import build_demo
    from flexpool.pool.models import Pool

    build_demo()
    results = {}
    for pool in Pool.objects.all():
        fit = calibration.fit_pool(pool.pk)
        finished = HourEntry.objects.filter(
            assignment__request__pool=pool,
            assignment__request__status=RequestStatus.COMPLETED,
            status=HourStatus.APPROVED,
        )
        assert fit.weeks == finished.values("week").distinct().count()
        results[pool.name] = fit
    usable = [fit for fit in results.values() if fit.requests]
    assert any(fit.usable for fit in usable), "the demo pool has enough finished requests to fit"
    assert usable, "the demo has finished requests with approved hours"
    for fit in usable:
        mean = fit.values[0]
        if fit.usable:
            assert 1 <= mean.fitted <= 5_000 and fit.values[1].fitted > 0
        else:
            assert fit.requests < calibration.MIN_REQUESTS and mean.fitted is None


def test_no_pool_no_table(coordinator, council):
    workshop = Workshop.objects.create(name="Zonder pool", region=None)
    assert calibration.fit_pool(workshop.pool_id) is None
    client = Client()
    client.force_login(council)
    assert (
        "Uit uw eigen gegevens"
        not in client.get(reverse("workshop-detail", args=[workshop.pk])).content.decode()
    )
