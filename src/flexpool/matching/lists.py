"""The pool members on the occupancy page as a list (core.lists): filter, sort, search, export."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy, ngettext_lazy

from flexpool.core.lists import Column, ExportColumn, ListFilterSet, ListSpec
from flexpool.pool.models import Competence, PoolMember
from flexpool.regions.models import Municipality

ALL = gettext_lazy("Alle")


class MemberFilter(ListFilterSet):
    search_fields = ("name", "employer", "home_municipality__name")

    competentie = django_filters.ChoiceFilter(
        field_name="competences__competence__code", label=gettext_lazy("Competentie"), empty_label=ALL
    )
    binding = django_filters.ChoiceFilter(
        field_name="local_ties__code", label=gettext_lazy("Lokale binding met"), empty_label=ALL
    )

    class Meta:
        model = PoolMember
        fields: list[str] = []

    def prepare(self) -> None:
        self.set_choices("competentie", Competence.objects.order_by("name").values_list("code", "name"))
        ties = Municipality.objects.filter(
            pk__in=PoolMember.local_ties.through.objects.filter(
                poolmember_id__in=self.queryset.values("pk")
            ).values("municipality_id")
        )
        self.set_choices("binding", ties.order_by("name").values_list("code", "name"))


def _competences(member: PoolMember) -> str:
    return ", ".join(f"{c.competence.name} ({c.get_level_display()})" for c in member.competences.all())


def _ties(member: PoolMember) -> str:
    return ", ".join(sorted(m.name for m in member.local_ties.all()))


MEMBERS = ListSpec(
    name="poolleden",
    columns=(
        Column("naam", gettext_lazy("Poollid"), ("name",)),
        Column("contract", gettext_lazy("Contract"), ("contract_hours",), numeric=True),
        Column("werkgever", gettext_lazy("Werkgever"), ("employer",), shown=False),
        Column("woongemeente", gettext_lazy("Woongemeente"), ("home_municipality__name",), shown=False),
    ),
    default_sort="naam",
    filterset=MemberFilter,
    export=(
        ExportColumn(gettext_lazy("Naam"), lambda m: m.name),
        ExportColumn(gettext_lazy("Werkgever"), lambda m: m.employer),
        ExportColumn(gettext_lazy("Woongemeente"), lambda m: m.home_municipality.name),
        ExportColumn(gettext_lazy("Contracturen per week"), lambda m: m.contract_hours),
        ExportColumn(gettext_lazy("Competenties"), _competences),
        ExportColumn(gettext_lazy("Lokale binding"), _ties),
    ),
    counted=ngettext_lazy("%(n)s poollid gevonden", "%(n)s poolleden gevonden", "n"),
)
