"""The request list and the intake queue as lists: filters, sort, search and export (core.lists)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from flexpool.core.lists import Column, DateFromFilter, DateToFilter, ExportColumn, ListFilterSet, ListSpec
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest

YES_NO = (("ja", gettext_lazy("Ja")), ("nee", gettext_lazy("Nee")))


class RequestFilter(ListFilterSet):
    search_fields = ("title", "description", "municipality__name")
    statuses = RequestStatus.choices

    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), empty_label=gettext_lazy("Alle"))
    gemeente = django_filters.ChoiceFilter(
        field_name="municipality__code", label=gettext_lazy("Gemeente"), empty_label=gettext_lazy("Alle")
    )
    prioriteit = django_filters.ChoiceFilter(
        field_name="priority",
        choices=CapacityRequest.Priority.choices,
        label=gettext_lazy("Prioriteit"),
        empty_label=gettext_lazy("Alle"),
    )
    bewoners = django_filters.ChoiceFilter(
        choices=YES_NO, method="resident_facing", label=gettext_lazy("Contact met bewoners"),
        empty_label=gettext_lazy("Alle"),
    )  # fmt: skip
    start_van = DateFromFilter("start", gettext_lazy("Start vanaf"))
    start_tot = DateToFilter("start", gettext_lazy("Start tot en met"))

    class Meta:
        model = CapacityRequest
        fields: list[str] = []

    def prepare(self) -> None:
        self.set_choices("status", self.statuses)
        # Only the municipalities of rows this user may see.
        municipalities = (
            self.queryset.order_by("municipality__name")
            .values_list("municipality__code", "municipality__name")
            .distinct()
        )
        self.set_choices("gemeente", municipalities)

    def resident_facing(self, queryset, name, value):
        return queryset.filter(resident_facing=value == "ja")


class IntakeFilter(RequestFilter):
    statuses = [(s.value, s.label) for s in (RequestStatus.SUBMITTED, RequestStatus.IN_INTAKE)]


COLUMNS = (
    Column("titel", gettext_lazy("Titel"), ("title",)),
    Column("gemeente", gettext_lazy("Gemeente"), ("municipality__name",)),
    Column("uren", gettext_lazy("Uren/week"), ("hours_per_week",), numeric=True),
    Column("start", gettext_lazy("Periode"), ("start", "end")),
    Column("prioriteit", gettext_lazy("Prioriteit"), ("priority", "start")),
    Column("status", gettext_lazy("Status"), ("status",)),
    Column("aangemaakt", gettext_lazy("Aangemaakt"), ("created_at",), shown=False),
)


def _yes_no(value: bool) -> str:
    return _("ja") if value else _("nee")


EXPORT = (
    ExportColumn(gettext_lazy("Nummer"), lambda r: r.pk),
    ExportColumn(gettext_lazy("Titel"), lambda r: r.title),
    ExportColumn(gettext_lazy("Gemeente"), lambda r: r.municipality.name),
    ExportColumn(gettext_lazy("Gemeente waar het werk is"), lambda r: r.place.name),
    ExportColumn(gettext_lazy("Status"), lambda r: r.get_status_display()),
    ExportColumn(gettext_lazy("Prioriteit"), lambda r: r.get_priority_display()),
    ExportColumn(gettext_lazy("Uren per week"), lambda r: r.hours_per_week),
    ExportColumn(gettext_lazy("Startdatum"), lambda r: r.start),
    ExportColumn(gettext_lazy("Einddatum"), lambda r: r.end),
    ExportColumn(gettext_lazy("Contact met bewoners"), lambda r: _yes_no(r.resident_facing)),
    ExportColumn(gettext_lazy("Aangemaakt"), lambda r: r.created_at),
)
COUNTED = ngettext_lazy("%(n)s vraag gevonden", "%(n)s vragen gevonden", "n")

REQUESTS = ListSpec(
    name="vragen", columns=COLUMNS, default_sort="-aangemaakt", filterset=RequestFilter, export=EXPORT,
    counted=COUNTED,
)  # fmt: skip
INTAKE = ListSpec(
    name="intake", columns=COLUMNS, default_sort="prioriteit", filterset=IntakeFilter, export=EXPORT,
    counted=COUNTED,
)  # fmt: skip
