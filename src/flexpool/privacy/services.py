"""Personal data on request, and anonymisation after the retention period. Both are audited.

What Flexpool keeps about people, why and for how long: docs/privacy.md.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Replace
from django.utils import timezone

from flexpool.accounts.permissions import roles_of
from flexpool.core.audit import record
from flexpool.core.models import AuditRecord
from flexpool.signin.models import SsoIdentity

ANONYMOUS_PREFIX = "Voormalig poollid "


def retention_cutoff(today: date | None = None) -> date:
    return (today or timezone.localdate()) - timedelta(days=settings.PRIVACY_RETENTION_DAYS)


def leavers_due(queryset, today: date | None = None):
    """Members who left on or before the cut-off and still carry their name."""
    return queryset.filter(active=False, left_on__isnull=False, left_on__lte=retention_cutoff(today)).exclude(
        name__startswith=ANONYMOUS_PREFIX
    )


def _user_data(user) -> dict[str, Any]:
    identity = SsoIdentity.objects.filter(user=user).first()
    return {
        "gebruikersnaam": user.username,
        "voornaam": user.first_name,
        "achternaam": user.last_name,
        "e-mail": user.email,
        "account_sinds": user.date_joined.isoformat(),
        "laatst_ingelogd": user.last_login.isoformat() if user.last_login else None,
        "rollen": sorted(r.value for r in roles_of(user)),
        "inlogdienst_kenmerk": identity.subject if identity else None,
    }


def _member_data(member) -> dict[str, Any]:
    from flexpool.hours.models import HourEntry
    from flexpool.matching.models import Assignment

    assignments = (
        Assignment.objects.filter(member=member).select_related("request__municipality").order_by("start")
    )
    hours = HourEntry.objects.filter(assignment__member=member).order_by("week", "pk")
    return {
        "naam": member.name,
        "e-mail": member.email,
        "werkgever": member.employer,
        "pool": member.pool.name,
        "contracturen": str(member.contract_hours),
        "woongemeente": member.home_municipality.name,
        "lokale_binding": sorted(m.name for m in member.local_ties.all()),
        "competenties": [
            {"competentie": c.competence.name, "niveau": c.level}
            for c in member.competences.select_related("competence").order_by("competence__name")
        ],
        "ontwikkelwensen": sorted(c.name for c in member.development_wishes.all()),
        "verlof": [
            {"van": p.start.isoformat(), "tot_en_met": p.end.isoformat(), "reden": p.reason}
            for p in member.leave_periods.order_by("start")
        ],
        "actief": member.active,
        "vertrokken_op": member.left_on.isoformat() if member.left_on else None,
        "inzet": [
            {
                "vraag": a.request.title,
                "gemeente": a.request.municipality.name,
                "van": a.start.isoformat(),
                "tot_en_met": a.end.isoformat(),
                "uren_per_week": str(a.hours_per_week),
                "status": a.status,
            }
            for a in assignments
        ],
        "uren": [
            {"week": e.week.isoformat(), "uren": str(e.hours), "status": e.status, "toelichting": e.note}
            for e in hours
        ],
    }


@transaction.atomic
def export_person(*, actor, member=None, user=None) -> dict[str, Any]:
    """Everything Flexpool holds about one person (a pool member, a user, or both)."""
    if member is None and user is not None:
        member = getattr(user, "pool_member", None)
    if user is None and member is not None:
        user = member.user
    if member is None and user is None:
        raise ValueError("export_person needs a member or a user")
    data: dict[str, Any] = {"gemaakt_op": timezone.now().isoformat()}
    if user is not None:
        data["account"] = _user_data(user)
        data["handelingen_in_de_audittrail"] = [
            {"wanneer": r.occurred_at.isoformat(), "handeling": r.action, "object": r.object_label}
            for r in AuditRecord.objects.filter(actor=user).order_by("occurred_at", "pk")
        ]
    if member is not None:
        data["poollid"] = _member_data(member)
    subject = member if member is not None else user
    record(actor=actor, action="privacy.gegevens_uitgegeven", obj=subject)
    return data


@transaction.atomic
def anonymise_member(*, actor, member) -> None:
    """Replace a leaver's personal data; hours, assignments and settlements stay (financial records)."""
    from flexpool.pool.models import PoolMember

    member = PoolMember.objects.select_for_update().get(pk=member.pk)
    old_name = member.name
    new_name = f"{ANONYMOUS_PREFIX}{member.pk}"
    member.name = new_name
    member.email = ""
    member.employer = ""
    member.active = False
    member.save(update_fields=["name", "email", "employer", "active"])
    member.local_ties.clear()
    member.development_wishes.clear()
    member.competences.all().delete()
    member.leave_periods.all().delete()
    if member.user_id:
        _anonymise_user(member.user, f"geanonimiseerd-{member.pk}")
    if old_name:
        AuditRecord.objects.filter(object_label__contains=old_name).update(
            object_label=Replace(F("object_label"), Value(old_name), Value(new_name))
        )
    record(actor=actor, action="privacy.geanonimiseerd", obj=member)


def _anonymise_user(user, username: str) -> None:
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    User = get_user_model()
    user = User.objects.get(pk=user.pk)
    user.username = username
    user.first_name = user.last_name = user.email = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    SsoIdentity.objects.filter(user=user).delete()
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def anonymise_leavers(*, actor, queryset, today: date | None = None) -> list[int]:
    """Anonymise every member in `queryset` whose retention period has passed; returns their ids."""
    done = []
    for member in leavers_due(queryset, today).order_by("pk"):
        anonymise_member(actor=actor, member=member)
        done.append(member.pk)
    return done
