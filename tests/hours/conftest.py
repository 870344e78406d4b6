from datetime import date

import pytest

from flexpool.hours import services
from tests.hours.helpers import make_tariffs, running_assignment

TODAY = date(2026, 3, 10)


@pytest.fixture
def settled_world(pool, coordinator, assen, emmen, member, finance, council):
    """A running assignment for Assen with approved hours, a pending week, and January settled."""
    make_tariffs(pool)
    assignment = running_assignment(pool, coordinator, assen, member)
    for week in (date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)):
        entry = services.write_hours(
            actor=member.user, assignment=assignment, week=week, hours="16", today=TODAY
        )
        services.approve_hours(actor=assen, entry=entry)
    pending = services.write_hours(
        actor=member.user, assignment=assignment, week=date(2026, 2, 2), hours="12", today=TODAY
    )
    period = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
    settlement = services.settle_period(actor=finance, period=period, today=TODAY)
    users = {
        "coordinator": coordinator,
        "assen": assen,
        "emmen": emmen,
        "member": member.user,
        "finance": finance,
        "council": council,
    }
    return {"assignment": assignment, "pending": pending, "settlement": settlement, "users": users}
