"""The progress page of a background task (imports), also answering JSON for the polling script."""

from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render

from flexpool.accounts.access import requires
from flexpool.core.models import TaskProgress


@requires("task.view")
def task_progress(request, pk):
    progress = get_object_or_404(TaskProgress, pk=pk, owner=request.user)
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "status": progress.status,
                "percent": progress.percent,
                "message": progress.message,
                "finished": progress.finished,
                "result": progress.result,
            }
        )
    return render(request, "core/task_progress.html", {"progress": progress})
