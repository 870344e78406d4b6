"""The menu item form. It collects input; `catalogue.services` validates and decides."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.catalogue.models import MenuItemKind
from flexpool.core.forms import StyledForm
from flexpool.pool.models import Competence, Level

COMPETENCE_ROWS = 3


class MenuItemForm(StyledForm):
    title = forms.CharField(label=_("Titel"), max_length=160)
    kind = forms.ChoiceField(label=_("Soort"), choices=MenuItemKind.choices)
    description = forms.CharField(
        label=_("Omschrijving"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Wat levert de pool, voor wie, en wat vraagt het van de gemeente?"),
    )
    hours_per_week = forms.DecimalField(
        label=_("Gebruikelijke uren per week"), min_value=1, max_value=40, decimal_places=1
    )
    weeks = forms.IntegerField(label=_("Gebruikelijk aantal weken"), min_value=1, max_value=260)
    active = forms.BooleanField(
        label=_("Op de menukaart (zichtbaar voor gemeenten)"), required=False, initial=True
    )

    def __init__(self, *args, knowledge, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, COMPETENCE_ROWS + 1):
            self.fields[f"competence_{n}"] = forms.ModelChoiceField(
                label=_("Competentie %(n)s") % {"n": n},
                queryset=Competence.objects.all(),
                to_field_name="code",
                required=False,
                widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
            )
            self.fields[f"level_{n}"] = forms.TypedChoiceField(
                label=_("Minimaal niveau"),
                choices=Level.choices,
                coerce=int,
                initial=Level.ADVANCED,
                widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
            )
        self.fields["knowledge_items"] = forms.ModelMultipleChoiceField(
            label=_("Kennis uit de kennisbank"),
            queryset=knowledge,
            required=False,
            help_text=_("Voorbeelden en producten die bij dit onderdeel horen."),
            widget=forms.SelectMultiple(
                attrs={"class": "utrecht-select utrecht-select--html-select", "size": 6}
            ),
        )

    def competences(self) -> list[tuple[str, int]]:
        data = self.cleaned_data
        return [
            (data[f"competence_{n}"].code, data[f"level_{n}"])
            for n in range(1, COMPETENCE_ROWS + 1)
            if data.get(f"competence_{n}")
        ]

    @staticmethod
    def initial_for(item) -> dict:
        initial = {
            "title": item.title,
            "kind": item.kind,
            "description": item.description,
            "hours_per_week": item.hours_per_week,
            "weeks": item.weeks,
            "active": item.active,
            "knowledge_items": [k.pk for k in item.knowledge_items.all()],
        }
        for n, need in enumerate(item.competences.all()[:COMPETENCE_ROWS], start=1):
            initial[f"competence_{n}"] = need.competence.code
            initial[f"level_{n}"] = need.min_level
        return initial
