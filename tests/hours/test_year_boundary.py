"""Work that runs over a year boundary: an assignment extended into the next year, with hours in both.

Each year's settlement and report holds that year's hours, for each partner by its share.
"""

from datetime import date
from decimal import Decimal

from flexpool.hours import services
from flexpool.hours.models import SettlementLine
from flexpool.matching import services as matching
from flexpool.reports import figures
from tests.builders import municipality
from tests.hours.helpers import make_tariffs, running_assignment


def test_hours_in_two_years_land_in_each_years_settlement_and_report(
    pool, coordinator, assen, emmen, member, finance
):
    make_tariffs(pool, years=(2026, 2027))
    assignment = running_assignment(
        pool, coordinator, assen, member, start=date(2026, 9, 7), end=date(2026, 12, 18),
        shares=[("GM0106", Decimal(60)), ("GM0114", Decimal(40))], today=date(2026, 9, 7),
    )  # fmt: skip
    extension = matching.request_extension(actor=coordinator, assignment=assignment, end=date(2027, 2, 26))
    matching.accept_extension(actor=assen, extension=extension)
    matching.accept_extension(actor=emmen, extension=extension)
    assignment.refresh_from_db()
    assert assignment.end == date(2027, 2, 26) and assignment.request.end == date(2027, 2, 26)

    today = date(2027, 2, 1)
    for week, hours in ((date(2026, 12, 7), "16"), (date(2026, 12, 14), "12"), (date(2027, 1, 11), "10")):
        entry = services.write_hours(
            actor=member.user, assignment=assignment, week=week, hours=hours, today=today
        )
        services.approve_hours(actor=assen, entry=entry)
    december = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 12, 1))
    january = services.open_period(actor=finance, pool=pool, kind="maand", start=date(2027, 1, 1))
    services.settle_period(actor=finance, period=december, today=today)
    services.settle_period(actor=finance, period=january, today=today)

    def settled(period, code):
        return SettlementLine.objects.get(settlement__period=period, municipality__code=code).hours

    assert settled(december, "GM0106") == Decimal("16.80")  # 60 % of 28
    assert settled(december, "GM0114") == Decimal("11.20")
    assert settled(january, "GM0106") == Decimal("6.00")  # 60 % of 10
    assert settled(january, "GM0114") == Decimal("4.00")

    emmen_2026 = figures.report(pool, municipality("GM0114"), 2026)
    emmen_2027 = figures.report(pool, municipality("GM0114"), 2027)
    assert emmen_2026.hours_by_month[11] == Decimal("11.20") and emmen_2026.hours_total == Decimal("11.20")
    assert emmen_2027.hours_by_month[0] == Decimal("4.00") and emmen_2027.hours_total == Decimal("4.00")
    assert emmen_2026.settled_hours == Decimal("11.20") and emmen_2027.settled_hours == Decimal("4.00")
