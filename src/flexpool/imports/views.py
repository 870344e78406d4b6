"""The CSV import page: the file is checked here, imported by a background task."""

from __future__ import annotations

from django import forms
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids
from flexpool.core.models import TaskProgress
from flexpool.imports.tasks import start_import
from flexpool.pool.models import Pool

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # 50,000 request rows take about 8 MB


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
            raise forms.ValidationError(_("Het bestand is groter dan 20 MB."))
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("Het bestand is geen UTF-8-tekst.")) from None
        if "\x00" in text:
            line = text[: text.index("\x00")].count("\n") + 1
            raise forms.ValidationError(
                _("Regel %(line)s bevat een onzichtbaar NUL-teken. Sla het bestand opnieuw op als CSV.")
                % {"line": line}
            )
        return text


@requires("import.run")
def import_csv(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        pool = get_object_or_404(Pool, pk__in=coordinated_pool_ids(request.user)[:1])
        progress = start_import(form.cleaned_data["kind"], pool, request.user, form.cleaned_data["file"])
        return redirect("task-progress", pk=progress.pk)
    recent = TaskProgress.objects.filter(owner=request.user)[:10]
    return render(request, "imports/import.html", {"form": form, "recent": recent})
