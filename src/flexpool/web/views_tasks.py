"""CSV import as a background task, and a page that follows its progress."""

from __future__ import annotations

from django import forms
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from flexpool.accounts.permissions import coordinated_pool_ids
from flexpool.core.models import TaskProgress
from flexpool.pool.models import Pool
from flexpool.web.access import requires

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class ImportForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Wat importeert u?"),
        choices=[("members", _("Poolleden")), ("requests", _("Capaciteitsvragen"))],
        widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
    )
    file = forms.FileField(
        label=_("CSV-bestand (UTF-8, ; of , als scheidingsteken)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Het bestand is groter dan 5 MB."))
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("Het bestand is geen UTF-8-tekst.")) from None


@requires("import.run")
def import_csv(request):
    from flexpool.core.tasks import start_import

    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        pool = get_object_or_404(Pool, pk__in=coordinated_pool_ids(request.user)[:1])
        progress = start_import(form.cleaned_data["kind"], pool, request.user, form.cleaned_data["file"])
        return redirect("task-progress", pk=progress.pk)
    recent = TaskProgress.objects.filter(owner=request.user)[:10]
    return render(request, "core/import.html", {"form": form, "recent": recent})


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
