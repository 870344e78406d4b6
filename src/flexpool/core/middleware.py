"""Pages answer 400 with a message naming the parameter when a query string cannot be used."""

from __future__ import annotations

from django.shortcuts import render

from flexpool.core.params import InvalidParameter


class InvalidParameterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, InvalidParameter):
            context = {"field": exception.field, "message": exception.text}
            return render(request, "400.html", context, status=400)
        return None
