"""The design workshop through its services: a run in the background, its results and downloads."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError

from flexpool.core.errors import NotAllowed
from flexpool.core.models import AuditRecord, TaskProgress
from flexpool.engines.simulation import METRICS
from flexpool.scenarios import exports, services
from flexpool.scenarios.presentation import summary_rows
from tests.scenarios.conftest import SCENARIOS


def test_run_stores_results_for_each_scenario(finished_run):
    run = finished_run
    assert run.progress.status == TaskProgress.Status.DONE
    results = run.results
    assert set(results["bands"]) == {"Eigen organisatie", "Flexpool"}
    assert results["years"][0] == 2025 and results["years"][-1] == 2050
    for bands in results["bands"].values():
        assert set(bands) == set(METRICS)
        band = bands["on_time_share"]
        assert len(band["p50"]) == len(results["years"])
        assert all(
            lo <= mid <= hi
            for lo, mid, hi in zip(band["p10"], band["p50"], band["p90"], strict=True)
            if lo is not None
        )
    assert [row["name"] for row in results["summary"]["on_time_share"]] == ["Eigen organisatie", "Flexpool"]
    assert results["tornado"]["scenario"] == "Eigen organisatie"
    assert len(results["tornado"]["bars"]) >= 5
    assert results["municipalities"] == ["Assen", "Coevorden", "Emmen"]
    actions = set(AuditRecord.objects.values_list("action", flat=True))
    assert {"atelier.aangemaakt", "atelier.doorrekening_gestart", "atelier.doorgerekend"} <= actions


def test_scenarios_are_validated(workshop, coordinator):
    with pytest.raises(ValidationError) as error:
        services.start_run(workshop=workshop, actor=coordinator, scenarios=SCENARIOS[:1])
    assert "scenarios" in error.value.message_dict
    double = [SCENARIOS[0], {**SCENARIOS[1], "name": SCENARIOS[0]["name"], "pool_initial_share": 2}]
    with pytest.raises(ValidationError) as error:
        services.start_run(workshop=workshop, actor=coordinator, scenarios=double)
    assert {"s1-name", "s1-pool_initial_share"} <= set(error.value.message_dict)


def test_council_may_not_run(workshop, council):
    with pytest.raises(NotAllowed):
        services.start_run(workshop=workshop, actor=council, scenarios=SCENARIOS)
    with pytest.raises(NotAllowed):
        services.create_workshop(actor=council, name="x", region_code="ES03")


def test_workshop_for_a_region_takes_its_municipalities(coordinator):
    workshop = services.create_workshop(actor=coordinator, name="Drenthe", region_code="ES03")
    assert workshop.region.name == "Drenthe"
    assert workshop.municipalities.count() == 12


def test_csv_has_a_row_per_scenario_metric_and_year(finished_run):
    content = exports.run_csv(finished_run, "machine").content
    rows = list(csv.reader(io.StringIO(content.decode())))
    assert rows[0] == ["scenario", "metric", "year", "p10", "p50", "p90"]
    years = len(finished_run.results["years"])
    assert len(rows) - 1 == 2 * len(METRICS) * years
    keys = {(r[0], r[1], r[2]) for r in rows[1:]}
    assert ("Flexpool", "on_time_share", "2030") in keys


def test_pdf_contains_region_and_figures(finished_run):
    from pypdf import PdfReader

    finished_run.workshop.next_steps = "Raadsinformatiebrief in maart"
    finished_run.workshop.save()
    data = exports.run_pdf(finished_run)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Assen" in text and "Emmen" in text  # the municipalities of the region
    figure = summary_rows(finished_run.results)[0].cells[0]["p50"]  # median on-time share, as on the page
    assert figure in text
    assert "Raadsinformatiebrief in maart" in text


def test_pdf_names_the_res_region(coordinator, django_capture_on_commit_callbacks):
    from pypdf import PdfReader

    workshop = services.create_workshop(actor=coordinator, name="Drenthe", region_code="ES03")
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_run(workshop=workshop, actor=coordinator, scenarios=SCENARIOS, replications=20)
    run.refresh_from_db()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(exports.run_pdf(run))).pages)
    assert "Drenthe (ES03)" in text


def test_a_failed_run_is_shown_as_failed(workshop, coordinator, django_capture_on_commit_callbacks):
    workshop.municipalities.clear()
    with django_capture_on_commit_callbacks(execute=True):  # the task backend logs the error
        services.start_run(workshop=workshop, actor=coordinator, scenarios=SCENARIOS, replications=20)
    run = workshop.runs.get()
    assert run.progress.status == TaskProgress.Status.FAILED
    assert "geen gemeenten" in run.progress.message


def test_start_small_pool_curve_and_differences(workshop, coordinator, django_capture_on_commit_callbacks):
    from pypdf import PdfReader

    scenarios = [
        {"name": "Groot", "organisation": "flexpool", "pool_initial_share": 1.0, "pool_growth_years": 0},
        {
            "name": "Klein",
            "organisation": "flexpool",
            "pool_initial_share": 0.5,
            "pool_growth_years": 4,
            "founders": ["GM0114"],
            "late_join_after_years": 3,
        },
    ]
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_run(
            workshop=workshop, actor=coordinator, scenarios=scenarios, replications=40, service_level=0.8
        )
    run.refresh_from_db()
    results = run.results
    assert run.scenarios[1]["founders"] == ["GM0114"]
    difference = results["differences"]["Klein"]["on_time_share"]
    assert difference["p10"] <= difference["p50"] <= difference["p90"]
    curve = results["pool_curve"]
    assert curve["scenario"] == "Groot" and curve["service_level"] == 0.8
    sizes = [p["fte"] for p in curve["points"]]
    assert sizes == sorted(sizes) and len(sizes) >= 5
    medians = [p["on_time_share"][1] for p in curve["points"]]
    reaching = [p["fte"] for p in curve["points"] if p["on_time_share"][1] >= 0.8]
    assert curve["smallest_fte"] == (min(reaching) if reaching else None)
    assert medians[-1] > medians[0]  # a bigger pool gets more work done on time
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(exports.run_pdf(run))).pages)
    text = " ".join(text.split())
    assert "Hoe groot moet de pool zijn?" in text and "Verschil met Groot" in text
    assert "1 gemeente begint, de andere na 3 jaar" in text


def test_founders_outside_the_workshop_are_refused(workshop, coordinator):
    scenarios = [dict(s) for s in SCENARIOS]
    scenarios[1]["founders"] = ["GM0363"]  # Amsterdam is not in this workshop
    with pytest.raises(ValidationError) as error:
        services.start_run(workshop=workshop, actor=coordinator, scenarios=scenarios, replications=20)
    assert "s1-founders" in error.value.message_dict
