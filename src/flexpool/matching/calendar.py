"""A member's personal iCalendar feed (RFC 5545, through the `icalendar` library).

All-day events for each assignment the municipality accepted (not declined or cancelled) and for
each period of leave or fewer hours. The feed is read by calendar programs with a secret link;
renewing the link revokes the old one.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import LeavePeriod, PoolMember

PRODID = "-//Flexpool//Agenda poollid//NL"


def _uid(kind: str, pk: int) -> str:
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0] or "flexpool"
    return f"{kind}-{pk}@{host}"


def member_calendar(member: PoolMember, language: str = "nl") -> bytes:
    now = timezone.now()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    assignments = (
        Assignment.objects.filter(member=member, accepted_at__isnull=False)
        .exclude(status__in=[AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED])
        .select_related("request__municipality")
        .order_by("start", "id")
    )
    periods = LeavePeriod.objects.filter(member=member).order_by("start", "id")
    with translation.override(language):
        calendar.add("x-wr-calname", _("Flexpool: %(name)s") % {"name": member.name})
        for assignment in assignments:
            event = Event()
            event.add("uid", _uid("inzet", assignment.pk))
            event.add("dtstamp", now)
            event.add("dtstart", assignment.start)
            event.add("dtend", assignment.end + timedelta(days=1))  # DTEND of an all-day event is exclusive
            event.add(
                "summary",
                _("Inzet: %(title)s (%(municipality)s), %(hours)s uur per week")
                % {
                    "title": assignment.request.title,
                    "municipality": assignment.request.municipality.name,
                    "hours": f"{assignment.hours_per_week.normalize():f}",
                },
            )
            event.add("status", "CONFIRMED" if assignment.confirmed_at else "TENTATIVE")
            event.add("transp", "TRANSPARENT")
            calendar.add_component(event)
        for period in periods:
            event = Event()
            event.add("uid", _uid("verlof", period.pk))
            event.add("dtstamp", now)
            event.add("dtstart", period.start)
            event.add("dtend", period.end + timedelta(days=1))
            if period.hours_per_week is None:
                summary = _("Vrij") + (f": {period.reason}" if period.reason else "")
            else:
                summary = _("Minder uren: %(hours)s uur per week") % {
                    "hours": f"{period.hours_per_week.normalize():f}"
                }
            event.add("summary", summary)
            event.add("transp", "OPAQUE" if period.hours_per_week is None else "TRANSPARENT")
            calendar.add_component(event)
    return calendar.to_ical()
