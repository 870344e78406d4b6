"""A Drenthe pool with a coordinator, two contacts, a member with an assignment, and agreements."""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from flexpool.agreements import services
from flexpool.agreements.models import AgreementKind
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from flexpool.pool.models import Membership
from tests import builders

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def docx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def values(**overrides) -> services.AgreementValues:
    data = dict(
        kind=AgreementKind.COOPERATION,
        title="Samenwerkingsovereenkomst Flexteam",
        starts_on=date(2025, 1, 1),
        ends_on=timezone.localdate() + timedelta(days=400),
        municipalities=[builders.municipality("GM0106")],
        host_is_party=True,
    )
    data.update(overrides)
    return services.AgreementValues(**data)


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council, other_coordinator):
    request = builders.make_request(pool, assen)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    matching.accept_proposal(actor=assen, request=request)
    assignment = request.assignments.get()
    today = timezone.localdate()
    pool_agreement = services.create_agreement(
        actor=coordinator,
        pool=pool,
        values=values(municipalities=[builders.municipality("GM0106"), builders.municipality("GM0114")]),
        upload=services.Upload("overeenkomst.pdf", PDF),
    )
    dvo = services.create_agreement(
        actor=coordinator,
        pool=pool,
        values=values(
            kind=AgreementKind.SERVICE,
            title="DVO Assen",
            ends_on=today + timedelta(days=60),
            membership=Membership.objects.get(pool=pool, municipality__code="GM0106"),
        ),
    )
    secondment = services.create_agreement(
        actor=coordinator,
        pool=pool,
        values=values(
            kind=AgreementKind.SECONDMENT,
            title="Detachering poollid",
            ends_on=today + timedelta(days=120),
            assignment=assignment,
        ),
    )
    users = {
        "coordinator": coordinator,
        "assen": assen,
        "emmen": emmen,
        "member": member.user,
        "finance": finance,
        "council": council,
        "other_coordinator": other_coordinator,
    }
    return {
        "users": users,
        "pool": pool,
        "pool_agreement": pool_agreement,
        "dvo": dvo,
        "secondment": secondment,
        "assignment": assignment,
    }
