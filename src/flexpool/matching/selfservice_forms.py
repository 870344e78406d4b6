"""Forms of the members' self-service pages and the coordinator's validation and availability pages."""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from flexpool.core.forms import localize_numbers
from flexpool.pool.models import Competence, Level
from flexpool.regions.models import Municipality

DATE_INPUT = forms.DateInput(attrs={"type": "date", "class": "utrecht-textbox utrecht-textbox--html-input"})
TEXT = {"class": "utrecht-textbox utrecht-textbox--html-input"}
SELECT = {"class": "utrecht-select utrecht-select--html-select"}


class ProfileForm(forms.Form):
    home_municipality = forms.ChoiceField(label=_("Woongemeente"), widget=forms.Select(attrs=SELECT))
    local_ties = forms.MultipleChoiceField(
        label=_("Lokale binding"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Gemeenten die u kent: gewoond, gewerkt, netwerk. Dit telt bij werk met bewoners."),
    )
    development_wishes = forms.MultipleChoiceField(
        label=_("Ontwikkelwensen"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Waarin wilt u groeien? De coördinator houdt er rekening mee."),
    )

    def __init__(self, *args, tie_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["home_municipality"].choices = [
            (m.code, m.name) for m in Municipality.objects.order_by("name").only("code", "name")
        ]
        self.fields["local_ties"].choices = tie_choices
        self.fields["development_wishes"].choices = [
            (c.code, c.display_name) for c in Competence.objects.all()
        ]


class CompetencesForm(forms.Form):
    """One level per competence; 0 means: not."""

    def __init__(self, *args, competences, **kwargs):
        super().__init__(*args, **kwargs)
        self.competences = list(competences)
        choices = [(0, _("Niet")), *Level.choices]
        for competence in self.competences:
            self.fields[competence.code] = forms.TypedChoiceField(
                label=competence.display_name, choices=choices, coerce=int, widget=forms.Select(attrs=SELECT)
            )

    def levels(self) -> dict[str, int]:
        return {c.code: self.cleaned_data[c.code] for c in self.competences}


class ContractForm(forms.Form):
    contract_hours = forms.DecimalField(
        label=_("Contracturen per week voor de pool"),
        min_value=1,
        max_value=40,
        decimal_places=1,
        widget=forms.NumberInput(attrs={**TEXT, "step": "0.5"}),
    )
    start = forms.DateField(label=_("Met ingang van"), widget=DATE_INPUT)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        localize_numbers(self)


class LeaveForm(forms.Form):
    KIND_OFF, KIND_FEWER = "vrij", "minder"
    start = forms.DateField(label=_("Van"), widget=DATE_INPUT)
    end = forms.DateField(label=_("Tot en met"), widget=DATE_INPUT)
    kind = forms.ChoiceField(
        label=_("Soort"),
        choices=[(KIND_OFF, _("Helemaal vrij (verlof)")), (KIND_FEWER, _("Minder uren per week"))],
        widget=forms.RadioSelect,
        initial=KIND_OFF,
    )
    hours_per_week = forms.DecimalField(
        label=_("Uren per week in deze periode"),
        required=False,
        min_value=0,
        max_value=40,
        decimal_places=1,
        widget=forms.NumberInput(attrs={**TEXT, "step": "0.5"}),
        help_text=_("Alleen bij minder uren."),
    )
    reason = forms.CharField(
        label=_("Omschrijving (optioneel)"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs=TEXT),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        localize_numbers(self)

    def clean(self):
        data = super().clean()
        if data.get("kind") == self.KIND_FEWER and data.get("hours_per_week") is None:
            self.add_error("hours_per_week", _("Vul in hoeveel uur per week u in deze periode werkt."))
        if data.get("kind") == self.KIND_OFF:
            data["hours_per_week"] = None
        return data


class AvailabilityFilter(forms.Form):
    competence = forms.ChoiceField(label=_("Competentie"), required=False, widget=forms.Select(attrs=SELECT))
    municipality = forms.ChoiceField(
        label=_("Gemeente (woont of heeft binding)"), required=False, widget=forms.Select(attrs=SELECT)
    )
    start = forms.DateField(label=_("Vanaf week van"), required=False, widget=DATE_INPUT)

    def __init__(self, *args, municipalities, pool_ids=None, **kwargs):
        super().__init__(*args, **kwargs)
        competences = Competence.objects.all()
        if pool_ids is not None:
            # The competences of the pools' domains, and those that count in every domain.
            competences = competences.filter(
                Q(domain__isnull=True) | Q(domain__pools__in=pool_ids)
            ).distinct()
        self.fields["competence"].choices = [
            ("", _("Alle")),
            *((c.code, c.display_name) for c in competences),
        ]
        self.fields["municipality"].choices = [("", _("Alle")), *((m.code, m.name) for m in municipalities)]
