"""The audit trail as a list (core.lists): filters, sort, search, pages and export."""

from __future__ import annotations

from datetime import datetime, time

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy, ngettext_lazy

from flexpool.core.audit_text import describe, person_name
from flexpool.core.lists import Column, ExportColumn, ListFilterSet, ListSpec
from flexpool.core.models import AuditRecord

ALL = gettext_lazy("Alle")
GROUPS = (
    ("vraag.", gettext_lazy("Vragen")),
    ("voorstel.", gettext_lazy("Voorstellen")),
    ("inzet.", gettext_lazy("Inzet (acceptatie, bevestiging)")),
    ("uren.", gettext_lazy("Uren (goedkeuring, correcties)")),
    ("verrekening.", gettext_lazy("Verrekening")),
    ("periode.", gettext_lazy("Periodes")),
    ("tarief.", gettext_lazy("Tarieven")),
)


class AuditFilter(ListFilterSet):
    search_fields = ("action", "object_label", "actor__username", "actor__first_name", "actor__last_name")

    groep = django_filters.ChoiceFilter(
        choices=GROUPS, method="group", label=gettext_lazy("Soort besluit"), empty_label=ALL
    )
    wie = django_filters.CharFilter(method="person", label=gettext_lazy("Door (naam)"))
    gemeente = django_filters.ChoiceFilter(
        field_name="municipality_code", label=gettext_lazy("Gemeente"), empty_label=ALL
    )
    van = django_filters.DateFilter(method="since", label=gettext_lazy("Vanaf"))
    tot = django_filters.DateFilter(method="until", label=gettext_lazy("Tot en met"))

    class Meta:
        model = AuditRecord
        fields: list[str] = []

    def __init__(self, *args, municipalities=(), **kwargs):
        self.municipalities = list(municipalities)
        super().__init__(*args, **kwargs)

    def prepare(self) -> None:
        if self.municipalities:
            self.set_choices("gemeente", [(m.code, m.name) for m in self.municipalities])
        else:  # a contact's trail is its own municipality's: nothing to choose
            del self.filters["gemeente"]

    def group(self, queryset, name, value):
        return queryset.filter(action__startswith=value)

    def person(self, queryset, name, value):
        condition = Q()
        for word in value.split()[:4]:
            condition &= (
                Q(actor__username__icontains=word)
                | Q(actor__first_name__icontains=word)
                | Q(actor__last_name__icontains=word)
                | Q(actor__pool_member__name__icontains=word)
            )
        return queryset.filter(condition)

    def since(self, queryset, name, value):
        tz = timezone.get_current_timezone()
        return queryset.filter(occurred_at__gte=datetime.combine(value, time.min, tzinfo=tz))

    def until(self, queryset, name, value):
        tz = timezone.get_current_timezone()
        return queryset.filter(occurred_at__lte=datetime.combine(value, time.max, tzinfo=tz))


def person(user) -> str:
    return person_name(user) if user is not None else "systeem"


def changes_text(record: AuditRecord) -> str:
    return "; ".join(f"{k}: {v}" for k, v in (record.changes or {}).items())


AUDIT = ListSpec(
    name="audittrail",
    columns=(
        Column("wanneer", gettext_lazy("Wanneer"), ("occurred_at",)),
        Column("wat", gettext_lazy("Wat er gebeurde"), ("action",)),
        Column("waarop", gettext_lazy("Waarop"), ("object_label",)),
        Column("gemeente", gettext_lazy("Gemeente"), ("municipality_code",)),
    ),
    default_sort="-wanneer",
    filterset=AuditFilter,
    export=(
        ExportColumn(gettext_lazy("Tijdstip"), lambda r: r.occurred_at),
        ExportColumn(gettext_lazy("Door"), lambda r: person(r.actor)),
        ExportColumn(gettext_lazy("Actie"), lambda r: r.action),
        ExportColumn(gettext_lazy("Soort object"), lambda r: r.object_type),
        ExportColumn(gettext_lazy("Object"), lambda r: r.object_id),
        ExportColumn(gettext_lazy("Omschrijving"), lambda r: r.object_label),
        ExportColumn(gettext_lazy("Gemeente"), lambda r: r.municipality_code),
        ExportColumn(gettext_lazy("Wijzigingen"), changes_text),
        ExportColumn(gettext_lazy("Wat er gebeurde"), describe),
    ),
    export_permission="audit.export",
    counted=ngettext_lazy(
        "%(n)s besluit of wijziging gevonden", "%(n)s besluiten en wijzigingen gevonden", "n"
    ),
    tiebreak=("-id",),
)
