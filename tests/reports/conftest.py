"""A small pool with two settled months whose figures are computed by hand in the tests.

January and February 2026 of the Flexteam Warmte Drenthe (tests.builders.make_pool): Assen and
Hoogeveen are associate members, Aa en Hunze, Coevorden, Emmen and Meppel full members; every
yearly contribution is set to 36,500.00 (100.00 a day in 2026), and Meppel seconds 73 hours a
year. Tariffs (tests.hours.helpers.RATES), level 2: full 90.00, associate 108.00.

- Assen's request: 16 hours in each of the weeks of 5 and 12 January, approved.
- Emmen's request, shared Emmen 50 %, Coevorden 30 %, Hoogeveen 20 %: 10 hours in the week of
  2 February, approved.
- January and February are settled on 10 March 2026.

A second pool in another region (Twente) has its own coordinator and contact, so that what one
pool's people may see of the other shows.
"""

from datetime import date
from decimal import Decimal

import pytest
import time_machine

from flexpool.hours import services
from flexpool.pool.models import Membership
from tests import builders
from tests.hours.helpers import make_tariffs, running_assignment

TODAY = date(2026, 3, 10)
SHARES = [("GM0114", Decimal("50")), ("GM0109", Decimal("30")), ("GM0118", Decimal("20"))]


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council):
    with time_machine.travel("2026-03-10 12:00 +01:00", tick=False):
        Membership.objects.filter(pool=pool).update(yearly_contribution_eur=Decimal("36500.00"))
        Membership.objects.filter(pool=pool, municipality__code="GM0119").update(
            yearly_seconded_hours=Decimal("73")
        )
        make_tariffs(pool)
        own = running_assignment(
            pool, coordinator, assen, member, hours_per_week="8", title="Projectleider Assen-Oost"
        )
        shared = running_assignment(
            pool,
            coordinator,
            emmen,
            member,
            hours_per_week="8",
            title="Gezamenlijke warmtevisie",
            shares=SHARES,
        )
        for week in (date(2026, 1, 5), date(2026, 1, 12)):
            entry = services.write_hours(
                actor=member.user,
                assignment=own,
                week=week,
                hours="16",
                today=TODAY,
                note="Twee weken extra voor het raadsvoorstel.",
            )
            services.approve_hours(actor=assen, entry=entry)
        entry = services.write_hours(
            actor=member.user,
            assignment=shared,
            week=date(2026, 2, 2),
            hours="10",
            today=TODAY,
            note="Extra overleg met beide gemeenten.",
        )
        services.approve_hours(actor=emmen, entry=entry)
        for month in (1, 2):
            period = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, month, 1))
            services.settle_period(actor=finance, period=period, today=TODAY)
        twente = builders.make_pool("Warmteteam Twente", "ES16", codes=["GM0153", "GM0164"])
        twente_coordinator = builders.make_coordinator(twente, username="coordinator-twente")
        enschede = builders.make_contact("GM0153", "enschede")
    return {
        "pool": pool,
        "twente": twente,
        "users": {
            "coordinator": coordinator,
            "assen": assen,
            "emmen": emmen,
            "member": member.user,
            "finance": finance,
            "council": council,
            "coordinator-twente": twente_coordinator,
            "enschede": enschede,
        },
        "member": member,
    }


@pytest.fixture
def hoogeveen(db):
    return builders.make_contact("GM0118", "hoogeveen")
