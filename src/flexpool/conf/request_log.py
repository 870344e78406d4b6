"""One structured log line per request: method, path, status, duration, user and a request id.

With `LOG_FORMAT=json` the line is a JSON object (python-json-logger), ready for a log collector.
"""

from __future__ import annotations

import logging
import time
import uuid

logger = logging.getLogger(__name__)


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        request_id = request.headers.get("X-Request-ID", "")[:64] or uuid.uuid4().hex
        request.request_id = request_id
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        user = getattr(request, "user", None)
        status = response.status_code
        level = (
            logging.ERROR if status >= 500 else logging.WARNING if status in (401, 403, 429) else logging.INFO
        )
        logger.log(
            level,
            "%s %s %s",
            request.method,
            request.path,
            status,
            extra={
                "request_id": request_id,
                "method": request.method,
                "path": request.path,
                "status": status,
                "duration_ms": duration_ms,
                "user_id": user.pk if user is not None and user.is_authenticated else None,
                "remote_addr": request.META.get("REMOTE_ADDR", ""),
            },
        )
        response["X-Request-ID"] = request_id
        return response
