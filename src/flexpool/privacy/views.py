"""Privacy pages: requests for one person's data, anonymisation of leavers, the public statements."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids
from flexpool.privacy import services as privacy

# ---- privacy ----------------------------------------------------------------------------------


def _members_in_scope(user):
    from flexpool.pool.models import PoolMember

    queryset = PoolMember.objects.select_related("pool")
    if user.is_superuser:
        return queryset
    return queryset.filter(pool_id__in=coordinated_pool_ids(user))


@requires("privacy.manage")
def privacy_requests(request):
    members = _members_in_scope(request.user).order_by("pool__name", "name")
    due = list(privacy.leavers_due(members))
    return render(
        request,
        "privacy/requests.html",
        {
            "members": members,
            "due": due,
            "retention_days": settings.PRIVACY_RETENTION_DAYS,
            "cutoff": privacy.retention_cutoff(),
        },
    )


@require_POST
@requires("privacy.manage")
def privacy_export(request, pk: int):
    member = get_object_or_404(_members_in_scope(request.user), pk=pk)
    data = privacy.export_person(actor=request.user, member=member)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="persoonsgegevens-poollid-{member.pk}.json"'
    return response


@require_POST
@requires("privacy.manage")
def privacy_anonymise(request):
    done = privacy.anonymise_leavers(actor=request.user, queryset=_members_in_scope(request.user))
    messages.success(request, _("%(n)d vertrokken poolleden geanonimiseerd.") % {"n": len(done)})
    return redirect("privacy-requests")


# ---- public statements ------------------------------------------------------------------------


def privacy_statement(request):
    return render(
        request,
        "privacy/privacy_statement.html",
        {
            "retention_days": settings.PRIVACY_RETENTION_DAYS,
            "organisation": settings.ORGANISATION_NAME,
            "contact": settings.PRIVACY_CONTACT_EMAIL,
        },
    )


def accessibility_statement(request):
    return render(
        request,
        "privacy/accessibility_statement.html",
        {"organisation": settings.ORGANISATION_NAME, "contact": settings.PRIVACY_CONTACT_EMAIL},
    )
