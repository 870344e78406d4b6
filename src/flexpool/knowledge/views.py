"""Knowledge pages: search, item, new/edit, files, experts, reuse figures. Reuse and the intake
suggestions are in `views_reuse`, the thesaurus in `views_thesaurus`.

Views stay thin: permission, form, one service or selector call, render. Public items need no login;
anything a user may not see answers 404.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import contact_municipality_id, coordinates_pool, has_permission
from flexpool.core import lists, params
from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.exports import dialect_from
from flexpool.core.forms import add_service_errors
from flexpool.knowledge import experts as expert_finder
from flexpool.knowledge import figures, missed_words, services
from flexpool.knowledge import lists as knowledge_lists
from flexpool.knowledge.facets import FACETS
from flexpool.knowledge.forms import ItemForm
from flexpool.knowledge.models import KnowledgeFile, KnowledgeItem
from flexpool.knowledge.params import checked_filters
from flexpool.knowledge.search import facet_counts_for, search_items
from flexpool.knowledge.visibility import viewer_for, visible_items
from flexpool.pool.models import Pool

FACET_PARAMS = {
    "kind": "soort",
    "domain": "domein",
    "phase": "fase",
    "municipality": "gemeente",
    "year": "jaar",
}
# Lazy: translated per request, in the language of that request.
FACET_LABELS = {
    "kind": gettext_lazy("Soort"),
    "domain": gettext_lazy("Domein"),
    "phase": gettext_lazy("Fase"),
    "municipality": gettext_lazy("Gemeente"),
    "year": gettext_lazy("Jaar"),
}


def _open(request) -> None:
    """Open pages: anyone may look; a logged-in user needs the permission like everywhere else."""
    if request.user.is_authenticated and not has_permission(request.user, "knowledge.view"):
        raise PermissionDenied


@require_GET
def search_page(request):
    """Results first: facets that are not in the cache are counted by a second request
    (`search_facets`, fetched by facets.js), or inline with `facetten=1` (the link shown without
    JavaScript), so a pass over every match never holds up the results."""
    _open(request)
    filters = checked_filters(request.GET)
    order, known_order = knowledge_lists.order_of(request.GET)
    export = request.GET.get("export")
    if export in ("csv", "xlsx"):
        return _export(request, filters, order, export)
    page = params.page(request.GET)
    result = search_items(
        viewer=viewer_for(request.user),
        text_query=request.GET.get("q", "")[:300],
        filters=filters,
        page=page,
        count_facets=request.GET.get("facetten") == "1",
        order=order,
    )
    # Searches of people not logged in count their words, but are not linked to each other.
    searched = page == 1 and bool(result.text.strip())
    follow = searched and request.user.is_authenticated
    pending = _pending_missed_words(request) if follow else []
    still_pending = missed_words.after_search(pending, result) if searched else []
    base = _base_params(request)
    base.pop("export", None)
    base.pop("formaat", None)
    if not known_order:
        base.pop("sorteer", None)
    response = render(
        request,
        "knowledge/search.html",
        {
            "result": result,
            "facets": _facet_links(result.facets, base),
            "pager": knowledge_lists.pager(result.page, result.pages, base),
            "exports": knowledge_lists.export_params(base),
            "order": order,
            "orders": knowledge_lists.ORDER_CHOICES,
            "keep": [(k, v) for k, values in base.lists() if k not in ("q", "sorteer") for v in values],
            "order_notice": not known_order,
            "q": request.GET.get("q", ""),
            "facets_query": _facets_params(base),
            "missing_words": get_text_list([f"“{w}”" for w in result.not_found], _("en")),
        },
    )
    if follow:
        secure = settings.SESSION_COOKIE_SECURE or request.is_secure()  # as the session's cookie
        _keep_pending_missed_words(response, pending, still_pending, secure=secure)
    return response


# The words a person searched for in vain wait in a signed cookie of their own browser for the
# search that finds (`missed_words.after_search`), so nothing about them is stored on the server
# and counting needs no write to the session (which on SQLite would wait behind a long import).
MISSED_COOKIE = "kennis_gemist"


def _pending_missed_words(request) -> list[str]:
    try:
        words = signing.loads(
            request.COOKIES.get(MISSED_COOKIE, ""),
            salt=MISSED_COOKIE,
            max_age=missed_words.FOLLOW_UP_MINUTES * 60,
        )
    except signing.BadSignature:  # also when missing, or older than FOLLOW_UP_MINUTES
        return []
    if not isinstance(words, list):
        return []
    return [w for w in words if isinstance(w, str)][: missed_words.MAX_WORDS_WAITING]


def _keep_pending_missed_words(response, before: list[str], after: list[str], *, secure: bool) -> None:
    if after:  # set anew, so the time counts from the last search in vain
        response.set_cookie(
            MISSED_COOKIE,
            signing.dumps(after, salt=MISSED_COOKIE),
            max_age=missed_words.FOLLOW_UP_MINUTES * 60,
            secure=secure,
            httponly=True,
            samesite="Lax",
        )
    elif before:
        response.delete_cookie(MISSED_COOKIE, samesite="Lax")


def _export(request, filters, order: str, fmt: str):
    """Every item the search finds (not only this page), in the chosen order, as CSV or xlsx."""
    result = search_items(
        viewer=viewer_for(request.user),
        text_query=request.GET.get("q", "")[:300],
        filters=filters,
        per_page=knowledge_lists.EXPORT_LIMIT,
        with_facets=False,
        order=order,
        load=False,
    )
    ids = [hit.id for hit in result.hits]
    by_id = KnowledgeItem.objects.select_related("municipality", "domain").in_bulk(ids)
    items = [by_id[pk] for pk in ids if pk in by_id]
    return lists.export_response(items, knowledge_lists.KNOWLEDGE, fmt, dialect=dialect_from(request))


@require_GET
def search_facets(request):
    """The facets and the number of results of a search, for the search page (JSON with HTML)."""
    _open(request)
    facets, total = facet_counts_for(
        viewer_for(request.user), request.GET.get("q", "")[:300], checked_filters(request.GET)
    )
    context = {"facets": _facet_links(facets, _base_params(request)), "total": total}
    return JsonResponse(
        {
            "html": render_to_string("knowledge/_facets.html", context, request=request),
            "heading": render_to_string("knowledge/_results_heading.html", context, request=request).strip(),
        }
    )


def _base_params(request):
    """The search's parameters without the page number and the inline-facets switch."""
    base = request.GET.copy()
    base.pop("pagina", None)
    base.pop("facetten", None)
    return base


def _facets_params(base) -> str:
    params = base.copy()
    params["facetten"] = "1"
    return params.urlencode()


def _facet_links(counted: dict, base) -> list:
    """Per facet (name, label, [(value, query string that toggles it)]), in the order of FACETS."""
    facets = []
    for name in FACETS:
        values = []
        for value in counted.get(name, []):
            params = base.copy()
            if value.selected:
                params.pop(FACET_PARAMS[name], None)
            else:
                params[FACET_PARAMS[name]] = value.value
            values.append((value, params.urlencode()))
        if values:
            facets.append((name, FACET_LABELS[name], values))
    return facets


def visible_item_or_404(request, pk: int) -> KnowledgeItem:
    """The item if the user may see it; otherwise 404, so its existence is not given away."""
    viewer = viewer_for(request.user)
    queryset = visible_items(viewer).select_related("pool", "municipality", "domain", "created_by")
    return get_object_or_404(queryset, pk=pk)


@require_GET
def item_detail(request, pk: int):
    _open(request)
    item = visible_item_or_404(request, pk)
    reuses = figures.item_reuse(item)
    municipality_id = contact_municipality_id(request.user) if request.user.is_authenticated else None
    for record in reuses:
        # The request it was reused for is shown to that municipality and the pool's coordinators.
        record.show_request = record.request_id is not None and (
            record.municipality_id == municipality_id
            or (request.user.is_authenticated and coordinates_pool(request.user, record.request.pool_id))
        )
    return render(
        request,
        "knowledge/detail.html",
        {
            "item": item,
            "files": item.files.all(),
            "links": item.links.all(),
            "authors": item.author_members.all(),
            "contact_authors": item.author_contacts.select_related("user", "municipality"),
            "competences": item.competences.all(),
            "reuses": reuses,
            "reused_by_us": any(r.municipality_id == municipality_id for r in reuses),
            "can_reuse": has_permission(request.user, "knowledge.reuse"),
            "can_edit": services.may_edit(request.user, item),
        },
    )


@require_GET
def file_download(request, pk: int):
    _open(request)
    stored = get_object_or_404(
        KnowledgeFile.objects.filter(item__in=visible_items(viewer_for(request.user))), pk=pk
    )
    return FileResponse(stored.file.open("rb"), as_attachment=True, filename=stored.original_name)


def _values(form: ItemForm) -> services.ItemValues:
    data = form.cleaned_data
    return services.ItemValues(
        title=data["title"],
        summary=data["summary"],
        body=data["body"],
        kind=data["kind"],
        phase=data["phase"],
        domain=data["domain"],
        municipality=data["municipality"],
        published_on=data["published_on"],
        visibility=data["visibility"],
        author_members=list(data["author_members"]),
        author_contacts=list(data["author_contacts"]),
        competences=[c.code for c in data["competences"]],
        links=data["links"],
    )


def _uploads(form: ItemForm) -> list[services.Upload]:
    return [services.Upload(f.name, f.read()) for f in form.cleaned_data.get("files") or []]


def _pool_for(request) -> Pool:
    pools = viewer_for(request.user).pool_ids
    if not pools:
        raise PermissionDenied
    chosen = request.GET.get("pool") or request.POST.get("pool")
    pk = int(chosen) if chosen and chosen.isdigit() and int(chosen) in pools else pools[0]
    return Pool.objects.get(pk=pk)


@requires("knowledge.create")
def item_create(request):
    pool = _pool_for(request)
    initial = {"municipality": contact_municipality_id(request.user)}
    form = ItemForm(request.POST or None, request.FILES or None, pool=pool, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            item = services.create_item(
                actor=request.user, pool=pool, values=_values(form), uploads=_uploads(form)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Het kennisitem is opgeslagen en doorzoekbaar."))
            return redirect("knowledge-detail", pk=item.pk)
    return render(request, "knowledge/form.html", {"form": form, "pool": pool, "item": None})


@requires("knowledge.create")
def item_edit(request, pk: int):
    item = visible_item_or_404(request, pk)
    if not services.may_edit(request.user, item):
        raise PermissionDenied
    initial = {
        "title": item.title,
        "summary": item.summary,
        "body": item.body,
        "kind": item.kind,
        "phase": item.phase,
        "domain": item.domain_id,
        "municipality": item.municipality_id,
        "published_on": item.published_on,
        "visibility": item.visibility,
        "author_members": list(item.author_members.values_list("pk", flat=True)),
        "author_contacts": list(item.author_contacts.values_list("pk", flat=True)),
        "competences": list(item.competences.values_list("code", flat=True)),
        "links": "\n".join(f"{link.url} {link.label}".strip() for link in item.links.all()),
    }
    form = ItemForm(request.POST or None, request.FILES or None, pool=item.pool, item=item, initial=initial)
    if request.method == "POST" and form.is_valid():
        remove = [int(v) for v in request.POST.getlist("remove_file") if v.isdigit()]
        try:
            services.update_item(
                actor=request.user,
                item=item,
                values=_values(form),
                uploads=_uploads(form),
                remove_files=remove,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("De wijzigingen zijn opgeslagen."))
            return redirect("knowledge-detail", pk=item.pk)
    return render(
        request,
        "knowledge/form.html",
        {"form": form, "pool": item.pool, "item": item, "files": item.files.all()},
    )


@requires("knowledge.create")
def item_delete(request, pk: int):
    """Confirmation page; the POST removes the item, its files and its place in the search index."""
    item = visible_item_or_404(request, pk)
    if not services.may_edit(request.user, item):
        raise PermissionDenied
    if request.method == "POST":
        title = item.title
        try:
            services.delete_item(actor=request.user, item=item)
        except NotAllowed as error:
            raise PermissionDenied from error
        messages.success(request, _("Het kennisitem “%(t)s” is verwijderd.") % {"t": title})
        return redirect("knowledge-search")
    return render(
        request,
        "knowledge/delete.html",
        {
            "item": item,
            "files": item.files.count(),
            "reuses": item.reuses.count(),
        },
    )


@require_GET
@requires("expert.find")
def experts(request):
    q = request.GET.get("q", "")[:300]
    found = expert_finder.find_experts(actor=request.user, text_query=q) if q.strip() else []
    return render(request, "knowledge/experts.html", {"q": q, "experts": found})


@require_GET
@requires("knowledge.view")
def reuse_figures(request):
    viewer = viewer_for(request.user)
    year = params.year(request.GET)
    rows = figures.pool_reuse(viewer.pool_ids, year) if viewer.pool_ids else []
    top = (
        visible_items(viewer)
        .annotate(n=Count("reuses"))
        .filter(n__gt=0)
        .select_related("municipality")
        .order_by("-n", "title")[:10]
    )
    return render(request, "knowledge/reuse.html", {"rows": rows, "top": top, "year": year})
