"""The proposal form on the propose page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.core.forms import DATE_INPUT, StyledForm
from flexpool.pool.models import PoolMember


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


class ExtensionForm(StyledForm):
    end = forms.DateField(label=_("Nieuwe einddatum"), widget=DATE_INPUT)
    hours_per_week = forms.DecimalField(
        label=_("Uren per week"),
        min_value=0.5,
        max_value=40,
        decimal_places=1,
        help_text=_("Andere uren gelden vanaf vandaag tot de nieuwe einddatum."),
    )
    reason = forms.CharField(
        label=_("Toelichting voor de gemeenten"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
