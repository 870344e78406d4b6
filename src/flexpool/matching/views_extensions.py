"""Pages for longer work: the coordinator proposes an extension, every paying municipality decides."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import can_act_for_municipality, coordinated_pool_ids
from flexpool.core.forms import ReasonForm, add_service_errors
from flexpool.matching import selectors
from flexpool.matching import services as matching_services
from flexpool.matching.forms import ExtensionForm


@requires("extension.view")
def extension_list(request):
    return render(request, "extensions/list.html", {"rows": list(selectors.extensions_for(request.user))})


@requires("extension.request")
def extension_create(request, pk: int):
    assignment = get_object_or_404(
        selectors.assignments_for(request.user).filter(
            request__pool_id__in=coordinated_pool_ids(request.user)
        ),
        pk=pk,
    )
    form = ExtensionForm(
        request.POST or None, initial={"end": assignment.end, "hours_per_week": assignment.hours_per_week}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            extension = matching_services.request_extension(
                actor=request.user,
                assignment=assignment,
                end=data["end"],
                hours_per_week=data["hours_per_week"],
                reason=data["reason"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("De verlenging ligt bij de gemeenten die betalen."))
            return redirect("extension-detail", pk=extension.pk)
    return render(request, "extensions/form.html", {"form": form, "assignment": assignment})


@requires("extension.view")
def extension_detail(request, pk: int):
    extension = get_object_or_404(selectors.extensions_for(request.user), pk=pk)
    deciding = [
        c for c in extension.waiting_for() if can_act_for_municipality(request.user, c.municipality_id)
    ]
    return render(
        request,
        "extensions/detail.html",
        {"extension": extension, "deciding": deciding, "reason_form": ReasonForm()},
    )


def _respond(request, pk: int, accept: bool):
    extension = get_object_or_404(selectors.extensions_for(request.user), pk=pk)
    try:
        if accept:
            extension = matching_services.accept_extension(actor=request.user, extension=extension)
        else:
            extension = matching_services.decline_extension(
                actor=request.user, extension=extension, reason=request.POST.get("reason", "")
            )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Uw besluit is vastgelegd."))
    return redirect("extension-detail", pk=pk)


@require_POST
@requires("extension.respond")
def extension_accept(request, pk: int):
    return _respond(request, pk, accept=True)


@require_POST
@requires("extension.respond")
def extension_decline(request, pk: int):
    return _respond(request, pk, accept=False)
