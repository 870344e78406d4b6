"""The hours lists as lists (core.lists): the member's own hours and the approver's list."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from flexpool.core.lists import Column, DateFromFilter, DateToFilter, ExportColumn, ListFilterSet, ListSpec
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import HourEntry

ALL = gettext_lazy("Alle")


class MyHoursFilter(ListFilterSet):
    search_fields = ("assignment__request__title", "note", "reason")

    status = django_filters.ChoiceFilter(
        choices=HourStatus.choices, label=gettext_lazy("Status"), empty_label=ALL
    )
    soort = django_filters.ChoiceFilter(
        field_name="kind", choices=HourEntry.Kind.choices, label=gettext_lazy("Soort"), empty_label=ALL
    )
    vraag = django_filters.ChoiceFilter(
        field_name="assignment__request_id", label=gettext_lazy("Vraag"), empty_label=ALL
    )
    van = DateFromFilter("week", gettext_lazy("Week vanaf"))
    tot = DateToFilter("week", gettext_lazy("Week tot en met"))

    class Meta:
        model = HourEntry
        fields: list[str] = []

    def prepare(self) -> None:
        requests = (
            self.queryset.order_by("assignment__request__title")
            .values_list("assignment__request_id", "assignment__request__title")
            .distinct()
        )
        self.set_choices("vraag", [(str(pk), title) for pk, title in requests])


class ApprovalFilter(MyHoursFilter):
    search_fields = ("assignment__request__title", "assignment__member__name", "note", "reason")

    poollid = django_filters.ChoiceFilter(
        field_name="assignment__member_id", label=gettext_lazy("Poollid"), empty_label=ALL
    )

    def prepare(self) -> None:
        super().prepare()
        members = (
            self.queryset.order_by("assignment__member__name")
            .values_list("assignment__member_id", "assignment__member__name")
            .distinct()
        )
        self.set_choices("poollid", [(str(pk), name) for pk, name in members])


def _person(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def _yes_no(value: bool) -> str:
    return _("ja") if value else _("nee")


WEEK = Column("week", gettext_lazy("Week"), ("week",))
REQUEST = Column("vraag", gettext_lazy("Vraag"), ("assignment__request__title",))
MUNICIPALITY = Column("gemeente", gettext_lazy("Gemeente"), ("assignment__request__municipality__name",))
HOURS = Column("uren", gettext_lazy("Uren"), ("hours",), numeric=True)
STATUS = Column("status", gettext_lazy("Status"), ("status",))

COMMON_EXPORT = (
    ExportColumn(gettext_lazy("Week (maandag)"), lambda e: e.week),
    ExportColumn(gettext_lazy("Vraag"), lambda e: e.assignment.request.title),
    ExportColumn(gettext_lazy("Gemeente"), lambda e: e.assignment.request.municipality.name),
    ExportColumn(gettext_lazy("Soort"), lambda e: e.get_kind_display()),
    ExportColumn(gettext_lazy("Uren"), lambda e: e.hours),
    ExportColumn(gettext_lazy("Status"), lambda e: e.get_status_display()),
    ExportColumn(gettext_lazy("Toelichting"), lambda e: e.note),
    ExportColumn(gettext_lazy("Reden van afkeuren"), lambda e: e.reason),
)
COUNTED = ngettext_lazy("%(n)s urenregel gevonden", "%(n)s urenregels gevonden", "n")

MY_HOURS = ListSpec(
    name="mijn-uren",
    columns=(
        WEEK, REQUEST, MUNICIPALITY, HOURS, STATUS,
        Column("toelichting", gettext_lazy("Toelichting of reden")),
        Column("verrekend", gettext_lazy("Verrekend")),
    ),
    default_sort="-week",
    filterset=MyHoursFilter,
    export=(*COMMON_EXPORT, ExportColumn(gettext_lazy("Verrekend"), lambda e: _yes_no(e.settled_in_id))),
    counted=COUNTED,
)  # fmt: skip

APPROVAL = ListSpec(
    name="uren-beoordelen",
    columns=(
        Column("kiezen", gettext_lazy("Kiezen")),
        REQUEST,
        HOURS,
        Column("afgesproken", gettext_lazy("Afgesproken"), ("assignment__hours_per_week",), numeric=True),
        Column("toelichting", gettext_lazy("Toelichting")),
        Column("week", gettext_lazy("Week"), ("week",), shown=False),
        Column("poollid", gettext_lazy("Poollid"), ("assignment__member__name", "week"), shown=False),
    ),
    # Waiting entries per member and week: the oldest week first, as they are grouped on the page.
    default_sort="week",
    filterset=ApprovalFilter,
    export=(
        ExportColumn(gettext_lazy("Poollid"), lambda e: e.assignment.member.name),
        *COMMON_EXPORT,
        ExportColumn(gettext_lazy("Afgesproken uren per week"), lambda e: e.assignment.hours_per_week),
        ExportColumn(gettext_lazy("Beoordeeld door"), lambda e: _person(e.decided_by)),
        ExportColumn(gettext_lazy("Beoordeeld op"), lambda e: e.decided_at),
    ),
    counted=COUNTED,
    tiebreak=("assignment__member__name", "assignment__member_id", "id"),
)  # fmt: skip
