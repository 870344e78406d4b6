"""The request form. It collects input; `demand.services` validates and decides."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.core.forms import DATE_INPUT, StyledForm
from flexpool.demand.models import CapacityRequest
from flexpool.pool.models import Competence, Level


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
