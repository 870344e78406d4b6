"""The request form. It collects input; `demand.services` validates and decides."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django import forms
from django.db.models import Q, QuerySet
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from flexpool.core.forms import DATE_INPUT, StyledForm
from flexpool.demand.models import CapacityRequest
from flexpool.pool.models import Competence, Domain, Level, Pool
from flexpool.regions.models import Municipality

PARTNER_ROWS = 3


class RequestForm(StyledForm):
    title = forms.CharField(label=_("Titel"), max_length=160)
    description = forms.CharField(label=_("Omschrijving"), widget=forms.Textarea(attrs={"rows": 5}))
    hours_per_week = forms.DecimalField(label=_("Uren per week"), min_value=1, max_value=40, decimal_places=1)
    start = forms.DateField(label=_("Startdatum"), widget=DATE_INPUT)
    end = forms.DateField(label=_("Einddatum"), widget=DATE_INPUT)
    priority = forms.TypedChoiceField(
        label=_("Prioriteit"),
        choices=CapacityRequest.Priority.choices,
        coerce=int,
        initial=CapacityRequest.Priority.NORMAL,
    )
    resident_facing = forms.BooleanField(
        label=_("Contact met bewoners (vraagt lokale binding)"), required=False
    )
    splittable = forms.BooleanField(label=_("Mag over twee personen verdeeld worden"), required=False)
    competence_1 = forms.ModelChoiceField(
        label=_("Gevraagde competentie"), queryset=Competence.objects.all(), to_field_name="code"
    )
    level_1 = forms.TypedChoiceField(
        label=_("Minimaal niveau"), choices=Level.choices, coerce=int, initial=Level.ADVANCED
    )
    competence_2 = forms.ModelChoiceField(
        label=_("Tweede competentie (optioneel)"),
        queryset=Competence.objects.all(),
        to_field_name="code",
        required=False,
    )
    level_2 = forms.TypedChoiceField(
        label=_("Minimaal niveau"), choices=Level.choices, coerce=int, initial=Level.ADVANCED
    )
    own_share = forms.DecimalField(
        label=_("Aandeel van uw gemeente (%)"),
        min_value=Decimal("0.01"),
        max_value=100,
        decimal_places=2,
        required=False,
        help_text=_("Alleen invullen als u de vraag deelt met andere gemeenten."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # Errors the service reports on the shares as a whole go on the own share.
    service_fields = {"shares": "own_share"}

    def __init__(
        self,
        *args,
        municipality: Municipality,
        partners: QuerySet[Municipality],
        pools: Sequence[Pool] = (),
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.municipality = municipality
        version = self.fields.pop("version")
        pools = list(pools)
        # A municipality in several pools chooses the pool; with one pool the field is hidden.
        self.fields["pool"] = forms.ModelChoiceField(
            label=_("Pool"),
            required=False,
            queryset=Pool.objects.filter(pk__in=[p.pk for p in pools]).order_by("name"),
            initial=pools[0].pk if pools else None,
            help_text=_("Alleen pools waarvan uw gemeente op de startdatum lid is."),
            widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"})
            if len(pools) > 1
            else forms.HiddenInput,
        )
        domains = sorted({d for p in pools for d in p.domains.all()}, key=lambda d: d.name)
        self.fields["domain"] = forms.ModelChoiceField(
            label=_("Domein"),
            queryset=Domain.objects.filter(pk__in=[d.pk for d in domains]).order_by("name"),
            to_field_name="code",
            required=False,
            empty_label=_("Het domein van de pool"),
            widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"})
            if len(domains) > 1
            else forms.HiddenInput,
        )
        if pools:
            # Only the competences of the pools' domains, and those that count in every domain.
            competences = Competence.objects.filter(Q(domain__isnull=True) | Q(domain__in=domains))
            self.fields["competence_1"].queryset = competences
            self.fields["competence_2"].queryset = competences
        self.order_fields(["pool", "domain"])
        self.default_pool = pools[0] if pools else None
        if len(pools) > 1:
            # "Not a member on the start date" belongs to the chosen pool.
            self.service_fields = {**self.service_fields, "municipality": "pool"}
        for n in range(1, PARTNER_ROWS + 1):
            self.fields[f"partner_{n}"] = forms.ModelChoiceField(
                label=_("Partnergemeente %(n)s") % {"n": n},
                queryset=partners,
                to_field_name="code",
                required=False,
                widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
            )
            self.fields[f"share_{n}"] = forms.DecimalField(
                label=_("Aandeel van partner %(n)s (%%)") % {"n": n},
                min_value=Decimal("0.01"),
                max_value=100,
                decimal_places=2,
                required=False,
                widget=forms.NumberInput(attrs={"class": "utrecht-textbox utrecht-textbox--html-input"}),
            )
        places = Municipality.objects.filter(pk=municipality.pk) | partners
        self.fields["work_municipality"] = forms.ModelChoiceField(
            label=_("Gemeente waar het werk is"),
            queryset=places.order_by("name"),
            to_field_name="code",
            required=False,
            empty_label=_("De eigen gemeente"),
            help_text=_("Bij contact met bewoners moet de persoon hier lokale binding hebben."),
            widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
        )
        self.fields["version"] = version

    SHARING = ("own_share", "work_municipality")

    def main_fields(self):
        return [f for f in self.visible_fields() if not self._is_sharing(f.name)]

    def sharing_fields(self):
        return [f for f in self.visible_fields() if self._is_sharing(f.name)]

    def _is_sharing(self, name: str) -> bool:
        return name in self.SHARING or name.startswith(("partner_", "share_"))

    def clean_pool(self):
        """Not sent (one pool, or an older client): the pool the page was opened for."""
        return self.cleaned_data.get("pool") or self.default_pool

    def clean(self):
        data = super().clean()
        rows = [(n, data.get(f"partner_{n}"), data.get(f"share_{n}")) for n in range(1, PARTNER_ROWS + 1)]
        chosen = []
        for n, partner, share in rows:
            if partner and share is None and f"share_{n}" not in self.errors:
                self.add_error(f"share_{n}", _("Vul het aandeel van %(name)s in.") % {"name": partner.name})
            if share is not None and not partner:
                self.add_error(f"partner_{n}", _("Kies de gemeente bij dit aandeel."))
            if partner:
                if partner.pk == self.municipality.pk or partner in chosen:
                    self.add_error(f"partner_{n}", _("Deze gemeente staat er al in."))
                chosen.append(partner)
        own = data.get("own_share")
        if chosen and own is None and "own_share" not in self.errors:
            self.add_error("own_share", _("Vul het aandeel van uw eigen gemeente in."))
        elif chosen and own is not None and not self.errors:
            total = own + sum((share for _n, p, share in rows if p and share is not None), Decimal(0))
            if total != 100:
                self.add_error(
                    "own_share",
                    _("De aandelen tellen op tot %(total)s%%; samen moet dat 100%% zijn.")
                    % {"total": formats.localize(Decimal(format(total.normalize(), "f")))},
                )
        elif not chosen and own is not None and own != 100:
            self.add_error("own_share", _("Kies ook de partnergemeenten, of laat dit veld leeg."))
        work = data.get("work_municipality")
        if work and work.pk != self.municipality.pk and work not in chosen:
            self.add_error("work_municipality", _("Kies uw eigen gemeente of een van de gekozen partners."))
        return data

    def shares(self) -> list[tuple[str, Decimal]]:
        """(CBS code, percentage) per municipality, the own one first; empty when not shared."""
        data = self.cleaned_data
        partners = [
            (data[f"partner_{n}"].code, data[f"share_{n}"])
            for n in range(1, PARTNER_ROWS + 1)
            if data.get(f"partner_{n}")
        ]
        if not partners:
            return []
        return [(self.municipality.code, data["own_share"]), *partners]

    def work_municipality_code(self) -> str | None:
        work = self.cleaned_data.get("work_municipality")
        return work.code if work else None

    def required_competences(self) -> list[tuple[str, int]]:
        pairs = [(self.cleaned_data["competence_1"], self.cleaned_data["level_1"])]
        if self.cleaned_data.get("competence_2"):
            pairs.append((self.cleaned_data["competence_2"], self.cleaned_data["level_2"]))
        return [(c.code, level) for c, level in pairs]
