"""Forms for the hours and settlement pages. They collect input; the services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.core.dates import range_text
from flexpool.core.forms import DATE_INPUT, StyledForm
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import Period
from flexpool.pool.models import Level, Membership, Pool


class AssignmentChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        dates = range_text(obj.start, obj.end)
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


class WeekForm(StyledForm):
    """The weekly timesheet: per assignment the hours, a note and the version it showed."""

    def __init__(self, *args, assignments=(), entries=None, **kwargs):
        super().__init__(*args, **kwargs)
        entries = entries or {}
        self.rows = []
        for assignment in assignments:
            entry = entries.get(assignment.pk)
            key = assignment.pk
            if entry is not None and entry.status == HourStatus.APPROVED:
                self.rows.append((assignment, entry))  # approved: shown, changed by a correction
                continue
            self.fields[f"hours_{key}"] = forms.DecimalField(
                label=_("Uren"),
                decimal_places=2,
                max_digits=6,
                localize=True,
                required=False,
                initial=entry.hours if entry else None,
                widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 5}),
            )
            self.fields[f"note_{key}"] = forms.CharField(
                label=_("Toelichting"), max_length=255, required=False, initial=entry.note if entry else ""
            )
            self.fields[f"version_{key}"] = forms.IntegerField(
                widget=forms.HiddenInput, initial=entry.version if entry else 0, min_value=0
            )
            for name in (f"hours_{key}", f"note_{key}"):
                self.fields[name].widget.attrs["class"] = "utrecht-textbox utrecht-textbox--html-input"
            self.rows.append((assignment, entry))

    def bound_rows(self):
        rows = []
        for assignment, entry in self.rows:
            key = assignment.pk
            if f"hours_{key}" in self.fields:
                rows.append(
                    (assignment, entry, self[f"hours_{key}"], self[f"note_{key}"], self[f"version_{key}"])
                )
            else:
                rows.append((assignment, entry, None, None, None))
        return rows

    def lines(self):
        """The editable rows as the services take them."""
        return [
            {
                "assignment": assignment,
                "hours": self.cleaned_data.get(f"hours_{assignment.pk}"),
                "note": self.cleaned_data.get(f"note_{assignment.pk}", ""),
                "shown_version": self.cleaned_data.get(f"version_{assignment.pk}") or 0,
            }
            for assignment, _entry in self.rows
            if f"hours_{assignment.pk}" in self.fields
        ]


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


class ConfirmSettlementForm(StyledForm):
    leave_waiting = forms.BooleanField(
        label=_("Verreken nu; de uren die nog wachten op goedkeuring gaan naar de volgende periode"),
        required=False,
    )


class TariffForm(StyledForm):
    pool = forms.ModelChoiceField(label=_("Pool"), queryset=Pool.objects.all(), empty_label=None)
    year = forms.IntegerField(label=_("Jaar"), min_value=2000, max_value=2100)
    tier = forms.ChoiceField(label=_("Soort lidmaatschap"), choices=Membership.Tier.choices)
    level = forms.TypedChoiceField(label=_("Niveau"), choices=Level.choices, coerce=int)
    hourly_rate = forms.DecimalField(
        label=_("Uurtarief (euro)"), decimal_places=2, max_digits=8, localize=True
    )
