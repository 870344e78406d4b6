"""The inbox: read notifications, open them (marks them read), choose how to get e-mail."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import roles_of
from flexpool.core.forms import add_service_errors
from flexpool.notifications import services
from flexpool.notifications.forms import PreferencesForm
from flexpool.notifications.kinds import kinds_for_roles


@requires("notification.view")
def inbox(request):
    notifications = services.inbox(request.user)
    only_unread = request.GET.get("ongelezen") == "1"
    if only_unread:
        notifications = notifications.filter(read_at__isnull=True)
    page = Paginator(notifications, 30).get_page(request.GET.get("pagina"))
    return render(request, "notifications/inbox.html", {"page": page, "only_unread": only_unread})


@requires("notification.view")
def open_notification(request, pk: int):
    """Mark read and go to the page to act on (only one's own notifications; others are 404)."""
    notification = get_object_or_404(services.inbox(request.user), pk=pk)
    services.open_notification(user=request.user, notification=notification)
    if not url_has_allowed_host_and_scheme(notification.link, allowed_hosts=None):
        return redirect("inbox")
    return redirect(notification.link)


@require_POST
@requires("notification.view")
def mark_all_read(request):
    count = services.mark_all_read(user=request.user)
    messages.success(request, _("%(n)s meldingen gemarkeerd als gelezen.") % {"n": count})
    return redirect("inbox")


@requires("notification.view")
def preferences(request):
    kinds = kinds_for_roles(roles_of(request.user))
    current = services.preferences_of(request.user)
    initial = {"language": services.language_of(request.user), **{k: current[k] for k in kinds}}
    form = PreferencesForm(request.POST or None, kinds=kinds, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_preferences(
                actor=request.user, language=form.cleaned_data["language"], choices=form.choices()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Uw keuzes voor meldingen zijn bewaard."))
            return redirect("notification-preferences")
    status = 422 if form.errors else 200
    return render(
        request,
        "notifications/preferences.html",
        {"form": form, "has_email": bool(request.user.email)},
        status=status,
    )
