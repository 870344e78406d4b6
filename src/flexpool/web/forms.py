"""Forms for pages. They collect input; the services validate and decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.demand.models import CapacityRequest
from flexpool.pool.models import Competence, Level, PoolMember

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


class RequestForm(StyledForm):
    title = forms.CharField(label=_("Titel"), max_length=160)
    description = forms.CharField(label=_("Omschrijving"), widget=forms.Textarea(attrs={"rows": 5}))
    hours_per_week = forms.DecimalField(label=_("Uren per week"), min_value=1, max_value=40, decimal_places=1)
    start = forms.DateField(label=_("Startdatum"), widget=DATE_INPUT)
    end = forms.DateField(label=_("Einddatum"), widget=DATE_INPUT)
    priority = forms.TypedChoiceField(
        label=_("Prioriteit"),
        choices=CapacityRequest.Priority.choices,
        coerce=int,
        initial=CapacityRequest.Priority.NORMAL,
    )
    resident_facing = forms.BooleanField(
        label=_("Contact met bewoners (vraagt lokale binding)"), required=False
    )
    splittable = forms.BooleanField(label=_("Mag over twee personen verdeeld worden"), required=False)
    competence_1 = forms.ModelChoiceField(
        label=_("Gevraagde competentie"), queryset=Competence.objects.all(), to_field_name="code"
    )
    level_1 = forms.TypedChoiceField(
        label=_("Minimaal niveau"), choices=Level.choices, coerce=int, initial=Level.ADVANCED
    )
    competence_2 = forms.ModelChoiceField(
        label=_("Tweede competentie (optioneel)"),
        queryset=Competence.objects.all(),
        to_field_name="code",
        required=False,
    )
    level_2 = forms.TypedChoiceField(
        label=_("Minimaal niveau"), choices=Level.choices, coerce=int, initial=Level.ADVANCED
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def required_competences(self) -> list[tuple[str, int]]:
        pairs = [(self.cleaned_data["competence_1"], self.cleaned_data["level_1"])]
        if self.cleaned_data.get("competence_2"):
            pairs.append((self.cleaned_data["competence_2"], self.cleaned_data["level_2"]))
        return [(c.code, level) for c, level in pairs]


class ProposalForm(StyledForm):
    member = forms.ModelChoiceField(label=_("Poollid"), queryset=PoolMember.objects.none())
    hours_per_week = forms.DecimalField(label=_("Uren per week"), min_value=0.5, decimal_places=1)
    motivation = forms.CharField(
        label=_("Motivatie (zichtbaar voor de gemeente)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    second_member = forms.ModelChoiceField(
        label=_("Tweede poollid (bij verdelen)"), queryset=PoolMember.objects.none(), required=False
    )
    second_hours_per_week = forms.DecimalField(
        label=_("Uren per week tweede poollid"), min_value=0.5, decimal_places=1, required=False
    )

    def __init__(self, *args, members=None, splittable=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members
        self.fields["second_member"].queryset = members
        if not splittable:
            del self.fields["second_member"]
            del self.fields["second_hours_per_week"]


class ReasonForm(StyledForm):
    reason = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 2}))


def add_service_errors(form: forms.Form, error) -> None:
    """Put a service's ValidationError on the matching form fields (or on the form)."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            target = field if field in form.fields else None
            for message in messages:
                form.add_error(target, message)
    else:
        for message in error.messages:
            form.add_error(None, message)
