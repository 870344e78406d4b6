"""'Wat vraagt uw aandacht': what waits on this person, for every role, oldest first.

One query per kind of item, whatever the number of rows; each item links to the page to act on and
says no more than that page shows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Min
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from flexpool.accounts.permissions import (
    contact_municipality_id,
    coordinated_pool_ids,
    member_id,
    roles_of,
)
from flexpool.accounts.roles import Role
from flexpool.core.dates import day_text, week_text, weeks_text

LIMIT_PER_KIND = 20
PERIOD_WARNING = timedelta(days=5)


@dataclass(frozen=True)
class Item:
    since: datetime
    text: str
    link: str
    action: str

    @property
    def waiting_days(self) -> int:
        return max((timezone.now() - self.since).days, 0)


def _at(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def items_for(user, today: date | None = None) -> list[Item]:
    today = today or timezone.localdate()
    roles = roles_of(user)
    items: list[Item] = []
    if Role.COORDINATOR in roles:
        items += _coordinator(user)
    if Role.CONTACT in roles and contact_municipality_id(user):
        items += _contact(user)
    if Role.MEMBER in roles and member_id(user):
        items += _member(user, today)
    if Role.FINANCE in roles:
        items += _finance(today)
    items += _mentions(user)
    return sorted(items, key=lambda item: item.since)


def _coordinator(user) -> list[Item]:
    from flexpool.demand.lifecycle import RequestStatus
    from flexpool.demand.models import CapacityRequest
    from flexpool.pool.models import CompetenceClaim

    pools = coordinated_pool_ids(user)
    items = []
    waiting = (
        CapacityRequest.objects.filter(
            pool_id__in=pools, status__in=[RequestStatus.SUBMITTED, RequestStatus.IN_INTAKE]
        )
        .select_related("municipality")
        .order_by("updated_at")[:LIMIT_PER_KIND]
    )
    for request in waiting:
        if request.status == RequestStatus.SUBMITTED:
            text = _("Nieuwe vraag van %(m)s: %(t)s") % {"m": request.municipality.name, "t": request.title}
            action = _("In behandeling nemen")
        else:
            text = _("Vraag van %(m)s zoekt een voorstel: %(t)s") % {
                "m": request.municipality.name,
                "t": request.title,
            }
            action = _("Voorstel doen")
        items.append(Item(request.updated_at, text, reverse("request-detail", args=[request.pk]), action))
    claims = CompetenceClaim.objects.filter(
        status=CompetenceClaim.Status.PENDING, member__pool_id__in=pools
    ).aggregate(n=Count("id"), oldest=Min("created_at"))
    if claims["n"]:
        items.append(
            Item(
                claims["oldest"],
                ngettext(
                    "%(n)s competentie wacht op uw validatie",
                    "%(n)s competenties wachten op uw validatie",
                    claims["n"],
                )
                % {"n": claims["n"]},
                reverse("competence-claims"),
                _("Valideren"),
            )
        )
    items += _agreements_expiring(pools)
    return items


def _agreements_expiring(pools: list[int]) -> list[Item]:
    """Agreements of the coordinator's pools that end within 90 days (waiting since 90 days before)."""
    from flexpool.agreements.selectors import EXPIRY_DAYS, expiring_for_pools

    today = timezone.localdate()
    items = []
    for agreement in expiring_for_pools(pools, today).order_by("ends_on")[:LIMIT_PER_KIND]:
        assert agreement.ends_on is not None
        days = (agreement.ends_on - today).days
        text = ngettext(
            "Overeenkomst %(t)s loopt over %(d)s dag af",
            "Overeenkomst %(t)s loopt over %(d)s dagen af",
            days,
        ) % {"t": agreement.title, "d": days}
        items.append(
            Item(
                _at(agreement.ends_on - timedelta(days=EXPIRY_DAYS)),
                text,
                reverse("agreement-detail", args=[agreement.pk]),
                _("Verlengen of beëindigen"),
            )
        )
    return items


def _contact(user) -> list[Item]:
    from flexpool.demand.lifecycle import RequestStatus
    from flexpool.demand.models import CapacityRequest
    from flexpool.hours.lifecycle import HourStatus
    from flexpool.hours.models import HourEntry

    municipality = contact_municipality_id(user)
    items = [
        Item(
            request.updated_at,
            _("Voorstel voor uw vraag: %(t)s") % {"t": request.title},
            reverse("request-detail", args=[request.pk]),
            _("Accepteren of afwijzen"),
        )
        for request in CapacityRequest.objects.filter(
            municipality_id=municipality, status=RequestStatus.PROPOSED
        ).order_by("updated_at")[:LIMIT_PER_KIND]
    ]
    hours = HourEntry.objects.filter(
        status=HourStatus.SUBMITTED, assignment__request__municipality_id=municipality
    ).aggregate(n=Count("id"), oldest=Min("submitted_at"))
    if hours["n"]:
        items.append(
            Item(
                hours["oldest"],
                ngettext(
                    "%(n)s urenregel wacht op goedkeuring",
                    "%(n)s urenregels wachten op goedkeuring",
                    hours["n"],
                )
                % {"n": hours["n"]},
                reverse("hours-approve"),
                _("Goedkeuren of afkeuren"),
            )
        )
    return items + _contact_extensions(municipality) + _contact_evaluations(user)


def _contact_extensions(municipality: int) -> list[Item]:
    from flexpool.matching.models import ExtensionConsent, ExtensionStatus

    return [
        Item(
            consent.extension.created_at,
            _("Verlenging van %(m)s voor %(t)s: gaat u akkoord?")
            % {
                "m": consent.extension.assignment.member.name,
                "t": consent.extension.assignment.request.title,
            },
            reverse("extension-detail", args=[consent.extension_id]),
            _("Akkoord of afwijzen"),
        )
        for consent in ExtensionConsent.objects.filter(
            municipality_id=municipality, decided_at__isnull=True, extension__status=ExtensionStatus.WAITING
        )
        .select_related("extension__assignment__member", "extension__assignment__request")
        .order_by("extension__created_at")[:LIMIT_PER_KIND]
    ]


def _contact_evaluations(user) -> list[Item]:
    from flexpool.evaluations.selectors import waiting_for

    return [
        Item(
            request.updated_at,
            _("%(t)s is afgerond: hoe ging het?") % {"t": request.title},
            reverse("evaluation-create", args=[request.pk]),
            _("Evalueren"),
        )
        for request in waiting_for(user)[:LIMIT_PER_KIND]
    ]


def _member(user, today: date) -> list[Item]:
    from flexpool.demand.lifecycle import RequestStatus
    from flexpool.hours.lifecycle import HourStatus
    from flexpool.hours.models import HourEntry
    from flexpool.hours.selectors import missing_weeks
    from flexpool.matching.lifecycle import AssignmentStatus
    from flexpool.matching.models import Assignment
    from flexpool.pool.models import Pool

    mine = member_id(user)
    items = [
        Item(
            assignment.accepted_at,
            _("%(m)s wil u inzetten voor %(t)s")
            % {"m": assignment.request.municipality.name, "t": assignment.request.title},
            reverse("my-profile"),
            _("Bevestigen of afwijzen"),
        )
        for assignment in Assignment.objects.filter(
            member_id=mine,
            status=AssignmentStatus.PROPOSED,
            accepted_at__isnull=False,
            request__status=RequestStatus.ACCEPTED,
        )
        .select_related("request__municipality")
        .order_by("accepted_at")[:LIMIT_PER_KIND]
    ]
    for entry in (
        HourEntry.objects.filter(assignment__member_id=mine, status=HourStatus.REJECTED)
        .select_related("assignment__request")
        .order_by("decided_at")[:LIMIT_PER_KIND]
    ):
        items.append(
            Item(
                entry.decided_at or entry.submitted_at,
                _("Uren van %(w)s afgekeurd (%(t)s): %(r)s")
                % {"w": week_text(entry.week), "t": entry.assignment.request.title, "r": entry.reason},
                reverse("hours-mine"),
                _("Uren verbeteren"),
            )
        )
    weeks: dict[str, list[date]] = defaultdict(list)
    for row in missing_weeks(Pool.objects.all(), today, since=today - timedelta(weeks=8), member_id=mine):
        weeks[row.assignment.request.title].extend(row.missing)
    for title, missing in weeks.items():
        if missing:
            items.append(
                Item(
                    _at(min(missing) + timedelta(days=7)),
                    _("Nog geen uren voor %(t)s in %(w)s") % {"t": title, "w": weeks_text(missing)},
                    reverse("hours-mine"),
                    _("Uren schrijven"),
                )
            )
    return items


def _finance(today: date) -> list[Item]:
    from flexpool.hours.models import Period

    return [
        Item(
            _at(period.end - PERIOD_WARNING),
            _("Periode %(p)s van %(pool)s eindigt op %(end)s en is nog niet verrekend")
            % {"p": period.title, "pool": period.pool.name, "end": day_text(period.end)},
            reverse("settlement-list"),
            _("Verrekenen"),
        )
        for period in Period.objects.filter(closed_at__isnull=True, end__lte=today + PERIOD_WARNING)
        .select_related("pool")
        .order_by("end")[:LIMIT_PER_KIND]
    ]


def _mentions(user) -> list[Item]:
    from flexpool.notifications.kinds import Kind
    from flexpool.notifications.models import Notification

    return [
        Item(n.created_at, n.text, reverse("notification-open", args=[n.pk]), _("Antwoorden"))
        for n in Notification.objects.filter(
            recipient=user, kind=Kind.MENTION, read_at__isnull=True
        ).order_by("created_at")[:LIMIT_PER_KIND]
    ]
