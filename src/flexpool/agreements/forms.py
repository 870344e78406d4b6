"""Forms for agreements, the host and the funders. They collect input; the services validate."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.agreements.models import HOST_KINDS, AgreementKind, OrganisationKind
from flexpool.core.forms import DATE_INPUT, StyledForm
from flexpool.matching.models import Assignment
from flexpool.pool.models import Membership, Pool
from flexpool.regions.models import Municipality


class AgreementForm(StyledForm):
    pool = forms.ModelChoiceField(label=_("Pool"), queryset=Pool.objects.none(), empty_label=None)
    kind = forms.ChoiceField(label=_("Soort overeenkomst"), choices=AgreementKind.choices)
    title = forms.CharField(label=_("Titel"), max_length=200)
    municipalities = forms.ModelMultipleChoiceField(
        label=_("Gemeenten die partij zijn"),
        queryset=Municipality.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    host_is_party = forms.BooleanField(label=_("De gastorganisatie is partij"), required=False)
    membership = forms.ModelChoiceField(
        label=_("Over het lidmaatschap van"),
        queryset=Membership.objects.none(),
        required=False,
        empty_label=_("— niet over één lidmaatschap —"),
        help_text=_("Bijvoorbeeld de DVO van één gemeente."),
    )
    assignment = forms.ModelChoiceField(
        label=_("Over de inzet"),
        queryset=Assignment.objects.none(),
        required=False,
        empty_label=_("— niet over één inzet —"),
        help_text=_("Bijvoorbeeld de detacheringsovereenkomst van één poollid."),
    )
    starts_on = forms.DateField(label=_("Ingangsdatum"), widget=DATE_INPUT)
    ends_on = forms.DateField(
        label=_("Einddatum"),
        widget=DATE_INPUT,
        required=False,
        help_text=_("Leeg laten bij onbepaalde tijd."),
    )
    signed = forms.BooleanField(label=_("Ondertekend"), required=False)
    signed_on = forms.DateField(label=_("Ondertekend op"), widget=DATE_INPUT, required=False)
    notes = forms.CharField(label=_("Notities"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, pools=None, **kwargs):
        super().__init__(*args, **kwargs)
        pools = pools if pools is not None else Pool.objects.none()
        pool_ids = list(pools.values_list("pk", flat=True))
        self.fields["pool"].queryset = pools
        member_ids = Membership.objects.filter(pool_id__in=pool_ids).values("municipality_id")
        self.fields["municipalities"].queryset = Municipality.objects.filter(pk__in=member_ids).order_by(
            "name"
        )
        self.fields["membership"].queryset = (
            Membership.objects.filter(pool_id__in=pool_ids)
            .select_related("municipality")
            .order_by("municipality__name")
        )
        self.fields["membership"].label_from_instance = lambda m: m.municipality.name
        self.fields["assignment"].queryset = (
            Assignment.objects.filter(request__pool_id__in=pool_ids)
            .select_related("member", "request")
            .order_by("-start", "member__name")
        )
        self.fields["assignment"].label_from_instance = lambda a: f"{a.member.name}: {a.request.title}"
        if len(pool_ids) == 1:
            self.fields["pool"].widget = forms.HiddenInput()
            self.fields["pool"].initial = pool_ids[0]


class UploadForm(StyledForm):
    file = forms.FileField(
        label=_("Bestand"),
        help_text=_("PDF of Word (.docx), hoogstens 20 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx"}),
    )
    note = forms.CharField(label=_("Wat is er veranderd"), max_length=255, required=False)


class CreateForm(AgreementForm):
    file = forms.FileField(
        label=_("Bestand (mag later)"),
        required=False,
        help_text=_("PDF of Word (.docx), hoogstens 20 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx"}),
    )


class HostForm(StyledForm):
    kind = forms.ChoiceField(label=_("Soort organisatie"), choices=[(k.value, k.label) for k in HOST_KINDS])
    name = forms.CharField(label=_("Naam"), max_length=200, required=False)
    municipality = forms.ModelChoiceField(
        label=_("Gemeente (alleen als de gastorganisatie een gemeente is)"),
        queryset=Municipality.objects.order_by("name"),
        required=False,
    )
    role = forms.CharField(
        label=_("Wat doet de gastorganisatie"),
        max_length=255,
        required=False,
        help_text=_("Bijvoorbeeld: heeft de procesbegeleiders in dienst; de gemeenten sturen het werk aan."),
    )


class FunderForm(StyledForm):
    name = forms.CharField(label=_("Naam van de financier"), max_length=200)
    kind = forms.ChoiceField(label=_("Soort organisatie"), choices=OrganisationKind.choices)


class ContributionForm(StyledForm):
    year = forms.IntegerField(label=_("Jaar"), min_value=2000, max_value=2100)
    amount_eur = forms.DecimalField(
        label=_("Bedrag per jaar (euro)"), required=False, max_digits=12, decimal_places=2, min_value=0
    )
    percentage = forms.DecimalField(
        label=_("Of: percentage van de kosten"), required=False, max_digits=5, decimal_places=2, min_value=0
    )
