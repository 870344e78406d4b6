"""Batch mode: plan the whole pool in the background, review, edit, and send as proposals."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from flexpool.core import audit, progress
from flexpool.core.models import TaskProgress
from flexpool.core.progress import enqueue_on_commit
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.engines import matching as engine
from flexpool.matching import services
from flexpool.matching.engine import build_context, explanation_json, explanation_text, open_requests
from flexpool.matching.models import BatchPlan
from flexpool.pool.models import Pool, PoolMember


def start_batch_plan(*, pool: Pool, actor: Any, time_limit_s: int = 20) -> BatchPlan:
    from flexpool.matching.tasks import batch_plan_task

    with transaction.atomic():
        tracker = TaskProgress.objects.create(kind="poolplanning", owner=actor)
        plan = BatchPlan.objects.create(
            pool=pool, created_by=actor, progress=tracker, time_limit_s=time_limit_s
        )
        audit.record(actor=actor, action="planning.gestart", obj=plan, changes={"time_limit_s": time_limit_s})
        enqueue_on_commit(batch_plan_task, tracker, plan.pk)
    return plan


def compute_batch_plan(plan_id: int) -> BatchPlan:
    plan = BatchPlan.objects.select_related("pool", "progress").get(pk=plan_id)
    if plan.progress.status == TaskProgress.Status.DONE:
        return plan  # run again after its worker died, but it had finished
    tracker = str(plan.progress_id)
    progress.start(tracker, "Invoer opbouwen")
    try:
        context = build_context(plan.pool, open_requests(plan.pool), time_limit_s=plan.time_limit_s)
        result = engine.plan(
            context.data,
            context.settings,
            on_progress=lambda fraction, message: progress.advance(tracker, fraction, message),
        )
    except Exception as error:  # the coordinator must see that the run failed, and why
        progress.finish(tracker, {"error": str(error)}, failed=True, message=str(error)[:200])
        raise
    plan.objective, plan.bound, plan.gap = result.objective, result.bound, result.gap
    plan.lines = [
        {
            "request": int(a.request_id),
            "title": context.requests[a.request_id].title,
            "municipality": context.requests[a.request_id].municipality.name,
            "member": int(a.member_id),
            "member_name": context.members[a.member_id].name,
            "hours_per_week": a.hours_per_week,
            "split": a.split,
            "points": round(a.points, 1),
            "criteria": explanation_json(a.criteria),
            "motivation": explanation_text(a.criteria),
        }
        for a in result.assignments
    ]
    plan.unmet = [
        {
            "request": int(u.request_id),
            "title": context.requests[u.request_id].title,
            "municipality": context.requests[u.request_id].municipality.name,
            "reasons": [r.message for r in u.reasons],
        }
        for u in result.unmet
    ]
    names = {m.code: m.name for m in context.data.municipalities}
    plan.fulfilment = [
        {
            "municipality": names.get(f.municipality, f.municipality),
            "requested": round(f.requested_hours),
            "served": round(f.served_hours),
            "fair_share": round(f.fair_share_hours),
        }
        for f in result.fulfilment
    ]
    plan.save()
    progress.finish(
        tracker,
        {"lines": len(plan.lines), "unmet": len(plan.unmet), "gap": result.gap},
        message=f"{len(plan.lines)} voorstellen, {len(plan.unmet)} vragen niet te vervullen",
    )
    return plan


def send_batch_plan(
    *, plan: BatchPlan, actor: Any, chosen: dict[int, int | None]
) -> tuple[int, dict[int, list[str]]]:
    """Send the chosen lines as proposals. `chosen` maps line index to a member id (None = skip).

    Each request is proposed in its own transaction, so one refused request does not stop the rest.
    """
    by_request: dict[int, list[tuple[dict, int]]] = defaultdict(list)
    for index, line in enumerate(plan.lines):
        member_id = chosen.get(index)
        if member_id:
            by_request[line["request"]].append((line, member_id))
    members = PoolMember.objects.in_bulk({m for lines in by_request.values() for _, m in lines})
    requests = CapacityRequest.objects.in_bulk(list(by_request))
    sent, errors = 0, {}
    for request_id, lines in by_request.items():
        request = requests.get(request_id)
        try:
            with transaction.atomic():
                if request is None:
                    raise ValidationError("De vraag bestaat niet meer.")
                if request.status == RequestStatus.SUBMITTED:
                    request = demand_services.transition(
                        actor=actor, request=request, action=RequestAction.TAKE_INTO_INTAKE
                    )
                candidates = [
                    services.Candidate(
                        members[member_id],
                        Decimal(str(line["hours_per_week"])),
                        line["motivation"] if member_id == line["member"] else "",
                        tuple(line["criteria"]) if member_id == line["member"] else (),
                    )
                    for line, member_id in lines
                ]
                services.propose(actor=actor, request=request, candidates=candidates)
                sent += 1
        except ValidationError as error:
            errors[request_id] = error.messages
    plan.sent_at = timezone.now()
    plan.save(update_fields=["sent_at"])
    audit.record(
        actor=actor, action="planning.verstuurd", obj=plan, changes={"sent": sent, "refused": len(errors)}
    )
    return sent, errors
