"""The thesaurus pages (coordinators): the lines of abbreviations and synonyms, and the words that
people searched for in vain."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from flexpool.accounts.access import requires
from flexpool.core import params
from flexpool.core.errors import ValidationError
from flexpool.core.forms import add_service_errors
from flexpool.knowledge import missed_words, thesaurus
from flexpool.knowledge.forms import ThesaurusForm
from flexpool.knowledge.models import MissedSearchWord, SynonymKind, ThesaurusEntry


def _entry_values(form: ThesaurusForm) -> thesaurus.EntryValues:
    return thesaurus.EntryValues(
        phrases=form.cleaned_data["phrases"].splitlines(),
        kind=form.cleaned_data["kind"],
        note=form.cleaned_data.get("note", ""),
    )


def _thesaurus_filter(request) -> dict[str, str]:
    """The list's filter as chosen (``q``: a word, ``soort``: afkorting or synoniem), kept through
    changing and deleting a line so the coordinator returns to the lines they were looking at."""
    word = request.GET.get("q", "").strip()[: thesaurus.MAX_FILTER_LENGTH]
    kind = params.choice(request.GET, "soort", SynonymKind.values)
    return {k: v for k, v in (("q", word), ("soort", kind)) if v}


def _thesaurus_list_url(chosen: dict[str, str]) -> str:
    return reverse("knowledge-thesaurus") + (f"?{urlencode(chosen)}" if chosen else "")


@requires("knowledge.thesaurus")
def thesaurus_page(request, pk: int | None = None):
    """The list of abbreviations and synonyms, with a form to add one or change the chosen one."""
    entry = get_object_or_404(ThesaurusEntry, pk=pk) if pk is not None else None
    chosen = _thesaurus_filter(request)
    word = chosen.get("q", "")
    shown = thesaurus.entries(word=word, kind=chosen.get("soort", ""))
    # A word that no line holds is most likely the one to add, with what was searched for next.
    adding = bool(word and not shown and not entry)
    together = request.GET.get("samen", "").strip()[: thesaurus.MAX_FILTER_LENGTH] if adding else ""
    if entry:
        initial = {"phrases": entry.phrases, "kind": entry.kind, "note": entry.note}
    else:
        initial = {"phrases": "\n".join(filter(None, (word, together)))} if adding else None
    form = ThesaurusForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = thesaurus.save_entry(actor=request.user, values=_entry_values(form), entry=entry)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Opgeslagen: %(words)s.") % {"words": str(saved)})
            return redirect(_thesaurus_list_url(chosen))
    return render(
        request,
        "knowledge/thesaurus.html",
        {
            "entries": shown,
            "total": ThesaurusEntry.objects.count() if chosen else len(shown),
            "form": form,
            "entry": entry,
            "word": word,
            "together": together,
            "kind": chosen.get("soort", ""),
            "kinds": SynonymKind.choices,
            "also_found": thesaurus.also_found(word) if word else (),
            "filter_query": urlencode(chosen),
            "list_url": _thesaurus_list_url(chosen),
            "missed": missed_words.listed() if not entry else (),
            "missed_days": missed_words.KEEP_DAYS,
        },
    )


@requires("knowledge.thesaurus")
@require_POST
def missed_word_ignore(request, pk: int):
    word = get_object_or_404(MissedSearchWord, pk=pk)
    missed_words.ignore(actor=request.user, word=word)
    messages.success(request, _("“%(word)s” staat niet meer in de lijst.") % {"word": word.word})
    return redirect(reverse("knowledge-thesaurus") + "#th-missed-title")


@requires("knowledge.thesaurus")
@require_http_methods(["GET", "HEAD", "POST"])
def thesaurus_delete(request, pk: int):
    """Asks first: a line deleted by mistake changes every search that used it."""
    entry = get_object_or_404(ThesaurusEntry, pk=pk)
    chosen = _thesaurus_filter(request)
    if request.method != "POST":
        return render(
            request,
            "knowledge/thesaurus_delete.html",
            {"entry": entry, "list_url": _thesaurus_list_url(chosen), "filter_query": urlencode(chosen)},
        )
    words = str(entry)
    thesaurus.delete_entry(actor=request.user, entry=entry)
    messages.success(request, _("Verwijderd uit de thesaurus: %(words)s.") % {"words": words})
    return redirect(_thesaurus_list_url(chosen))
