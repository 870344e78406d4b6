"""Forms for logging in, the second factor, claim mappings and privacy requests."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from flexpool.accounts.roles import ROLE_LABELS, Role

TEXTBOX = "utrecht-textbox utrecht-textbox--html-input"
SELECT = "utrecht-select utrecht-select--html-select"


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _("Gebruikersnaam of wachtwoord klopt niet."),
        "inactive": _("Dit account is uitgeschakeld."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Gebruikersnaam")
        self.fields["password"].label = _("Wachtwoord")
        for field in self.fields.values():
            field.widget.attrs["class"] = TEXTBOX


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        help_text=_("De code van 6 cijfers uit uw app, of een van uw herstelcodes."),
        widget=forms.TextInput(
            attrs={
                "class": TEXTBOX,
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
            }
        ),
    )


class SetupCodeForm(CodeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = _("De code van 6 cijfers die uw app nu toont.")


class ClaimMappingForm(forms.Form):
    claim = forms.CharField(
        label=_("Gegeven (claim)"),
        max_length=100,
        initial="groups",
        help_text=_("Naam van het gegeven dat de inlogdienst meestuurt, bijvoorbeeld groups."),
        widget=forms.TextInput(attrs={"class": TEXTBOX}),
    )
    value = forms.CharField(
        label=_("Waarde"),
        max_length=200,
        help_text=_("Bijvoorbeeld de naam van de groep in uw organisatie."),
        widget=forms.TextInput(attrs={"class": TEXTBOX}),
    )
    role = forms.ChoiceField(
        label=_("Rol in Flexpool"),
        choices=[("", "—")] + [(r.value, ROLE_LABELS[r]) for r in Role],
        widget=forms.Select(attrs={"class": SELECT}),
    )
    pool = forms.TypedChoiceField(
        label=_("Pool"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Nodig voor coördinator en flexpooler."),
        widget=forms.Select(attrs={"class": SELECT}),
    )
    municipality = forms.TypedChoiceField(
        label=_("Gemeente"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Nodig voor gemeentelijk contactpersoon."),
        widget=forms.Select(attrs={"class": SELECT}),
    )

    def __init__(self, *args, pools=(), municipalities=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pool"].choices = [("", "—")] + [(p.pk, p.name) for p in pools]
        self.fields["municipality"].choices = [("", "—")] + [(m.pk, m.name) for m in municipalities]
