"""The evaluation form: three marks from 1 to 5 and two open questions."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.core.forms import StyledForm
from flexpool.evaluations.models import ASPECTS

MARKS = [
    (5, _("5 – zeer goed")),
    (4, _("4 – goed")),
    (3, _("3 – voldoende")),
    (2, _("2 – matig")),
    (1, _("1 – slecht")),
]


class EvaluationForm(StyledForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in ASPECTS.items():
            self.fields[key] = forms.TypedChoiceField(
                label=label,
                choices=MARKS,
                coerce=int,
                widget=forms.RadioSelect,
            )
        self.fields["went_well"] = forms.CharField(
            label=_("Wat ging goed?"), widget=forms.Textarea(attrs={"rows": 3}), required=False
        )
        self.fields["could_be_better"] = forms.CharField(
            label=_("Wat kan beter?"), widget=forms.Textarea(attrs={"rows": 3}), required=False
        )
        for name in ("went_well", "could_be_better"):
            self.fields[name].widget.attrs.setdefault(
                "class", "utrecht-textarea utrecht-textarea--html-textarea"
            )
