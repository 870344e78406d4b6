"""Building blocks for the API: bounded input fields, bounded paging, and JSON error pages.

Kept apart from `core.api` (which holds views): DRF reads the pagination class from the
settings while view classes are being defined, so it must not live in a module of views.
"""

from __future__ import annotations

from django.http import JsonResponse
from django.views.defaults import page_not_found
from django.views.defaults import server_error as default_server_error
from rest_framework import serializers
from rest_framework.pagination import LimitOffsetPagination

from flexpool.core import params


class DayField(serializers.DateField):
    """A date between `params.FIRST_DAY` and `params.LAST_DAY`: week arithmetic on dates near
    9999-12-31 would run past the last date there is."""

    def to_internal_value(self, value):
        day = super().to_internal_value(value)
        try:
            return params.check_day(day, self.field_name or "date")
        except params.InvalidParameter as error:
            raise serializers.ValidationError(error.text) from None


class IdField(serializers.IntegerField):
    """The id of a row: a positive whole number."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", params.LARGEST_ID)
        super().__init__(**kwargs)


MAX_LIMIT = 1000
MAX_OFFSET = 10**9


class Pagination(LimitOffsetPagination):
    """limit/offset within bounds: an offset past any table (10^20) is a 400, not a database error."""

    max_limit = MAX_LIMIT

    def get_offset(self, request):
        return params.integer(request.query_params, self.offset_query_param, default=0, maximum=MAX_OFFSET)

    def get_limit(self, request):
        return params.integer(
            request.query_params,
            self.limit_query_param,
            default=self.default_limit,
            minimum=1,
            maximum=MAX_LIMIT,
        )

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {self.limit_query_param: (1, MAX_LIMIT), self.offset_query_param: (0, MAX_OFFSET)}
        for parameter in parameters:
            low, high = bounds[parameter["name"]]
            parameter["schema"].update(minimum=low, maximum=high)
        return parameters


def not_found(request, exception=None):
    """404 for the whole site: JSON in the API's error shape under /api/, the page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Niet gevonden."}, status=404)
    return page_not_found(request, exception)


def server_error(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Serverfout."}, status=500)
    return default_server_error(request)
