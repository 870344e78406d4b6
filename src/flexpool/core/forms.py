"""Shared form pieces: NL Design System styling, dates, a reason field, and service errors on fields."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
UTRECHT = {
    forms.TextInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.NumberInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.DateInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
}


class StyledForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            css = UTRECHT.get(type(field.widget))
            if css:
                field.widget.attrs.setdefault("class", css)


class ReasonForm(StyledForm):
    reason = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 2}))


def add_service_errors(form: forms.Form, error) -> None:
    """Put a service's ValidationError on the matching form fields (or on the form).

    A form may name where a service field's errors go in `service_fields` (service field → form field).
    """
    if hasattr(error, "error_dict"):
        renamed = getattr(form, "service_fields", {})
        for field, messages in error.message_dict.items():
            field = renamed.get(field, field)
            target = field if field in form.fields else None
            for message in messages:
                form.add_error(target, message)
    else:
        for message in error.messages:
            form.add_error(None, message)
