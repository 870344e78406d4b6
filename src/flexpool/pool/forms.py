"""Forms for memberships. They collect input; `pool.services` validates and decides."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.core.forms import DATE_INPUT, StyledForm
from flexpool.pool.models import Membership
from flexpool.regions.models import Municipality


class JoinForm(StyledForm):
    municipality = forms.ModelChoiceField(
        label=_("Gemeente"), queryset=Municipality.objects.order_by("name"), to_field_name="code"
    )
    tier = forms.ChoiceField(label=_("Soort lidmaatschap"), choices=Membership.Tier.choices)
    joined_on = forms.DateField(label=_("Lid vanaf"), widget=DATE_INPUT)
    yearly_contribution_eur = forms.DecimalField(
        label=_("Jaarbijdrage (euro)"), min_value=0, decimal_places=2, max_digits=12
    )


class TierForm(StyledForm):
    tier = forms.ChoiceField(label=_("Nieuwe soort lidmaatschap"), choices=Membership.Tier.choices)
    yearly_contribution_eur = forms.DecimalField(
        label=_("Jaarbijdrage (euro)"), min_value=0, decimal_places=2, max_digits=12
    )


class LeaveForm(StyledForm):
    left_on = forms.DateField(label=_("Lid tot en met"), widget=DATE_INPUT)
