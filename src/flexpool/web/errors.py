"""Flexpool's own error pages, also when DEBUG is on (the demo).

With DEBUG on, Django answers an unknown address with a technical page that lists every URL
pattern, and an error with a traceback. The demo is shown to people who should see neither, so
`FriendlyErrorPages` replaces those HTML pages with the ones production shows; the API keeps its
JSON answers, and the traceback still goes to the log.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

logger = logging.getLogger("flexpool.errors")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No request context: whatever broke (the database, a context processor) must not break this.
    return _plain_500()


def _plain_500():

    return HttpResponseServerError(loader.get_template("500.html").render())


class FriendlyErrorPages:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            settings.DEBUG
            and response.status_code == 404
            and not request.path.startswith("/api/")
            and response.get("Content-Type", "").startswith("text/html")
        ):
            return page_not_found(request)
        return response

    def process_exception(self, request, exception):
        if not settings.DEBUG or request.path.startswith("/api/"):
            return None
        if isinstance(exception, Http404):
            return page_not_found(request)
        if isinstance(exception, PermissionDenied):
            return None
        logger.exception("Fout bij %s", request.path)
        return _plain_500()
