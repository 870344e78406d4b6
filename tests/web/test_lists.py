"""The lists (core.lists): filter, sort, search, pages, export of exactly the filtered rows, role
scoping, bounded queries and bad parameters, for requests, intake, pool members, knowledge and audit.
The hours lists are tested in tests/hours/test_lists.py."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.knowledge.models import ItemKind, KnowledgeItem, Visibility
from tests import builders
from tests.builders import client_for


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def xlsx_rows(response) -> list[tuple]:
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    return list(sheet.iter_rows(values_only=True))


@pytest.fixture
def requests_world(pool, coordinator, assen, emmen):
    """30 requests of Assen (every third about a heat network), 5 of Emmen."""
    for i in range(30):
        title = f"Warmtenet {i:02d}" if i % 3 == 0 else f"Projectleider {i:02d}"
        request = builders.make_request(
            pool, assen, title=title, start=date(2026, 1 + i % 12, 5), end=date(2027, 1, 4)
        )
        if i % 2 == 0:
            demand_services.transition(
                actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE
            )
    for i in range(5):
        builders.make_request(pool, emmen, title=f"Emmen warmtenet {i}")
    return {"coordinator": coordinator, "assen": assen, "emmen": emmen}


def titles(response) -> list[str]:
    return [r.title for r in response.context["list"].rows]


def test_request_list_pages_of_25_in_dutch(requests_world):
    client = client_for("coordinator", requests_world)
    first = client.get(reverse("request-list"))
    listing = first.context["list"]
    assert listing.total == 35 and len(listing.rows) == 25
    html = first.content.decode()
    assert "Pagina 1 van 2" in html and "35 vragen gevonden" in html and "Volgende" in html
    second = client.get(reverse("request-list") + "?pagina=2")
    assert len(second.context["list"].rows) == 10 and "Pagina 2 van 2" in second.content.decode()
    assert not set(titles(first)) & set(titles(second))


def test_filter_search_and_sort_stay_in_the_links(requests_world):
    client = client_for("coordinator", requests_world)
    url = reverse("request-list") + "?status=in_behandeling&q=warmtenet&sorteer=titel"
    response = client.get(url)
    found = titles(response)
    # i % 2 == 0 and i % 3 == 0: 0, 6, 12, 18, 24 (Emmen's are only submitted)
    assert found == ["Warmtenet 00", "Warmtenet 06", "Warmtenet 12", "Warmtenet 18", "Warmtenet 24"]
    html = response.content.decode()
    assert 'aria-sort="ascending"' in html
    # The header link turns the order round and keeps the filters; the export links keep them too.
    header = response.context["list"].header("titel")
    assert (
        "sorteer=-titel" in header.url
        and "status=in_behandeling" in header.url
        and "q=warmtenet" in header.url
    )
    for _label, link in response.context["list"].exports:
        assert "status=in_behandeling" in link and "q=warmtenet" in link and "sorteer=titel" in link
    backwards = client.get(reverse("request-list") + "?status=in_behandeling&q=warmtenet&sorteer=-titel")
    assert titles(backwards) == list(reversed(found))
    assert 'aria-sort="descending"' in backwards.content.decode()


def test_search_looks_in_title_description_and_municipality(requests_world):
    client = client_for("coordinator", requests_world)
    assert len(client.get(reverse("request-list") + "?q=emmen").context["list"].rows) == 5
    assert client.get(reverse("request-list") + "?q=Warmtenet+emmen").context["list"].total == 5
    assert client.get(reverse("request-list") + "?q=bestaatniet").context["list"].total == 0


def test_export_holds_exactly_the_filtered_rows_in_order(requests_world):
    client = client_for("coordinator", requests_world)
    query = "?status=in_behandeling&sorteer=titel"
    page = client.get(reverse("request-list") + query)
    everything = [r.title for r in page.context["list"].page.paginator.object_list]
    rows = csv_rows(client.get(reverse("request-list") + query + "&export=csv&pagina=1"))
    assert rows[0][:3] == ["Nummer", "Titel", "Gemeente"]
    assert [r[1] for r in rows[1:]] == everything and len(everything) == 15
    assert {r[4] for r in rows[1:]} == {"In behandeling"}
    # The machine-readable variant: comma, decimal point, ISO dates; the Dutch one: 16,0 and 05-01-2026.
    machine = client.get(reverse("request-list") + query + "&export=csv&formaat=machine")
    lines = list(csv.reader(io.StringIO(machine.content.decode("utf-8"))))
    assert [r[1] for r in lines[1:]] == everything
    assert lines[1][6] == "16.0" and rows[1][6] == "16,0"
    day = date.fromisoformat(lines[1][7])
    assert rows[1][7] == f"{day:%d-%m-%Y}"
    sheet = xlsx_rows(client.get(reverse("request-list") + query + "&export=xlsx"))
    assert [r[1] for r in sheet[1:]] == everything
    hours, start = sheet[1][6], sheet[1][7]
    assert hours == 16 and isinstance(start, date)  # numbers and dates, not text


def test_a_contact_never_sees_another_municipalitys_requests(requests_world):
    client = client_for("emmen", requests_world)
    response = client.get(reverse("request-list"))
    assert response.context["list"].total == 5
    assert all(r.municipality.code == "GM0114" for r in response.context["list"].rows)
    # Not in a filter's choices, not by asking for it, not in the export.
    assert "GM0106" not in dict(response.context["list"].form.fields["gemeente"].choices)
    assert client.get(reverse("request-list") + "?gemeente=GM0106").context["list"].total == 5
    rows = csv_rows(client.get(reverse("request-list") + "?export=csv"))
    assert len(rows) == 6 and {r[2] for r in rows[1:]} == {"Emmen"}
    sheet = xlsx_rows(client.get(reverse("request-list") + "?export=xlsx&q=warmtenet"))
    assert len(sheet) == 6 and {r[2] for r in sheet[1:]} == {"Emmen"}


@pytest.mark.parametrize(
    "query,notice",
    [
        ("?status=xyz", "Status"),
        ("?pagina=abc", "Die pagina bestaat niet"),
        ("?pagina=0", "Die pagina bestaat niet"),
        ("?pagina=999999999999999999", "Die pagina bestaat niet"),
        ("?pagina=99999999999999999999999", "Die pagina bestaat niet"),
        ("?sorteer=wachtwoord", "niet sorteren"),
        ("?start_van=gisteren", "Start vanaf"),
        ("?start_van=9999-99-99", "Start vanaf"),
        ("?export=pdf", "CSV of als Excel"),
        ("?prioriteit=%C2%B2", "Prioriteit"),
    ],
)
def test_bad_parameters_give_a_message_never_an_error(requests_world, query, notice):
    response = client_for("coordinator", requests_world).get(reverse("request-list") + query)
    assert response.status_code == 200
    assert any(notice in n for n in response.context["list"].notices), response.context["list"].notices
    assert response.context["list"].total == 35  # the bad value is left out, the rest still works


def test_a_page_beyond_the_last_shows_the_last(requests_world):
    response = client_for("coordinator", requests_world).get(reverse("request-list") + "?pagina=99")
    assert response.context["list"].pager.number == 2


def test_intake_lists_only_waiting_requests_with_the_same_controls(requests_world):
    client = client_for("coordinator", requests_world)
    response = client.get(reverse("intake") + "?status=in_behandeling&sorteer=-start")
    rows = response.context["list"].rows
    assert len(rows) == 15 and all(r.status == "in_behandeling" for r in rows)
    assert [r.start for r in rows] == sorted((r.start for r in rows), reverse=True)
    statuses = dict(response.context["list"].form.fields["status"].choices)
    assert set(statuses) == {"", "ingediend", "in_behandeling"}
    rows = csv_rows(client.get(reverse("intake") + "?q=emmen&export=csv"))
    assert len(rows) == 6


def _queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        "request-list",
        "intake",
        "pool-overview",
        "audit-log",
    ],
)
@pytest.mark.parametrize("export", ["", "csv", "xlsx"])
def test_queries_stay_the_same_as_rows_grow(
    pool, coordinator, assen, url, export, django_assert_max_num_queries
):
    users = {"coordinator": coordinator}
    client = client_for("coordinator", users)
    address = (
        reverse(url) + "?q=e&sorteer=-" + {"pool-overview": "naam", "audit-log": "wanneer"}.get(url, "titel")
    )
    if export:
        address += f"&export={export}"

    def grow(n, tag):
        for i in range(n):
            builders.make_member(pool, f"Fictief Lid {tag} {i}", ties=["GM0106"])
            request = builders.make_request(pool, assen, title=f"Vraag {tag} {i}")
            demand_services.transition(
                actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE
            )

    grow(5, "a")
    small = _queries(client, address, django_assert_max_num_queries, 40)
    grow(60, "b")
    large = _queries(client, address, django_assert_max_num_queries, small)
    assert large == small


def test_members_list_filters_sorts_and_exports(pool, coordinator, finance):
    builders.make_member(pool, "Fictief Anna", hours="32", ties=["GM0106"], competences={"projectleiding": 4})
    builders.make_member(pool, "Fictief Bram", hours="8", ties=["GM0114"])
    builders.make_member(pool, "Fictief Cor", hours="16", ties=["GM0106", "GM0114"])
    client = client_for("finance", {"finance": finance})
    response = client.get(reverse("pool-overview") + "?binding=GM0106&sorteer=-contract")
    assert [m.name for m, _loads in response.context["rows"]] == ["Fictief Anna", "Fictief Cor"]
    assert 'aria-sort="descending"' in response.content.decode()
    rows = csv_rows(client.get(reverse("pool-overview") + "?binding=GM0106&sorteer=-contract&export=csv"))
    assert [r[0] for r in rows[1:]] == ["Fictief Anna", "Fictief Cor"]
    assert rows[1][4] == "Projectleiding (Expert)" or rows[1][4].startswith("Projectleiding")
    sheet = xlsx_rows(client.get(reverse("pool-overview") + "?q=bram&export=xlsx"))
    assert len(sheet) == 2 and sheet[1][0] == "Fictief Bram" and sheet[1][3] == 8


def test_members_of_another_pool_stay_out(pool, other_pool, other_coordinator):
    builders.make_member(pool, "Fictief Drents Lid")
    builders.make_member(other_pool, "Fictief Gronings Lid", home="GM0014")
    client = client_for("c", {"c": other_coordinator})
    names = [m.name for m, _loads in client.get(reverse("pool-overview")).context["rows"]]
    assert names == ["Fictief Gronings Lid"]
    rows = csv_rows(client.get(reverse("pool-overview") + "?export=csv"))
    assert [r[0] for r in rows[1:]] == ["Fictief Gronings Lid"]


@pytest.fixture
def audit_world(requests_world):
    return requests_world


def test_one_audit_page_with_the_list_features(audit_world):
    client = client_for("coordinator", audit_world)
    response = client.get(reverse("audit-log") + "?groep=vraag.&q=in_behandeling&sorteer=wanneer")
    rows = response.context["list"].rows
    assert rows and all(r.action == "vraag.in_behandeling_nemen" for r in rows)
    assert [r.occurred_at for r in rows] == sorted(r.occurred_at for r in rows)
    assert response.context["list"].total == 15
    rows = csv_rows(client.get(reverse("audit-log") + "?groep=vraag.&q=in_behandeling&export=csv"))
    assert len(rows) == 16 and {r[2] for r in rows[1:]} == {"vraag.in_behandeling_nemen"}
    # The former addresses: the second page redirects with its filters, the CSV address still works.
    old = client.get(reverse("audit-viewer") + "?groep=vraag.")
    assert old.status_code == 301 and old["Location"] == reverse("audit-log") + "?groep=vraag."
    assert len(csv_rows(client.get(reverse("audit-export") + "?groep=vraag.&actie=in_behandeling"))) == 16
    # One menu item for the audit trail.
    html = response.content.decode()
    assert html.count(reverse("audit-log") + '"') == 1 and reverse("audit-viewer") not in html


def test_a_contact_reads_and_cannot_export_only_its_own_trail(audit_world):
    client = client_for("emmen", audit_world)
    response = client.get(reverse("audit-log"))
    assert response.context["list"].total and all(
        r.municipality_code == "GM0114" for r in response.context["list"].rows
    )
    assert response.context["list"].exports == [] and "gemeente" not in response.context["list"].form.fields
    assert client.get(reverse("audit-log") + "?export=csv").status_code == 403


@pytest.fixture
def items(pool, coordinator):
    from flexpool.knowledge import services as knowledge_services

    made = []
    for i, (title, year) in enumerate(
        [("Warmtenet Assen", 2024), ("Participatie warmtenet", 2025), ("Aardgasvrije wijk", 2023)]
    ):
        made.append(
            knowledge_services.create_item(
                actor=coordinator,
                pool=pool,
                values=knowledge_services.ItemValues(
                    title=title,
                    summary=f"Over {title.lower()}.",
                    body="Tekst over de buurt.",
                    kind=ItemKind.STUDY,
                    published_on=date(year, 3, 1 + i),
                    visibility=Visibility.PUBLIC,
                ),
            )
        )
    return made


def test_knowledge_keeps_its_ranking_and_adds_order_and_export(items, client):
    ranked = client.get(reverse("knowledge-search") + "?q=warmtenet")
    relevance = [h.item.title for h in ranked.context["result"].hits]
    # The items that hold the word come first; the learned order may put the item found by meaning
    # alone after them on the first page.
    assert set(relevance[:2]) == {"Warmtenet Assen", "Participatie warmtenet"}
    by_date = ["Aardgasvrije wijk", "Warmtenet Assen", "Participatie warmtenet"]
    oldest = client.get(reverse("knowledge-search") + "?q=warmtenet&sorteer=oudste")
    assert [h.item.title for h in oldest.context["result"].hits] == [t for t in by_date if t in relevance]
    rows = csv_rows(client.get(reverse("knowledge-search") + "?q=warmtenet&export=csv"))
    assert [r[1] for r in rows[1:]] == relevance  # the export follows the ranking
    sheet = xlsx_rows(client.get(reverse("knowledge-search") + "?sorteer=titel&export=xlsx"))
    assert [r[1] for r in sheet[1:]] == sorted(i.title for i in KnowledgeItem.objects.all())
    assert isinstance(sheet[1][6], date)
    unknown = client.get(reverse("knowledge-search") + "?sorteer=xyz")
    assert unknown.status_code == 200 and "niet sorteren" in unknown.content.decode()


@pytest.mark.parametrize("query", ["?sorteer=titel", "?q=warmtenet&sorteer=oudste"])
@pytest.mark.parametrize("export", ["", "&export=csv", "&export=xlsx"])
def test_knowledge_queries_stay_the_same(
    items, pool, coordinator, client, query, export, django_assert_max_num_queries
):
    from flexpool.knowledge import services as knowledge_services

    def grow(n, tag):
        for i in range(n):
            knowledge_services.create_item(
                actor=coordinator,
                pool=pool,
                values=knowledge_services.ItemValues(
                    title=f"Warmtenet {tag} {i}", summary="Over een warmtenet.", kind=ItemKind.STUDY,
                    published_on=date(2024, 1, 1 + i),
                    visibility=Visibility.PUBLIC,
                ),
            )  # fmt: skip

    address = reverse("knowledge-search") + query + export + "&facetten=1"
    grow(4, "a")  # more matches than the five the feedback step reads, so every step runs both times
    with django_assert_max_num_queries(60) as small:
        assert client.get(address).status_code == 200
    grow(25, "b")
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(address).status_code == 200
