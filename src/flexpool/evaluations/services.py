"""Writing an evaluation, and asking for one when a request is completed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import can_act_for_municipality
from flexpool.core import audit
from flexpool.core.errors import NotAllowed, ValidationError, field_error
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.demand.notify import request_params
from flexpool.evaluations.models import ASPECTS, Evaluation
from flexpool.notifications.kinds import Kind
from flexpool.notifications.services import notify
from flexpool.pool import recipients
from flexpool.regions.models import Municipality


@dataclass(frozen=True)
class Scores:
    result: int
    cooperation: int
    again: int
    went_well: str = ""
    could_be_better: str = ""


@transaction.atomic
def write_evaluation(*, actor: Any, request: CapacityRequest, scores: Scores) -> Evaluation:
    """A paying municipality's contact rates the completed work, once per municipality."""
    locked = CapacityRequest.objects.select_for_update().select_related("municipality").get(pk=request.pk)
    municipality_id = next((m for m in locked.party_ids() if can_act_for_municipality(actor, m)), None)
    if municipality_id is None:
        raise NotAllowed(_("Alleen een gemeente die meebetaalde aan deze vraag kan het werk evalueren."))
    if locked.status != RequestStatus.COMPLETED:
        raise field_error("request", _("U kunt een vraag evalueren als het werk is afgerond."))
    errors = {
        aspect: [_("Kies een cijfer van 1 tot en met 5.")]
        for aspect in ASPECTS
        if not isinstance(getattr(scores, aspect), int) or not 1 <= getattr(scores, aspect) <= 5
    }
    if errors:
        raise ValidationError(errors)
    municipality = Municipality.objects.get(pk=municipality_id)
    if Evaluation.objects.filter(request=locked, municipality=municipality).exists():
        raise field_error(
            "request", _("%(name)s heeft deze vraag al geëvalueerd.") % {"name": municipality.name}
        )
    try:
        with transaction.atomic():
            evaluation = Evaluation.objects.create(
                request=locked,
                municipality=municipality,
                result=scores.result,
                cooperation=scores.cooperation,
                again=scores.again,
                went_well=scores.went_well.strip(),
                could_be_better=scores.could_be_better.strip(),
                written_by=actor,
            )
    except IntegrityError:
        raise field_error(
            "request", _("%(name)s heeft deze vraag al geëvalueerd.") % {"name": municipality.name}
        ) from None
    audit.record(
        actor=actor,
        action="evaluatie.geschreven",
        obj=evaluation,
        changes={"result": scores.result, "cooperation": scores.cooperation, "again": scores.again},
        municipality_code=municipality.code,
        pool_id=locked.pool_id,
    )
    return evaluation


def ask_on_completion(actor: Any, request: CapacityRequest, action: str) -> None:
    """After `demand.services.transition`: a completed request asks its paying municipalities to evaluate."""
    if action != RequestAction.COMPLETE:
        return
    notify(
        kind=Kind.EVALUATION_ASKED,
        recipients=recipients.paying_contacts(request),
        params=request_params(request),
        link=reverse("evaluation-create", args=[request.pk]),
        actor=actor,
        key=f"evaluatie-{request.pk}",
    )
