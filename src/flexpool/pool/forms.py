"""Forms for memberships. They collect input; `pool.services` validates and decides."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from flexpool.accounts.roles import GROUP_NAMES, Role
from flexpool.core.forms import DATE_INPUT, StyledForm
from flexpool.pool.models import Domain, Membership, Pool, PoolMember
from flexpool.regions.models import Municipality, Region


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


class PoolSetupForm(StyledForm):
    """A pool's name, domains, region, rules and coordinators."""

    name = forms.CharField(label=_("Naam van de pool"), max_length=120)
    domains = forms.ModelMultipleChoiceField(
        label=_("Domeinen"),
        queryset=Domain.objects.order_by("name"),
        to_field_name="code",
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Waar de pool aan werkt. Vragen en competenties horen bij een van deze domeinen."),
    )
    region = forms.ModelChoiceField(
        label=_("RES-regio"),
        queryset=Region.objects.order_by("name"),
        to_field_name="code",
        required=False,
        empty_label=_("Geen: een eigen verzameling gemeenten"),
    )
    local_ties_required = forms.BooleanField(
        label=_("Lokale binding verplicht bij werk met bewoners"), required=False, initial=True
    )
    notice_months = forms.IntegerField(
        label=_("Opzegtermijn (maanden)"),
        min_value=0,
        max_value=60,
        initial=12,
        help_text=_("Zo lang van tevoren meldt een gemeente dat zij de pool verlaat."),
    )
    partners_approve_hours = forms.BooleanField(
        label=_("Partners van een gedeelde vraag keuren uren goed"), required=False
    )
    coordinators = forms.ModelMultipleChoiceField(
        label=_("Coördinatoren"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coordinators"].queryset = coordinator_users()
        self.fields["coordinators"].label_from_instance = lambda u: u.get_full_name() or u.username

    MULTI = ("domains", "coordinators")  # rendered as a fieldset of checkboxes


def coordinator_users():
    return (
        get_user_model()
        .objects.filter(groups__name=GROUP_NAMES[Role.COORDINATOR], is_active=True)
        .order_by("first_name", "last_name", "username")
    )


class JoinManyForm(StyledForm):
    """Municipalities that join together: one tier, start date and contribution for all of them."""

    municipalities = forms.ModelMultipleChoiceField(
        label=_("Gemeenten"),
        queryset=Municipality.objects.order_by("name"),
        to_field_name="code",
        required=False,
        widget=forms.SelectMultiple(attrs={"class": "utrecht-select utrecht-select--html-select", "size": 8}),
        help_text=_("Houd Ctrl (of Cmd) ingedrukt om er meer te kiezen."),
    )
    tier = forms.ChoiceField(
        label=_("Soort lidmaatschap"), choices=Membership.Tier.choices, initial=Membership.Tier.FULL
    )
    joined_on = forms.DateField(label=_("Lid vanaf"), widget=DATE_INPUT)
    yearly_contribution_eur = forms.DecimalField(
        label=_("Jaarbijdrage per gemeente (euro)"), min_value=0, decimal_places=2, max_digits=12, initial=0
    )


class EngagementForm(StyledForm):
    member = forms.ModelChoiceField(label=_("Poollid"), queryset=PoolMember.objects.none())
    pool = forms.ModelChoiceField(label=_("Werkt ook in pool"), queryset=Pool.objects.none())
    hours_per_week = forms.DecimalField(
        label=_("Hoogstens uren per week in die pool"), min_value=1, max_value=40, decimal_places=1
    )

    def __init__(self, *args, pool: Pool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = PoolMember.objects.filter(pool=pool, active=True).order_by("name")
        self.fields["pool"].queryset = Pool.objects.exclude(pk=pool.pk).order_by("name")
