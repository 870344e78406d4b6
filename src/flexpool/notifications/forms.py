from django import forms
from django.utils.translation import gettext_lazy as _

from flexpool.notifications.kinds import Delivery, Kind


class PreferencesForm(forms.Form):
    """Language, and per kind the user can receive: immediately, daily digest or off."""

    # Each language in its own words, as on the language switch in the header.
    language = forms.ChoiceField(
        label=_("Taal van uw e-mail"),
        choices=[("nl", "Nederlands"), ("en", "English")],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, kinds: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.kinds = kinds
        for kind in kinds:
            self.fields[kind] = forms.ChoiceField(
                label=Kind(kind).label, choices=Delivery.choices, widget=forms.RadioSelect
            )

    def kind_fields(self):
        return [self[kind] for kind in self.kinds]

    def choices(self) -> dict[str, str]:
        return {kind: self.cleaned_data[kind] for kind in self.kinds}
