"""Every knowledge page for every role, the flows through them, and query counts at 10 vs 100 rows."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from flexpool.core.models import AuditRecord
from flexpool.knowledge import urls as knowledge_urls
from flexpool.knowledge.models import KnowledgeItem, ReuseRecord, Visibility
from flexpool.knowledge.services import Upload
from flexpool.pool.models import Membership
from tests import builders
from tests.builders import client_for
from tests.knowledge import files
from tests.knowledge.helpers import make_corpus, make_item

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council"]
ALL = set(ROLES)
LOGGED_IN = ALL - {"anonymous"}
# Who may open each page (GET). The item used is pool-internal, so outsiders get 404.
PAGES = {
    "knowledge-search": ALL,
    "knowledge-facets": ALL,
    "knowledge-detail": {"coordinator", "assen", "emmen", "member"},
    "knowledge-file": {"coordinator", "assen", "emmen", "member"},
    "knowledge-create": {"coordinator", "assen", "emmen", "member"},
    "knowledge-edit": {"coordinator"},
    "knowledge-delete": {"coordinator"},
    "knowledge-suggestions": LOGGED_IN,
    "knowledge-experts": {"coordinator", "assen", "emmen"},
    "knowledge-reuse-figures": LOGGED_IN,
    "knowledge-thesaurus": {"coordinator"},
    "knowledge-thesaurus-edit": {"coordinator"},
    "knowledge-thesaurus-delete": {"coordinator"},
}
POST_ONLY = {"knowledge-reuse", "knowledge-request-reuse", "knowledge-missed-ignore"}


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council):
    item = make_item(
        coordinator, pool, "Interne studie warmtenet", uploads=[Upload("studie.md", files.markdown())]
    )
    users = {
        "coordinator": coordinator, "assen": assen, "emmen": emmen, "member": member.user,
        "finance": finance, "council": council,
    }  # fmt: skip
    return item, users


def url_for(name, item):
    if name in {"knowledge-detail", "knowledge-edit", "knowledge-delete"}:
        return reverse(name, args=[item.pk])
    if name == "knowledge-file":
        return reverse(name, args=[item.files.get().pk])
    if name in {"knowledge-thesaurus-edit", "knowledge-thesaurus-delete"}:
        from flexpool.knowledge.models import ThesaurusEntry

        return reverse(name, args=[ThesaurusEntry.objects.first().pk])
    if name in {"knowledge-suggestions", "knowledge-experts", "knowledge-facets"}:
        return reverse(name) + "?q=warmtenet"
    return reverse(name)


def test_every_page_is_in_the_table():
    assert {p.name for p in knowledge_urls.urlpatterns} == set(PAGES) | POST_ONLY


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(world, role, name):
    item, users = world
    response = client_for(role, users).get(url_for(name, item))
    if role in PAGES[name]:
        assert response.status_code == 200, (role, name, response.status_code)
    elif role == "anonymous" and name not in {"knowledge-detail", "knowledge-file"}:
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404), (role, name, response.status_code)


def test_public_items_need_no_login(world, client):
    item, _users = world
    assert client.get(reverse("knowledge-detail", args=[item.pk])).status_code == 404
    item.visibility = Visibility.PUBLIC
    item.save()
    page = client.get(reverse("knowledge-detail", args=[item.pk]))
    assert page.status_code == 200 and "Interne studie warmtenet" in page.content.decode()
    found = client.get(reverse("knowledge-search") + "?q=warmtenetten")
    assert "<mark>warmtenetten</mark>" in found.content.decode()
    download = client.get(reverse("knowledge-file", args=[item.files.get().pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == files.markdown()


@pytest.mark.parametrize("words", ["warmtenetten", "warmtenet kerncentrale"])
def test_results_first_then_facets(pool, coordinator, words):
    """The page does not wait for the facet counts: it links to them, the second request counts
    them (with the page's relaxation to some of the words), and from then on they come inline."""
    make_corpus(coordinator, pool)
    client = client_for("coordinator", {"coordinator": coordinator})
    first = client.get(reverse("knowledge-search"), {"q": words}).content.decode()
    assert 'data-url="/kennis/facetten/?q=' in first and "kb-count" not in first
    assert '<h2 class="utrecht-heading-2" id="kb-results-title" tabindex="-1">Resultaten</h2>' in first
    inline = client.get(reverse("knowledge-search"), {"q": words, "facetten": "1"}).content.decode()
    assert "kb-count" in inline and "data-url" not in inline
    counted = client.get(reverse("knowledge-facets"), {"q": words}).json()
    total = int(counted["heading"].split()[0])
    assert total > 0 and f">{counted['heading']}</h2>" in inline
    assert counted["html"].count("kb-count") == inline.count("kb-count")
    again = client.get(reverse("knowledge-search"), {"q": words}).content.decode()
    assert "kb-count" in again and f">{counted['heading']}</h2>" in again


def test_other_pool_cannot_see_internal_items(world):
    item, _users = world
    builders.make_pool("Warmteteam Twente", "ES16", codes=["GM0153"])
    enschede = builders.make_contact("GM0153", "enschede")
    client = client_for("enschede", {"enschede": enschede})
    assert client.get(reverse("knowledge-detail", args=[item.pk])).status_code == 404
    assert "Interne studie" not in client.get(reverse("knowledge-search") + "?q=warmtenet").content.decode()


def test_create_with_upload_through_the_page(pool, coordinator):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(
        reverse("knowledge-create"),
        {
            "title": "Plan van aanpak isolatie",
            "summary": "",
            "kind": "plan_van_aanpak",
            "phase": "uitvoering",
            "published_on": "2025-02-01",
            "visibility": "pool",
            "links": "https://example.org/aanpak Voorbeeld",
            "files": [
                SimpleUploadedFile("aanpak.docx", files.docx("Isolatiemaatregelen voor rijtjeswoningen."))
            ],
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    item = KnowledgeItem.objects.get(title="Plan van aanpak isolatie")
    assert item.files.count() == 1 and item.links.get().label == "Voorbeeld"
    assert AuditRecord.objects.filter(action="kennis.toegevoegd", object_id=str(item.pk)).exists()


def test_the_form_offers_only_municipalities_that_are_still_members(pool, coordinator, emmen):
    """Emmen left last month and is not offered (nor its contacts); one that announced a leave date
    later than today still is. An older item from Emmen keeps Emmen when it is edited."""
    today = timezone.localdate()
    item = make_item(coordinator, pool, "Warmteplan Emmerhout", municipality="GM0114")
    Membership.objects.filter(pool=pool, municipality__code="GM0114").update(
        left_on=today - timedelta(days=31)
    )
    Membership.objects.filter(pool=pool, municipality__code="GM0106").update(
        left_on=today + timedelta(days=400)
    )
    client = client_for("coordinator", {"coordinator": coordinator})
    form = client.get(reverse("knowledge-create")).context["form"]
    offered = set(form.fields["municipality"].queryset.values_list("code", flat=True))
    assert "GM0114" not in offered and "GM0106" in offered
    assert emmen.contact not in form.fields["author_contacts"].queryset
    edit = client.get(reverse("knowledge-edit", args=[item.pk])).context["form"]
    assert "GM0114" in set(edit.fields["municipality"].queryset.values_list("code", flat=True))


def test_a_bad_file_lands_on_the_field_and_nothing_is_stored(pool, coordinator):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(
        reverse("knowledge-create"),
        {
            "title": "Beveiligd", "summary": "Iets.", "kind": "onderzoek", "phase": "tvw",
            "published_on": "2025-02-01", "visibility": "pool",
            "files": [SimpleUploadedFile("geheim.pdf", files.pdf(password="geheim"))],
        },
    )  # fmt: skip
    assert response.status_code == 200
    assert "met een wachtwoord beveiligd" in response.context["form"].errors["files"][0]
    assert not KnowledgeItem.objects.exists()


def test_suggestions_show_items_and_earlier_requests_of_others_and_record_reuse(
    pool, coordinator, assen, emmen
):
    make_corpus(coordinator, pool)
    earlier = builders.make_request(
        pool, emmen, title="Projectleider warmtenet Emmerhout", description="Haalbaarheid van warmtenetten."
    )
    builders.make_request(pool, assen, title="Eigen eerdere vraag warmtenet")
    client = client_for("assen", {"assen": assen})
    fragment = client.get(
        reverse("knowledge-suggestions") + "?q=Projectleider+warmte-netten+Assen"
    ).content.decode()
    assert "Haalbaarheidsstudie warmtenet Kloosterveen" in fragment
    assert "Projectleider warmtenet Emmerhout" in fragment and "Emmen" in fragment
    assert "Eigen eerdere vraag" not in fragment
    item = KnowledgeItem.objects.get(title="Haalbaarheidsstudie warmtenet Kloosterveen")
    response = client.post(reverse("knowledge-reuse", args=[item.pk]), HTTP_X_REQUESTED_WITH="fetch")
    assert response.json()["created"] is True and "Assen" in response.json()["message"]
    again = client.post(reverse("knowledge-reuse", args=[item.pk]), HTTP_X_REQUESTED_WITH="fetch")
    assert again.json()["created"] is False
    client.post(reverse("knowledge-request-reuse", args=[earlier.pk]))
    assert ReuseRecord.objects.filter(municipality__code="GM0106").count() == 2
    assert AuditRecord.objects.filter(action="kennis.hergebruikt", municipality_code="GM0106").count() == 2
    page = client.get(reverse("knowledge-detail", args=[item.pk])).content.decode()
    assert "Assen" in page and "heeft vastgelegd dit te hergebruiken" in page
    # A request of one's own municipality cannot be "reused" as if it came from elsewhere.
    own = builders.make_request(pool, assen, title="Nog een eigen vraag")
    assert client.post(reverse("knowledge-request-reuse", args=[own.pk])).status_code == 404


def test_only_a_municipality_records_reuse(world):
    item, users = world
    for role in ("coordinator", "member", "finance"):
        assert client_for(role, users).post(reverse("knowledge-reuse", args=[item.pk])).status_code == 403


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "url,role",
    [
        ("/kennis/", "coordinator"),
        ("/kennis/?q=warmtenet", "coordinator"),
        ("/kennis/?q=warmtenet&soort=onderzoek", "anonymous"),
        ("/kennis/?q=warmtenet&facetten=1", "coordinator"),
        ("/kennis/facetten/?q=warmtenet", "coordinator"),
        ("/kennis/suggesties/?q=warmtenet+bewoners", "assen"),
        ("/kennis/experts/?q=warmtenet", "coordinator"),
        ("/kennis/hergebruik/", "assen"),
    ],
)
def test_queries_do_not_grow_with_rows(pool, coordinator, assen, emmen, member, url, role):
    from flexpool.knowledge import thesaurus

    thesaurus.mapping()  # loaded once per process, not per page
    users = {"coordinator": coordinator, "assen": assen}
    client = client_for(role, users)
    other = builders.make_member(pool, "Fictief Lid Twee")

    def add(n, start):
        for i in range(start, start + n):
            item = make_item(
                coordinator, pool, f"Studie warmtenet {i}", visibility=Visibility.PUBLIC,
                municipality=builders.DRENTHE[i % len(builders.DRENTHE)], year=2020 + i % 6,
                author_members=[member, other], competences=["warmtenetten"],
            )  # fmt: skip
            ReuseRecord.objects.create(item=item, municipality_id=assen.contact.municipality_id)
            builders.make_request(pool, emmen, title=f"Vraag warmtenet {i}")

    add(10, 0)
    small = _count(client, url)
    add(90, 10)
    large = _count(client, url)
    assert large == small, (url, small, large)


def test_facet_names_follow_the_language_of_the_request(pool, coordinator):
    make_corpus(coordinator, pool)
    for language, name in (("en", "Type"), ("nl", "Soort"), ("en", "Type")):
        client = client_for("coordinator", {"coordinator": coordinator})
        page = client.get(
            reverse("knowledge-search"), {"q": "warmtenetten", "facetten": "1"}, HTTP_ACCEPT_LANGUAGE=language
        ).content.decode()
        assert f'<nav aria-label="{name}">' in page, language
