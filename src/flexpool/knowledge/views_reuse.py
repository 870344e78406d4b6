"""Reuse of knowledge: recording that a municipality reuses an item or an earlier request, and the
"Kijk eerst hier" suggestions while a request is being filed."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import contact_municipality_id, has_permission, suggestion_request_pool_ids
from flexpool.core import params
from flexpool.core.errors import NotAllowed
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.knowledge import services, text, thesaurus
from flexpool.knowledge.forms import ReuseForm
from flexpool.knowledge.models import ReuseRecord
from flexpool.knowledge.search import search_items, search_requests
from flexpool.knowledge.views import visible_item_or_404
from flexpool.knowledge.visibility import viewer_for


def _wants_json(request) -> bool:
    return request.headers.get("x-requested-with") == "fetch" or "application/json" in request.headers.get(
        "accept", ""
    )


def _reuse_response(request, created: bool, record: ReuseRecord, fallback: str):
    message = (
        _("Vastgelegd: hergebruikt door %(m)s.") if created else _("Was al vastgelegd voor %(m)s.")
    ) % {"m": record.municipality.name}
    if _wants_json(request):
        return JsonResponse(
            {
                "ok": True,
                "created": created,
                "message": message,
                "id": record.pk,
                "request": record.request_id,
            }
        )
    messages.success(request, message)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = fallback
    return redirect(target)


def _own_request(request, form: ReuseForm) -> CapacityRequest | None:
    pk = form.cleaned_data.get("request")
    if not pk:
        return None
    municipality = contact_municipality_id(request.user)
    return CapacityRequest.objects.filter(pk=pk, municipality_id=municipality).first()


def _record_reuse(request, *, fallback: str, **reused):
    """Records the reuse of `reused` (an item or an earlier request) by the user's municipality,
    tied to one of its own requests when the form names one; a source it may not use answers 404."""
    form = ReuseForm(request.POST)
    form.is_valid()
    try:
        record, created = services.record_reuse(
            actor=request.user,
            request=_own_request(request, form),
            note=form.cleaned_data.get("note", ""),
            **reused,
        )
    except NotAllowed as error:
        raise Http404 from error
    return _reuse_response(request, created, record, fallback=fallback)


@require_POST
@requires("knowledge.reuse")
def item_reuse(request, pk: int):
    item = visible_item_or_404(request, pk)
    return _record_reuse(request, item=item, fallback=f"/kennis/{item.pk}/")


@require_POST
@requires("knowledge.reuse")
def request_reuse(request, pk: int):
    source = get_object_or_404(CapacityRequest, pk=pk)
    return _record_reuse(request, source_request=source, fallback="/kennis/")


# The start of the request's title and description is embedded for the ranking by meaning.
MEANING_WORDS = 30


def suggestions_for(user, text_query: str, *, exclude_request: int | None = None, limit: int = 5) -> dict:
    """Items the viewer may see (its own municipality's too: they are easily forgotten) and earlier
    requests of other municipalities that cover the same ground."""
    viewer = viewer_for(user)
    query = text.parse_query(text_query[:2000], max_words=40, thesaurus=thesaurus.mapping())
    if not query:
        return {"query": query, "items": [], "requests": []}
    result = search_items(
        viewer=viewer,
        text_query="",
        parsed=query,
        any_word=True,
        per_page=limit,
        with_facets=False,
        meaning_text=" ".join(text_query.split()[:MEANING_WORDS]),
    )
    items = _good_enough(result.hits)
    ranked = search_requests(
        query=query,
        pool_ids=tuple(suggestion_request_pool_ids(user)),
        exclude_municipality=viewer.municipality_id,
        exclude_request=exclude_request,
        statuses=tuple(s for s in RequestStatus.values if s not in {"concept", "ingetrokken"}),
    )
    ranked = _good_enough_pairs(ranked)[:limit]
    by_id = CapacityRequest.objects.select_related("municipality").in_bulk([pk for pk, _s in ranked])
    # What this municipality already reuses: (record id, tied to a request?) per item / request.
    reused_items: dict[int, tuple[int, bool]] = {}
    reused_requests: dict[int, tuple[int, bool]] = {}
    if viewer.municipality_id:
        for pk, item_id, source_id, request_id in ReuseRecord.objects.filter(
            municipality_id=viewer.municipality_id
        ).values_list("pk", "item_id", "source_request_id", "request_id"):
            target = reused_items if item_id else reused_requests
            target[item_id or source_id] = (pk, request_id is not None)
    return {
        "query": query,
        "items": [(h, *_reuse_state(reused_items.get(h.item.pk))) for h in items[:limit]],
        "requests": [
            (
                by_id[pk],
                text.highlight(by_id[pk].description, query, width=24),
                *_reuse_state(reused_requests.get(pk)),
            )
            for pk, _s in ranked
            if pk in by_id
        ],
    }


def _reuse_state(record: tuple[int, bool] | None) -> tuple[bool, int | None]:
    """(reused?, id of the record to tie to the request being drafted, when not yet tied)."""
    if record is None:
        return False, None
    pk, tied = record
    return True, None if tied else pk


def _good_enough(hits):
    if not hits:
        return []
    best = hits[0].score
    return [h for h in hits if h.score >= 0.35 * best]


def _good_enough_pairs(pairs):
    if not pairs:
        return []
    best = pairs[0][1]
    return [p for p in pairs if p[1] >= 0.35 * best]


@require_GET
@requires("knowledge.view")
def suggestions(request):
    exclude = params.integer(request.GET, "vraag", maximum=params.LARGEST_ID)
    context = suggestions_for(request.user, request.GET.get("q", ""), exclude_request=exclude)
    context["can_reuse"] = has_permission(request.user, "knowledge.reuse")
    context["for_request"] = exclude or ""
    return render(request, "knowledge/_suggestions.html", context)
