"""The settlement rules that are choices, in one place (documented in docs/hours-and-settlement.md)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from flexpool.pool.models import Level, Membership

# Seconded hours are credited at the full members' rate of this level: a seconded employee is
# typically a project leader at the advanced level, the level most requests ask for.
SECONDMENT_TIER = Membership.Tier.FULL
SECONDMENT_LEVEL = Level.ADVANCED
# The level billed for a request: the highest minimum level it asked for (what the municipality
# asked, not who happened to come); this level when it asked for none.
DEFAULT_LEVEL = Level.ADVANCED
HOURS_PER_DAY = Decimal(24)
HOURS_PER_WEEK = Decimal(168)
# Hours of a week are overdue when they are still missing this long after the week ended.
OVERDUE_AFTER = timedelta(days=7)
# Approvals waiting longer than this are flagged on the monitor.
APPROVAL_WAIT = timedelta(days=7)
