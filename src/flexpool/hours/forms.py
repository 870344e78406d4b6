"""Forms for the hours and settlement pages. They collect input; the services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.core.forms import DATE_INPUT, StyledForm
from flexpool.hours.models import Period
from flexpool.pool.models import Level, Membership, Pool


class AssignmentChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        dates = f"{obj.start:%d-%m-%Y} t/m {obj.end:%d-%m-%Y}"
        return f"{obj.request.title} – {obj.request.municipality.name} ({dates})"


class HoursForm(StyledForm):
    assignment = AssignmentChoice(label=_("Inzet"), queryset=None)
    week = forms.DateField(
        label=_("Week"),
        widget=DATE_INPUT,
        help_text=_("Een dag in de week; de uren horen bij de maandag van die week."),
    )
    hours = forms.DecimalField(label=_("Uren"), decimal_places=2, max_digits=6, localize=True)
    note = forms.CharField(label=_("Toelichting (optioneel)"), max_length=255, required=False)

    def __init__(self, *args, assignments=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignment"].queryset = assignments
        self.fields["hours"].widget.attrs.update({"inputmode": "decimal"})


class CorrectionForm(StyledForm):
    assignment = AssignmentChoice(label=_("Inzet"), queryset=None)
    week = forms.DateField(label=_("Week"), widget=DATE_INPUT)
    hours = forms.DecimalField(
        label=_("Juiste aantal uren in die week"), decimal_places=2, max_digits=6, localize=True
    )
    reason = forms.CharField(label=_("Reden van de correctie"), max_length=255)

    def __init__(self, *args, assignments=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignment"].queryset = assignments


class SettleForm(StyledForm):
    pool = forms.ModelChoiceField(label=_("Pool"), queryset=Pool.objects.all(), empty_label=None)
    kind = forms.ChoiceField(label=_("Soort periode"), choices=Period.Kind.choices)
    start = forms.DateField(
        label=_("Eerste dag van de periode"),
        widget=DATE_INPUT,
        help_text=_("Een dag in de maand of het kwartaal; de periode begint op de eerste dag."),
    )


class TariffForm(StyledForm):
    pool = forms.ModelChoiceField(label=_("Pool"), queryset=Pool.objects.all(), empty_label=None)
    year = forms.IntegerField(label=_("Jaar"), min_value=2000, max_value=2100)
    tier = forms.ChoiceField(label=_("Soort lidmaatschap"), choices=Membership.Tier.choices)
    level = forms.TypedChoiceField(label=_("Niveau"), choices=Level.choices, coerce=int)
    hourly_rate = forms.DecimalField(
        label=_("Uurtarief (euro)"), decimal_places=2, max_digits=8, localize=True
    )
