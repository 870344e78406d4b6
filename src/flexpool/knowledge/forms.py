"""Forms for the knowledge pages. They collect input; the services validate and decide."""

from __future__ import annotations

from django import forms
from django.core.validators import URLValidator
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from flexpool.core.forms import DATE_INPUT, StyledForm
from flexpool.knowledge import processing
from flexpool.knowledge.extract import EXTENSIONS
from flexpool.knowledge.models import ItemKind, Phase, SynonymKind, Visibility
from flexpool.pool.models import Competence, Contact, Domain, PoolMember
from flexpool.regions.models import Municipality


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ",".join(f".{e}" for e in EXTENSIONS)})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        values = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(value, initial) for value in values]


def pool_municipalities(pool, keep: int | None = None):
    """The municipalities that are members of the pool today (a leave date today or later still
    counts), and `keep` (the item's own municipality, so editing an older item keeps it)."""
    active = pool.memberships.active_on(timezone.localdate()).values("municipality_id")
    return Municipality.objects.filter(Q(pk__in=active) | Q(pk=keep))


def contact_label(contact: Contact) -> str:
    name = contact.user.get_full_name() or contact.user.get_username()
    return f"{name} ({contact.municipality.name})"


class ItemForm(StyledForm):
    title = forms.CharField(label=_("Titel"), max_length=200)
    summary = forms.CharField(
        label=_("Samenvatting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Twee of drie zinnen: waar gaat het over, voor wie is het bruikbaar?"),
    )
    body = forms.CharField(label=_("Tekst"), required=False, widget=forms.Textarea(attrs={"rows": 8}))
    kind = forms.ChoiceField(label=_("Soort"), choices=ItemKind.choices)
    phase = forms.ChoiceField(label=_("Fase"), choices=Phase.choices, initial=Phase.GENERAL)
    domain = forms.ModelChoiceField(label=_("Domein"), queryset=Domain.objects.all(), required=False)
    municipality = forms.ModelChoiceField(
        label=_("Gemeente van herkomst"), queryset=Municipality.objects.none(), required=False
    )
    published_on = forms.DateField(label=_("Datum"), widget=DATE_INPUT)
    visibility = forms.ChoiceField(
        label=_("Zichtbaarheid"),
        choices=Visibility.choices,
        initial=Visibility.POOL,
        help_text=_("Pool: alleen de gemeenten en mensen van deze pool. Openbaar: ook zonder inloggen."),
    )
    author_members = forms.ModelMultipleChoiceField(
        label=_("Auteurs (poolleden)"),
        queryset=PoolMember.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"class": "utrecht-select utrecht-select--html-select", "size": 5}),
    )
    author_contacts = forms.ModelMultipleChoiceField(
        label=_("Auteurs (contactpersonen van gemeenten)"),
        queryset=Contact.objects.none(),
        required=False,
        help_text=_("Medewerkers van een gemeente in deze pool die aan het stuk hebben geschreven."),
        widget=forms.SelectMultiple(attrs={"class": "utrecht-select utrecht-select--html-select", "size": 5}),
    )
    competences = forms.ModelMultipleChoiceField(
        label=_("Competenties"),
        queryset=Competence.objects.all(),
        to_field_name="code",
        required=False,
        widget=forms.SelectMultiple(attrs={"class": "utrecht-select utrecht-select--html-select", "size": 5}),
    )
    links = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Eén per regel: het adres, dan eventueel een spatie en een omschrijving."),
    )
    files = MultipleFileField(
        label=_("Bestanden"),
        required=False,
        help_text=_(
            "PDF, Word (.docx), OpenDocument (.odt), Markdown of HTML; hoogstens 20 MB per bestand, "
            "uitgepakt hoogstens 50 MB, een PDF hoogstens 500 pagina's."
        ),
    )

    def __init__(self, *args, pool=None, item=None, **kwargs):
        super().__init__(*args, **kwargs)
        kept_municipality = item.municipality_id if item is not None else None
        kept_contacts = list(item.author_contacts.values_list("pk", flat=True)) if item is not None else []
        seconds, megabytes = processing.limits()
        self.fields["files"].help_text = _(
            "PDF, Word (.docx), OpenDocument (.odt), Markdown of HTML; hoogstens 20 MB per bestand, "
            "uitgepakt hoogstens 50 MB, een PDF hoogstens 500 pagina's. Na het opslaan wordt de tekst "
            "op de achtergrond gelezen, hoogstens %(seconds)s seconden en %(mb)s MB geheugen per bestand; "
            "tot dan staat het item op 'wordt verwerkt'."
        ) % {"seconds": f"{seconds:g}".replace(".", ","), "mb": megabytes}
        if pool is not None:
            # Editing an item keeps its own municipality and authors, also when they have left since.
            self.fields["municipality"].queryset = pool_municipalities(pool, kept_municipality)
            self.fields["author_members"].queryset = PoolMember.objects.filter(pool=pool, active=True)
            self.fields["author_contacts"].queryset = (
                Contact.objects.filter(
                    Q(municipality__in=pool_municipalities(pool)) | Q(pk__in=kept_contacts)
                )
                .select_related("user", "municipality")
                .order_by("municipality__name", "user__last_name", "user__first_name", "user__username")
            )
            self.fields["author_contacts"].label_from_instance = contact_label

    def clean_links(self):
        pairs = []
        validate = URLValidator(schemes=["http", "https"])
        for line in self.cleaned_data["links"].splitlines():
            if not line.strip():
                continue
            url, _space, label = line.strip().partition(" ")
            try:
                validate(url)
            except forms.ValidationError as error:
                raise forms.ValidationError(_("Geen geldig adres: %(url)s") % {"url": url}) from error
            pairs.append((url, label.strip()))
        return pairs


class ReuseForm(forms.Form):
    request = forms.IntegerField(required=False)
    note = forms.CharField(required=False, max_length=300)
    next = forms.CharField(required=False)


class ThesaurusForm(StyledForm):
    phrases = forms.CharField(
        label=_("Woorden die hetzelfde betekenen"),
        help_text=_("Eén woord of woordgroep per regel, bijvoorbeeld WUP en wijkuitvoeringsplan."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    kind = forms.ChoiceField(label=_("Soort"), choices=SynonymKind.choices, initial=SynonymKind.SYNONYM)
    note = forms.CharField(label=_("Toelichting (niet verplicht)"), required=False, max_length=200)
