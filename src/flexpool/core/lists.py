"""Lists people can work with: filter, sort, search, pages of 25 and an export of exactly the
rows the filters select.

Every list page (requests, intake, hours, pool members, knowledge, audit trail) is built from the
same pieces:

- a `ListFilterSet` (django-filter) with the list's filters and a free-text search `q` over
  `search_fields`;
- a `ListSpec`: the sortable columns, the default order and the export columns;
- `build(request, queryset, spec)`, which returns a `ListPage` for the template, or, for
  `?export=csv` or `?export=xlsx`, the download of every filtered row in the chosen order.

Everything is in the query string (`?status=ingediend&q=warmte&sorteer=-start&pagina=2`), so a
link can be shared. Values the list cannot use never cause an error page: an unknown filter value
is left out, an unknown sort falls back to the default and a page number outside the list shows the
nearest page, each with a message that says so. The template pieces are
`core/_list_controls.html` (filters, search, sort, export links), `core/_list_head.html` (column
headers with `aria-sort`) and `core/_pagination.html`.

Rows come from the app's selector, which is scoped by `accounts.permissions`; the export takes the
same queryset, so a download never holds a row the page would not show.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet
from django.http import HttpResponse, QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from flexpool.accounts.permissions import has_permission
from flexpool.core import exports, params
from flexpool.core.forms import DATE_INPUT, UTRECHT

PAGE_SIZE = 25
SEARCH, SORT, PAGE, EXPORT = "q", "sorteer", "pagina", "export"
EXPORT_FORMATS = ("csv", "xlsx")
COUNTED = ngettext_lazy("%(n)s gevonden", "%(n)s gevonden", "n")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --- filters -----------------------------------------------------------------------------------


class ListFilterSet(django_filters.FilterSet):
    """A FilterSet with a free-text search over `search_fields` and NL Design System styling."""

    search_fields: Sequence[str] = ()
    search_distinct = False  # True when a search field goes through a to-many relation

    q = django_filters.CharFilter(method="search", label=gettext_lazy("Zoeken"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.prepare()
        for name, form_field in self.form.fields.items():
            widget = form_field.widget
            if isinstance(widget, forms.DateInput):
                form_field.widget = widget = forms.DateInput(attrs=dict(DATE_INPUT.attrs), format="%Y-%m-%d")
                form_field.validators.append(_within_calendar)
            css = UTRECHT.get(type(widget))
            if css:
                widget.attrs.setdefault("class", css)
            widget.attrs.setdefault("id", f"f-{name}")
        self.form.fields["q"].max_length = 200
        self.form.fields["q"].widget.input_type = "search"
        self.form.fields["q"].widget.attrs["maxlength"] = "200"

    def prepare(self) -> None:
        """Set choices that depend on the user's rows (`self.queryset` is scoped) before the form is built."""

    def set_choices(self, name: str, choices: Iterable[tuple[Any, Any]]) -> None:
        self.filters[name].extra["choices"] = list(choices)

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        condition = Q()
        for word in value.split()[:8]:
            any_field = Q()
            for lookup in self.search_fields:
                any_field |= Q(**{f"{lookup}__icontains": word})
            condition &= any_field
        found = queryset.filter(condition)
        return found.distinct() if self.search_distinct else found


def _within_calendar(value: date) -> None:
    """Dates far outside what Flexpool holds would overflow when moved between time zones."""
    if not params.FIRST_DAY <= value <= params.LAST_DAY:
        raise forms.ValidationError(
            _("Kies een datum van %(first)s tot en met %(last)s.")
            % {"first": params.FIRST_DAY.isoformat(), "last": params.LAST_DAY.isoformat()}
        )


class DateFromFilter(django_filters.DateFilter):
    def __init__(self, field_name: str, label, **kwargs):
        super().__init__(field_name=field_name, lookup_expr="gte", label=label, **kwargs)


class DateToFilter(django_filters.DateFilter):
    def __init__(self, field_name: str, label, **kwargs):
        super().__init__(field_name=field_name, lookup_expr="lte", label=label, **kwargs)


# --- what a list declares ----------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A column header; with `order_by` it can be clicked to sort (`?sorteer=key` or `-key`)."""

    key: str
    label: Any
    order_by: tuple[str, ...] = ()
    numeric: bool = False
    shown: bool = True  # False: only in the "Sorteren op" choice, not as a table header

    @property
    def sortable(self) -> bool:
        return bool(self.order_by)


@dataclass(frozen=True)
class ExportColumn:
    label: Any
    value: Callable[[Any], Any]


@dataclass(frozen=True)
class ListSpec:
    name: str  # the export's file name: "vragen" gives vragen-2027-01-11.csv
    columns: tuple[Column, ...]
    default_sort: str  # a column key, "-" first for descending
    filterset: type[ListFilterSet]
    export: tuple[ExportColumn, ...]
    counted: Any = None  # ngettext_lazy(one, many, "n"): "63 vragen gevonden"
    export_permission: str | None = None  # None: whoever may see the list may export it
    page_size: int = PAGE_SIZE
    tiebreak: tuple[str, ...] = ("-pk",)  # rows with equal sort values keep one order

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key and c.sortable), None)


# --- what a page gets --------------------------------------------------------------------------


@dataclass
class Header:
    column: Column
    url: str = ""  # the link that sorts by this column (the other way round when it is the sort)
    aria_sort: str = ""  # "ascending" / "descending" on the column the list is sorted by


@dataclass
class Pager:
    number: int
    num_pages: int
    previous_url: str = ""
    next_url: str = ""
    first_url: str = ""
    last_url: str = ""

    @property
    def several(self) -> bool:
        return self.num_pages > 1


@dataclass
class ListPage:
    form: forms.Form
    page: Page | None
    rows: Sequence[Any]
    total: int
    headers: list[Header]
    sort: str
    sort_choices: list[tuple[str, str]]
    pager: Pager
    exports: list[tuple[Any, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    filtered: bool = False  # a filter or search is on (the controls offer to clear it)
    hidden: list[tuple[str, str]] = field(default_factory=list)  # other parameters the form keeps
    count_text: str = ""
    clear_url: str = "?"

    def header(self, key: str) -> Header | None:
        return next((h for h in self.headers if h.column.key == key), None)


def _url(params: QueryDict, **changes: Any) -> str:
    query = params.copy()
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = str(value)
    return "?" + query.urlencode() if query else "?"


def clean_params(data: QueryDict, keep: Iterable[str] = ()) -> QueryDict:
    """The list's parameters without empty values, so shared links stay short."""
    params = QueryDict(mutable=True)
    for name, values in data.lists():
        kept = [v for v in values if v.strip()]
        if kept and (name not in (PAGE, EXPORT, exports.PARAMETER) or name in keep):
            params.setlist(name, kept)
    return params


def parse_sort(raw: str, spec: ListSpec) -> tuple[str, bool]:
    """(key, known) of ?sorteer=; the default when the value is not a sortable column."""
    key = raw.strip()
    if key and spec.column(key.removeprefix("-")):
        return key, True
    return spec.default_sort, not key


def order_for(sort: str, spec: ListSpec) -> list[str]:
    column = spec.column(sort.removeprefix("-"))
    assert column is not None
    descending = sort.startswith("-")
    fields = [f"-{f.removeprefix('-')}" if descending != f.startswith("-") else f.removeprefix("-")
              for f in column.order_by]  # fmt: skip
    return [*fields, *spec.tiebreak]


def page_number(raw: str | None, num_pages: int) -> tuple[int, bool]:
    """The page to show and whether ?pagina= could be used as given (never an error page)."""
    if raw is None or raw.strip() == "":
        return 1, True
    text = raw.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 19:
        return 1, False
    number = int(text)
    if number < 1:
        return 1, False
    if number > num_pages:
        return num_pages, False
    return number, True


def headers_for(spec: ListSpec, sort: str, params: QueryDict) -> list[Header]:
    headers = []
    for column in spec.columns:
        if not column.shown:
            continue
        header = Header(column)
        if column.sortable:
            if sort.removeprefix("-") == column.key:
                descending = sort.startswith("-")
                header.aria_sort = "descending" if descending else "ascending"
                other_way = column.key if descending else f"-{column.key}"
                header.url = _url(params, **{SORT: other_way, PAGE: None})
            else:
                header.url = _url(params, **{SORT: column.key, PAGE: None})
        headers.append(header)
    return headers


def sort_choices(spec: ListSpec) -> list[tuple[str, str]]:
    choices = []
    for column in spec.columns:
        if column.sortable:
            choices.append((column.key, _("%(column)s, oplopend") % {"column": column.label}))
            choices.append((f"-{column.key}", _("%(column)s, aflopend") % {"column": column.label}))
    return choices


def _filter_notices(filterset: ListFilterSet) -> list[str]:
    notices = []
    for name, errors in filterset.form.errors.items():
        label = filterset.form.fields[name].label if name in filterset.form.fields else name
        notices.append(
            _(
                "Het filter “%(label)s” kan deze waarde niet gebruiken (%(error)s). "
                "U ziet de lijst zonder dit filter."
            )
            % {"label": label, "error": " ".join(str(e) for e in errors)}
        )
    return notices


def build(
    request,
    queryset: QuerySet,
    spec: ListSpec,
    *,
    data: QueryDict | None = None,
    filter_kwargs: dict | None = None,
    keep: Iterable[str] = (),
) -> ListPage | HttpResponse:
    """The list page, or the export when ?export= asks for one.

    `data` replaces request.GET (a page may fill in a default filter); `filter_kwargs` go to the
    FilterSet (choices scoped to the user); `keep` names other parameters of the page that the
    filter form passes on unchanged.
    """
    data = data if data is not None else request.GET
    params = clean_params(data)
    filterset = spec.filterset(data, queryset=queryset, request=request, **(filter_kwargs or {}))
    notices = _filter_notices(filterset) if filterset.is_bound and not filterset.is_valid() else []
    sort, known = parse_sort(data.get(SORT, ""), spec)
    if not known:
        notices.append(_("Op deze kolom kan de lijst niet sorteren; u ziet de gewone volgorde."))
        params.pop(SORT, None)
    rows = filterset.qs.order_by(*order_for(sort, spec))
    export = data.get(EXPORT)
    if export:
        if export not in EXPORT_FORMATS:
            notices.append(_("Exporteren kan als CSV of als Excel (xlsx)."))
        else:
            if spec.export_permission and not has_permission(request.user, spec.export_permission):
                raise PermissionDenied
            return export_response(rows, spec, export, dialect=exports.dialect_from(request))
    paginator = Paginator(rows, spec.page_size, allow_empty_first_page=True)
    number, usable = page_number(data.get(PAGE), paginator.num_pages)
    if not usable:
        notices.append(_("Die pagina bestaat niet; u ziet pagina %(n)s.") % {"n": number})
    page = paginator.page(number)
    list_params = clean_params(params)
    hidden = [(name, value) for name in keep for value in data.getlist(name) if value]
    return ListPage(
        form=filterset.form,
        page=page,
        rows=page.object_list,
        total=paginator.count,
        headers=headers_for(spec, sort, list_params),
        sort=sort,
        sort_choices=sort_choices(spec),
        pager=pager_for(number, paginator.num_pages, list_params),
        exports=export_links(request, spec, list_params),
        notices=notices,
        filtered=any(name in params for name in filterset.form.fields),
        hidden=hidden,
        count_text=str((spec.counted or COUNTED) % {"n": paginator.count}),
        clear_url="?" + urlencode(hidden),
    )


def pager_for(number: int, num_pages: int, params: QueryDict) -> Pager:
    return Pager(
        number=number,
        num_pages=num_pages,
        previous_url=_url(params, **{PAGE: number - 1}) if number > 1 else "",
        next_url=_url(params, **{PAGE: number + 1}) if number < num_pages else "",
        first_url=_url(params, **{PAGE: None}) if number > 2 else "",
        last_url=_url(params, **{PAGE: num_pages}) if number < num_pages - 1 else "",
    )


def export_links(request, spec: ListSpec, params: QueryDict) -> list[tuple[Any, str]]:
    if spec.export_permission and not has_permission(request.user, spec.export_permission):
        return []
    return download_links(params)


def download_links(params: QueryDict) -> list[tuple[Any, str]]:
    """The three downloads of a list: CSV for Dutch Excel, machine-readable CSV, and xlsx."""
    return [
        (_("CSV voor Excel"), _url(params, **{EXPORT: "csv", exports.PARAMETER: "excel", PAGE: None})),
        (
            _("CSV (machineleesbaar)"),
            _url(params, **{EXPORT: "csv", exports.PARAMETER: "machine", PAGE: None}),
        ),
        (_("Excel (xlsx)"), _url(params, **{EXPORT: "xlsx", exports.PARAMETER: None, PAGE: None})),
    ]


# --- export ------------------------------------------------------------------------------------


def export_rows(rows: Iterable[Any], spec: ListSpec) -> Iterable[list[Any]]:
    """Python values, not text: core.exports writes numbers, dates and moments per format."""
    for row in rows:
        yield [column.value(row) for column in spec.export]


def _iterate(rows: Any) -> Iterable[Any]:
    if isinstance(rows, QuerySet):
        return rows.iterator(chunk_size=2000)
    return rows


def _xlsx_format(value: Any) -> str | None:
    if isinstance(value, datetime):
        return exports.XLSX_DATETIME
    if isinstance(value, date):
        return exports.XLSX_DATE
    if isinstance(value, Decimal):
        return exports.XLSX_HOURS
    return None


def export_response(
    rows: Any, spec: ListSpec, fmt: str, *, dialect: exports.Dialect = exports.EXCEL_NL
) -> HttpResponse:
    """Every row of the (filtered, sorted) `rows` as CSV (in `dialect`) or xlsx, through core.exports."""
    headings = [str(column.label) for column in spec.export]
    stamp = f"{timezone.localdate():%Y-%m-%d}"
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = spec.name[:31]
        exports.append_row(sheet, headings)
        for values in export_rows(_iterate(rows), spec):
            exports.append_row(sheet, values)
            for cell, value in zip(sheet[sheet.max_row], values, strict=True):
                number_format = _xlsx_format(value)
                if number_format:
                    cell.number_format = number_format
        out = io.BytesIO()
        book.save(out)
        response = HttpResponse(out.getvalue(), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{spec.name}-{stamp}.xlsx"'
        return response
    return exports.csv_response(
        f"{spec.name}-{stamp}.csv", headings, export_rows(_iterate(rows), spec), dialect
    )
