"""`/gezondheid/`: is the database reachable, and is the task queue being worked off?

200 with `{"status": "ok", ...}` when both are fine, 503 otherwise. No login needed and no
personal data in the answer, so a load balancer or monitoring system can poll it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any database failure makes the service unhealthy
        return {"status": "fout", "detail": type(error).__name__}
    return {"status": "ok", "vendor": connection.vendor}


def _task_queue() -> dict:
    backend = settings.TASKS["default"]["BACKEND"]
    if not backend.startswith("django_tasks_db"):
        return {"status": "ok", "backend": backend.rsplit(".", 1)[-1]}
    from django_tasks_db.models import DBTaskResult

    try:
        ready = DBTaskResult.objects.ready()
        waiting = ready.count()
        oldest = ready.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    except Exception as error:
        return {"status": "fout", "detail": type(error).__name__}
    wait = round((timezone.now() - oldest).total_seconds()) if oldest else 0
    status = "ok" if wait <= settings.HEALTH_TASK_MAX_WAIT_SECONDS else "fout"
    return {"status": status, "waiting": waiting, "oldest_wait_seconds": wait}


@never_cache
@require_GET
def health(request):
    checks = {"database": _database()}
    checks["tasks"] = _task_queue() if checks["database"]["status"] == "ok" else {"status": "fout"}
    healthy = all(c["status"] == "ok" for c in checks.values())
    return JsonResponse({"status": "ok" if healthy else "fout", **checks}, status=200 if healthy else 503)
