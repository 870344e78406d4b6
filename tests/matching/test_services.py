"""The matching engine through the service layer: interactive suggestions and batch planning."""

from decimal import Decimal

from django.urls import reverse

from flexpool.core.models import TaskProgress
from flexpool.demand.lifecycle import RequestStatus
from flexpool.matching.batch import send_batch_plan, start_batch_plan
from flexpool.matching.engine import suggestions_for
from flexpool.matching.models import Assignment, BatchPlan
from tests import builders


def _members(pool):
    expert = builders.make_member(
        pool,
        "Fictief Expert Warmtenet",
        competences={"warmtenetten": 4, "projectleiding": 2},
        ties=["GM0114"],
    )
    leader = builders.make_member(
        pool, "Fictief Projectleider", competences={"projectleiding": 3}, ties=["GM0106"]
    )
    novice = builders.make_member(pool, "Fictief Beginner", competences={"projectleiding": 1})
    return expert, leader, novice


def test_suggestions_respect_hard_rules_and_explain(pool, assen):
    _expert, leader, _novice = _members(pool)
    request = builders.make_request(pool, assen, required=[("projectleiding", 3)], resident_facing=True)
    suggestions, pair = suggestions_for(request)
    names = [s.member.name for s in suggestions]
    assert names == [leader.name]  # only one with the level and ties to Assen
    assert not pair
    keys = {c.key for c in suggestions[0].criteria}
    assert {"travel", "competence_fit"} <= keys


def test_batch_plan_runs_in_the_background_and_sends_proposals(
    pool, coordinator, assen, emmen, django_capture_on_commit_callbacks
):
    expert, leader, _ = _members(pool)
    first = builders.make_request(pool, assen, required=[("projectleiding", 3)], hours_per_week=Decimal("16"))
    second = builders.make_request(pool, emmen, required=[("warmtenetten", 3)], hours_per_week=Decimal("8"))
    impossible = builders.make_request(pool, emmen, required=[("juridisch", 2)])
    with django_capture_on_commit_callbacks(execute=True):
        plan = start_batch_plan(pool=pool, actor=coordinator, time_limit_s=5)
    plan.refresh_from_db()
    assert plan.progress.status == TaskProgress.Status.DONE
    assert plan.bound is not None and plan.objective <= plan.bound + 1e-6
    proposed = {line["request"]: line["member"] for line in plan.lines}
    assert proposed == {first.pk: leader.pk, second.pk: expert.pk}
    [unmet] = plan.unmet
    assert unmet["request"] == impossible.pk and unmet["reasons"]

    chosen = {index: line["member"] for index, line in enumerate(plan.lines)}
    sent, errors = send_batch_plan(plan=plan, actor=coordinator, chosen=chosen)
    assert (sent, errors) == (2, {})
    first.refresh_from_db()
    assert first.status == RequestStatus.PROPOSED
    assignment = Assignment.objects.get(request=first)
    assert assignment.member == leader and assignment.explanation


def test_edited_line_that_breaks_a_rule_is_refused_and_the_rest_is_sent(
    pool, coordinator, assen, emmen, django_capture_on_commit_callbacks
):
    _expert, _leader, novice = _members(pool)
    first = builders.make_request(pool, assen, required=[("projectleiding", 3)])
    second = builders.make_request(pool, emmen, required=[("warmtenetten", 3)], hours_per_week=Decimal("8"))
    with django_capture_on_commit_callbacks(execute=True):
        plan = start_batch_plan(pool=pool, actor=coordinator, time_limit_s=5)
    plan.refresh_from_db()
    chosen = {
        i: (novice.pk if line["request"] == first.pk else line["member"]) for i, line in enumerate(plan.lines)
    }
    sent, errors = send_batch_plan(plan=plan, actor=coordinator, chosen=chosen)
    assert sent == 1 and list(errors) == [first.pk]
    assert "niveau" in errors[first.pk][0]
    second.refresh_from_db()
    assert second.status == RequestStatus.PROPOSED


def test_planning_pages(client, pool, coordinator, assen, django_capture_on_commit_callbacks):
    _members(pool)
    builders.make_request(pool, assen, required=[("projectleiding", 3)])
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("planning"), {"pool": pool.pk, "time_limit_s": "3"})
    plan = BatchPlan.objects.get()
    assert response["Location"] == reverse("planning-detail", args=[plan.pk])
    page = client.get(response["Location"]).content.decode()
    assert "Fictief Projectleider" in page and "bewezen bovengrens" in page
    response = client.post(
        reverse("planning-send", args=[plan.pk]), {"send-0": "1", "member-0": plan.lines[0]["member"]}
    )
    assert response.status_code == 302
    assert Assignment.objects.count() == 1
