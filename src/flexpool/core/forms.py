"""Shared form pieces: NL Design System styling, dates, a reason field, and service errors on fields."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.core.numbers import number_text

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class DecimalInput(forms.TextInput):
    """A number field in the notation of the active language: "16,5" in Dutch, "16.5" in English,
    without trailing zeros ("16", not "16.0") and without thousands separators (they would be read
    back as decimals). `inputmode` brings up the numeric keyboard on phones."""

    input_type = "text"

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", **(attrs or {})})
        self.is_localized = True

    def format_value(self, value):
        if isinstance(value, Decimal | float | int) and not isinstance(value, bool):
            return number_text(value, grouping=False)
        return super().format_value(value)


UTRECHT = {
    forms.TextInput: "utrecht-textbox utrecht-textbox--html-input",
    DecimalInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.NumberInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.DateInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
}


def localize_numbers(form: forms.Form) -> None:
    """Every decimal field of the form reads and shows numbers in the active language (16,5 in
    Dutch; 16.5 is accepted as well). Called by `StyledForm`; forms with their own styling call it
    in `__init__`."""
    for field in form.fields.values():
        if isinstance(field, forms.DecimalField | forms.FloatField):
            field.localize = True
            if not isinstance(field.widget, DecimalInput):
                attrs = {k: v for k, v in field.widget.attrs.items() if k not in {"step", "min", "max"}}
                field.widget = DecimalInput(attrs)


class StyledForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        localize_numbers(self)
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
