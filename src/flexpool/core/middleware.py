"""Bad input answered with 400 and a message naming the parameter, before it can cause a 500."""

from __future__ import annotations

import base64
import binascii

from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

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


class RefuseNulMiddleware:
    """A NUL character in the address or a header is never meant: no database stores it in text,
    so it would fail deep inside a search or a login. Refused at the door with 400."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        field = self._field_with_nul(request)
        if field is None:
            return self.get_response(request)
        message = _("Bevat een onzichtbaar NUL-teken.")
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": "Ongeldige invoer.", "errors": {field: [message]}}, status=400)
        # Plain text: the page layout needs the session and user, which come after this check.
        return HttpResponseBadRequest(f"{field}: {message}", content_type="text/plain; charset=utf-8")

    @staticmethod
    def _field_with_nul(request) -> str | None:
        if "\x00" in request.path:
            return "path"
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in v for v in values):
                return name.replace("\x00", "")
        for name, value in request.META.items():
            if name.startswith("HTTP_") and isinstance(value, str) and "\x00" in value:
                return name.removeprefix("HTTP_").replace("_", "-").title()
            if name == "HTTP_AUTHORIZATION" and "\x00" in _basic_credentials(value):
                return "Authorization"
        return None


def _basic_credentials(header: str) -> str:
    scheme, _sep, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return ""
    try:
        return base64.b64decode(encoded.strip(), validate=True).decode("utf-8", "replace")
    except (ValueError, binascii.Error):
        return ""
