"""Builders for hours and settlement tests. Every person is fictitious."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.hours.models import Tariff
from flexpool.matching import services as matching
from flexpool.matching.models import Assignment
from flexpool.pool.models import Level, Membership
from tests import builders

RATES = {
    Membership.Tier.FULL: {1: "75.00", 2: "90.00", 3: "105.00", 4: "120.00"},
    Membership.Tier.ASSOCIATE: {1: "90.00", 2: "108.00", 3: "126.00", 4: "144.00"},
}


def make_tariffs(pool, years=(2025, 2026), rates=RATES):
    for year in years:
        for tier, by_level in rates.items():
            for level in Level.values:
                Tariff.objects.update_or_create(
                    pool=pool,
                    year=year,
                    tier=tier,
                    level=level,
                    defaults={"hourly_rate": Decimal(by_level[level])},
                )


def running_assignment(
    pool,
    coordinator,
    contact,
    member,
    *,
    start=date(2026, 1, 5),
    end=date(2026, 6, 26),
    hours_per_week="16",
    shares=(),
    title="Projectleider wijkaanpak",
    today=None,
) -> Assignment:
    """A request through intake, proposal, acceptance and confirmation: a running assignment."""
    request = builders.make_request(
        pool,
        contact,
        title=title,
        start=start,
        end=end,
        hours_per_week=Decimal(hours_per_week),
        shares=tuple(shares),
    )
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator,
        request=request,
        candidates=[matching.Candidate(member, Decimal(hours_per_week))],
    )
    builders.accept_by_every_partner(request, contact)
    assignment = Assignment.objects.get(request=request)
    matching.confirm_assignment(
        actor=member.user, assignment=assignment, today=today or max(start, date(2026, 3, 1))
    )
    assignment.refresh_from_db()
    return assignment
