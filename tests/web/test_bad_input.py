"""Input an attacker or a careless user sends answers 400 with a message naming the field, never 500.

Each case here answered 500 before: numbers out of range in query strings, ids that are not
numbers, dates near the end of the calendar, and a NUL byte in a CSV file.
"""

import pytest
from rest_framework.test import APIClient

from flexpool.imports.importers import ImportFailed, import_requests
from tests.hours.helpers import make_tariffs, running_assignment
from tests.knowledge.helpers import make_corpus

HUGE = "99999999999999999999"


def api(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def field_errors(response) -> dict:
    assert response.status_code == 400, (response.status_code, response.content[:300])
    return response.json()["errors"]


@pytest.fixture
def corpus(pool, coordinator):
    return make_corpus(coordinator, pool)


@pytest.mark.parametrize(
    "query, field",
    [("jaar=0", "jaar"), ("jaar=²", "jaar"), (f"pagina={HUGE}", "pagina"), ("domein=-1", "domein")],
)
def test_knowledge_search_api_names_the_parameter(corpus, query, field):
    errors = field_errors(api().get(f"/api/v1/knowledge/items/?{query}"))
    assert list(errors) == [field] and errors[field][0]


@pytest.mark.parametrize(
    "path", ["/kennis/?jaar=0", "/kennis/facetten/?jaar=0", f"/kennis/?pagina={HUGE}", "/kennis/?pagina=0"]
)
def test_knowledge_pages_answer_400_with_the_parameter(client, corpus, path):
    response = client.get(path)
    assert response.status_code == 400
    field = path.split("?")[1].split("=")[0]
    assert f"„{field}”" in response.content.decode()


def test_knowledge_search_still_accepts_good_numbers(client, corpus):
    assert api().get("/api/v1/knowledge/items/?jaar=2024&pagina=2").status_code == 200
    assert client.get("/kennis/?jaar=2024").status_code == 200


def test_item_id_that_is_no_number(corpus, assen):
    assert list(field_errors(api().get("/api/v1/knowledge/items/null,null/"))) == ["id"]
    response = api(assen).post("/api/v1/knowledge/items/null,null/reuse/", {}, format="json")
    assert list(field_errors(response)) == ["id"]


def test_reuse_figures_year(corpus, coordinator, client):
    assert list(field_errors(api(coordinator).get("/api/v1/knowledge/reuse-figures/?jaar=260251"))) == [
        "jaar"
    ]
    assert api(coordinator).get("/api/v1/knowledge/reuse-figures/?jaar=2024").status_code == 200
    client.force_login(coordinator)
    assert client.get("/kennis/hergebruik/?jaar=260251").status_code == 400


def test_report_year(coordinator, client):
    assert list(field_errors(api(coordinator).get("/api/v1/reports/GM0106/?jaar=99999"))) == ["jaar"]
    client.force_login(coordinator)
    assert client.get("/rapportage/GM0106/?jaar=99999").status_code == 400
    assert client.get("/openbaar/?jaar=0").status_code == 400
    # The audit list leaves a date it cannot use out and says so (the former address redirects there).
    assert client.get("/auditlog/?van=2024-02-30").status_code == 301
    for day in ("2024-02-30", "0001-01-01", "9999-12-31"):
        response = client.get(f"/audit/?van={day}&tot={day}")
        assert response.status_code == 200 and len(response.context["list"].notices) == 2, day


def test_hours_week_at_the_end_of_the_calendar(pool, coordinator, assen, member):
    make_tariffs(pool)
    assignment = running_assignment(pool, coordinator, assen, member)
    response = api(member.user).post(
        "/api/v1/hours/", {"assignment": assignment.pk, "week": "9999-12-31", "hours": "8"}, format="json"
    )
    assert list(field_errors(response)) == ["week"]


REQUEST_CSV = (
    "gemeente;titel;omschrijving;uren_per_week;start;eind;prioriteit;bewonerscontact;"
    "verdeelbaar;competenties;indienen\n"
    "GM0106;Participatie\x00traject;Bewonersavonden.;12;2027-02-01;2027-06-25;hoog;ja;nee;participatie:3;ja\n"
)


def test_csv_with_a_nul_byte_names_row_and_column(pool, coordinator):
    with pytest.raises(ImportFailed) as failed:
        import_requests(pool, REQUEST_CSV.encode(), coordinator)
    assert [(e.row, e.column) for e in failed.value.errors] == [(2, "titel")]


def test_csv_with_a_nul_byte_on_the_import_page(pool, coordinator, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(coordinator)
    upload = SimpleUploadedFile("vragen.csv", REQUEST_CSV.encode(), content_type="text/csv")
    response = client.post("/importeren/", {"kind": "requests", "file": upload})
    assert response.status_code == 200
    assert "Regel 2 bevat een onzichtbaar NUL-teken" in response.content.decode()


@pytest.mark.parametrize(
    "path, headers, field",
    [
        ("/api/v1/knowledge/items/?q=warmte%00net", {}, "q"),
        ("/kennis/?q=%00", {}, "q"),
        (
            "/api/v1/regions/",
            {"HTTP_AUTHORIZATION": "Basic " + __import__("base64").b64encode(b"a\x00:b").decode()},
            "Authorization",
        ),
    ],
)
def test_nul_in_address_or_credentials_is_refused(client, db, path, headers, field):
    response = client.get(path, **headers)
    assert response.status_code == 400
    if path.startswith("/api/"):
        assert list(response.json()["errors"]) == [field]
    else:
        assert response.content.decode().startswith(f"{field}:")


def test_api_offset_past_any_table(db, coordinator):
    assert list(field_errors(api(coordinator).get(f"/api/v1/assignments/?offset={HUGE}"))) == ["offset"]
    assert list(field_errors(api(coordinator).get("/api/v1/assignments/?limit=0"))) == ["limit"]


def test_api_404_is_json(db):
    response = api().get("/api/v1/knowledge/items/.exe/")
    assert response.status_code == 404 and response.json() == {"detail": "Niet gevonden."}


def test_member_load_far_dates_and_shape(pool, coordinator, member):
    url = f"/api/v1/members/{member.pk}/load/"
    response = api(coordinator).get(url + "?from=9999-12-27&weeks=104")
    assert list(field_errors(response)) == ["from"]
    assert list(field_errors(api(coordinator).get(url + "?weeks=0"))) == ["weeks"]
    weeks = api(coordinator).get(url + "?from=2026-01-05&weeks=3").json()
    assert isinstance(weeks, list) and [w["monday"] for w in weeks] == [
        "2026-01-05",
        "2026-01-12",
        "2026-01-19",
    ]


def test_member_load_schema_is_a_plain_list():
    import yaml
    from django.conf import settings

    schema = yaml.safe_load((settings.BASE_DIR / "openapi.yaml").read_text())
    ok = schema["paths"]["/api/v1/members/{id}/load/"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["type"] == "array"
