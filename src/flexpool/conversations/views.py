"""The conversation page of a request: read the thread, write a message."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import scope_requests
from flexpool.conversations import selectors, services
from flexpool.conversations.access import display_name, participants, takes_part
from flexpool.core.forms import add_service_errors
from flexpool.demand.models import CapacityRequest


class MessageForm(forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Uw bericht"),
        max_length=services.MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "class": "utrecht-textarea utrecht-textarea--html-textarea"}),
        help_text=gettext_lazy(
            "Noem iemand met @ en de naam, bijvoorbeeld @%(name)s; die krijgt een melding."
        ),
    )


@requires("conversation.view")
def conversation(request, pk: int):
    capacity_request = get_object_or_404(
        scope_requests(request.user, CapacityRequest.objects.select_related("municipality", "pool")), pk=pk
    )
    if not takes_part(request.user, capacity_request):
        raise Http404
    people = participants(capacity_request)
    form = MessageForm(request.POST or None)
    example = next((display_name(u) for u in people if u.pk != request.user.pk), display_name(request.user))
    form.fields["body"].help_text = form.fields["body"].help_text % {"name": example}
    if request.method == "POST" and form.is_valid():
        try:
            services.post_message(
                actor=request.user, request=capacity_request, body=form.cleaned_data["body"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Uw bericht staat in het gesprek."))
            return redirect("conversation", pk=pk)
    thread = [(m, selectors.highlighted(m)) for m in selectors.thread(capacity_request)]
    return render(
        request,
        "conversations/conversation.html",
        {
            "capacity_request": capacity_request,
            "thread": thread,
            "people": [display_name(u) for u in people],
            "form": form,
        },
        status=422 if form.errors else 200,
    )
