"""Every hours, settlement and report page for every role, exports, and query counts."""

import codecs
import csv
import io
from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from flexpool.hours import services
from flexpool.hours import urls as hours_urls
from flexpool.hours.models import HourEntry
from flexpool.reports import urls as report_urls
from tests import builders
from tests.aria import missing_aria_targets
from tests.builders import client_for
from tests.hours.conftest import TODAY
from tests.hours.helpers import running_assignment

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council"]
ALL = set(ROLES)
# Who may open each page (GET); "anonymous" for an open page. Others: 403, or 404 outside their scope.
PAGES = {
    "settlement-preview": {"finance"},
    "hours-mine": {"member"},
    "hours-approve": {"assen", "emmen"},
    "hours-monitor": {"coordinator", "finance"},
    "tariffs": {"coordinator", "finance"},
    "settlement-list": {"coordinator", "assen", "emmen", "finance"},
    "settlement-detail": {"coordinator", "assen", "emmen", "finance"},
    "settlement-xlsx": {"coordinator", "assen", "emmen", "finance"},
    "settlement-csv": {"coordinator", "assen", "emmen", "finance"},
    # Assen's specification and report: not Emmen's business.
    "settlement-specification": {"coordinator", "assen", "finance"},
    "settlement-pdf": {"coordinator", "assen", "finance"},
    "ledger": {"coordinator", "assen", "emmen", "finance", "council"},
    "report-index": {"coordinator", "assen", "emmen", "finance", "council"},
    "report-detail": {"coordinator", "assen", "finance", "council"},
    "report-pdf": {"coordinator", "assen", "finance", "council"},
    "public-report": ALL,
    "audit-log": {"coordinator", "assen", "emmen"},
    "audit-viewer": {"coordinator", "assen", "emmen"},
    "audit-export": {"coordinator"},
}
POST_ONLY = {"hours-decide", "hours-decide-many"}


def url_for(name, world):
    settlement = world["settlement"]
    if name in {"settlement-detail", "settlement-xlsx", "settlement-csv"}:
        return reverse(name, args=[settlement.pk])
    if name in {"settlement-specification", "settlement-pdf"}:
        return reverse(name, args=[settlement.pk, "GM0106"])
    if name in {"report-detail", "report-pdf"}:
        return reverse(name, args=["GM0106"]) + "?jaar=2026"
    return reverse(name)


def test_every_page_is_in_the_table():
    names = {p.name for p in hours_urls.urlpatterns} | {p.name for p in report_urls.urlpatterns}
    assert names == set(PAGES) | POST_ONLY


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(settled_world, role, name):
    response = client_for(role, settled_world["users"]).get(url_for(name, settled_world))
    if role in PAGES[name]:
        status = response.status_code
        assert status in (200, 302) or name == "audit-viewer", (role, name, status)
        if name == "audit-viewer":  # the former second audit page sends everyone to the one audit page
            assert response.status_code == 301 and response["Location"] == reverse("audit-log")
        elif response.status_code == 302:  # the report index sends a contact to its own report
            assert name == "report-index" and role in {"assen", "emmen"}
        elif response.get("Content-Type", "").startswith("text/html"):
            assert missing_aria_targets(response.content.decode()) == [], (role, name)
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404), (role, name, response.status_code)


def test_a_contact_sees_only_its_own_settlement_and_report(settled_world):
    users = settled_world["users"]
    settlement = settled_world["settlement"]
    emmen = client_for("emmen", users)
    page = emmen.get(reverse("settlement-detail", args=[settlement.pk])).content.decode()
    assert "Emmen" in page and "Assen" not in page
    rows = list(
        csv.reader(
            io.StringIO(
                emmen.get(reverse("settlement-csv", args=[settlement.pk])).content.decode("utf-8-sig")
            ),
            delimiter=";",
        )
    )
    assert [r[1] for r in rows[1:-1]] == ["Emmen"]
    assert emmen.get(reverse("settlement-pdf", args=[settlement.pk, "GM0106"])).status_code == 404
    assert emmen.get(reverse("report-detail", args=["GM0106"])).status_code == 404
    assert emmen.get(reverse("report-index"))["Location"].endswith("/rapportage/GM0114/")
    assen = client_for("assen", users)
    page = assen.get(reverse("hours-approve")).content.decode()
    assert "week 6 (2–8 februari 2026)" in page
    assert "Emmen" not in client_for("assen", users).get(reverse("ledger")).content.decode()


def test_finance_exports_add_up(settled_world):
    client = client_for("finance", settled_world["users"])
    settlement = settled_world["settlement"]
    response = client.get(reverse("settlement-xlsx", args=[settlement.pk]))
    book = load_workbook(io.BytesIO(response.content))
    sheet = book["Verrekening"]
    rows = [r for r in sheet.iter_rows(min_row=5, values_only=True) if r[0] and r[0] != "Totaal"]
    assert len(rows) == len(builders.DRENTHE)
    assert round(sum(r[4] for r in rows), 2) == float(settlement.total_use)
    assert round(sum(r[9] for r in rows), 2) == float(settlement.total_balance)
    detail = list(book["Specificatie"].iter_rows(min_row=2, values_only=True))
    assert [d[0] for d in detail] == ["Assen"]
    # For Dutch Excel (the default): BOM, semicolons, decimal comma.
    content = client.get(reverse("settlement-csv", args=[settlement.pk])).content
    assert content.startswith(codecs.BOM_UTF8)
    total = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))[-1]
    assert total[1] == "Totaal" and total[5] == str(settlement.total_use).replace(".", ",")
    assert "," in total[5] and "." not in total[5]
    # Machine readable: no BOM, commas, decimal point.
    response = client.get(reverse("settlement-csv", args=[settlement.pk]) + "?formaat=machine")
    assert response["Content-Disposition"].endswith('-machine.csv"')
    assert not response.content.startswith(codecs.BOM_UTF8)
    total = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))[-1]
    assert total[1] == "Totaal" and total[5] == str(settlement.total_use)


def test_pages_flow_member_writes_contact_decides(settled_world):
    users = settled_world["users"]
    assignment = settled_world["assignment"]
    member = client_for("member", users)
    key = assignment.pk
    week7 = reverse("hours-mine") + "?week=2026-02-11"
    existing = HourEntry.objects.filter(assignment=assignment, week=date(2026, 2, 9)).first()
    version = str(existing.version) if existing else "0"
    response = member.post(week7, {f"week-hours_{key}": "170", f"week-version_{key}": version})
    assert response.status_code == 422
    assert "maximaal 168" in response.content.decode()
    response = member.post(
        reverse("hours-mine") + "?week=2026-01-26", {f"week-hours_{key}": "8", f"week-version_{key}": "0"}
    )
    assert "afgesloten" in response.content.decode()
    response = member.post(
        week7, {f"week-hours_{key}": "15,5", f"week-note_{key}": "wk 7", f"week-version_{key}": version}
    )
    assert response.status_code == 302
    entry = HourEntry.objects.get(week=date(2026, 2, 9))
    assert str(entry.hours) == "15.50"
    emmen, assen = client_for("emmen", users), client_for("assen", users)
    assert emmen.post(reverse("hours-decide", args=[entry.pk, "goedkeuren"])).status_code == 404
    assen.post(reverse("hours-decide", args=[entry.pk, "afkeuren"]), {"reason": ""})
    entry.refresh_from_db()
    assert entry.status == "ingediend"
    assen.post(reverse("hours-decide", args=[entry.pk, "afkeuren"]), {"reason": "Niet afgesproken"})
    entry.refresh_from_db()
    assert entry.status == "afgekeurd" and entry.reason == "Niet afgesproken"
    assert "Niet afgesproken" in member.get(reverse("hours-mine")).content.decode()


def test_pdf_specification_contains_the_figures_of_the_page(settled_world):
    from pdfminer.high_level import extract_text

    client = client_for("assen", settled_world["users"])
    settlement = settled_world["settlement"]
    page = client.get(reverse("settlement-specification", args=[settlement.pk, "GM0106"]))
    pdf = client.get(reverse("settlement-pdf", args=[settlement.pk, "GM0106"]))
    assert pdf["Content-Type"] == "application/pdf"
    text = extract_text(io.BytesIO(pdf.content))
    line = page.context["line"]
    html = page.content.decode()
    for figure in [
        "€ 5.184,00",
        "48",
        "Projectleider wijkaanpak",
        "€ 108,00",
        "Assen",
        settlement.period.title,
    ]:
        assert figure in html, figure
        assert figure in text, figure
    assert str(line.use_amount) == "5184.00"


def test_report_pdf_contains_the_figures_of_the_page(settled_world):
    from pdfminer.high_level import extract_text

    client = client_for("council", settled_world["users"])
    url = reverse("report-detail", args=["GM0106"]) + "?jaar=2026"
    page = client.get(url)
    report = page.context["report"]
    pdf = client.get(reverse("report-pdf", args=["GM0106"]) + "?jaar=2026")
    text = extract_text(io.BytesIO(pdf.content))
    html = page.content.decode()
    figures = [
        "Transparantierapportage Assen 2026",
        "€ 5.184,00",  # costs
        "48",  # hours received: approved in January; the 12 pending in February do not count
        str(report.requests_filed),
        "Projectleider",
    ]
    assert report.hours_total == 48
    for figure in figures[:3]:
        assert figure in html and figure in text, figure
    assert "€ 5.184,00" in text


def test_public_page_has_no_personal_data(settled_world):
    response = Client().get(reverse("public-report"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Fictief Poollid" not in html and "Projectleider wijkaanpak" not in html
    assert "Assen" in html and "48" in html


def test_audit_viewer_filters_and_exports(settled_world):
    users = settled_world["users"]
    coordinator = client_for("coordinator", users)
    old = coordinator.get(reverse("audit-viewer") + "?groep=uren.&wie=assen")
    assert old.status_code == 301 and old["Location"] == reverse("audit-log") + "?groep=uren.&wie=assen"
    page = coordinator.get(old["Location"])
    records = list(page.context["list"].rows)
    assert records and all(r.action.startswith("uren.") and r.actor.username == "assen" for r in records)
    text = coordinator.get(reverse("audit-export") + "?groep=verrekening.").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["Tijdstip", "Door", "Actie"]
    assert {r[2] for r in rows[1:]} == {"verrekening.vastgesteld", "verrekening.regel"}
    finance = settled_world["users"]["finance"]
    assert all(r[1] == (finance.get_full_name() or "financien") for r in rows[1:])
    own = client_for("emmen", users).get(reverse("audit-log"))
    assert all(r.municipality_code == "GM0114" for r in own.context["list"].rows)


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _grow(world, n, tag):
    """n more assignments, each with an approved and a pending week."""
    users = world["users"]
    pool = world["assignment"].request.pool
    from flexpool.pool.models import PoolMember

    for i in range(n):
        person = builders.make_member(pool, f"Fictief Groei {tag} {i}", username=f"groei-{tag}-{i}")
        assignment = running_assignment(
            pool,
            users["coordinator"],
            users["assen"],
            PoolMember.objects.get(pk=person.pk),
            title=f"Vraag {tag} {i}",
        )
        for week, approve in ((date(2026, 2, 2), True), (date(2026, 2, 9), False)):
            entry = services.write_hours(
                actor=person.user, assignment=assignment, week=week, hours="8", today=TODAY
            )
            if approve:
                services.approve_hours(actor=users["assen"], entry=entry)


@pytest.mark.parametrize(
    "name,role",
    [
        ("hours-mine", "member"),
        ("hours-approve", "assen"),
        ("hours-monitor", "coordinator"),
        ("tariffs", "finance"),
        ("settlement-list", "finance"),
        ("settlement-list", "assen"),
        ("settlement-detail", "finance"),
        ("settlement-specification", "assen"),
        ("ledger", "finance"),
        ("report-detail", "council"),
        ("public-report", "anonymous"),
        ("audit-log", "coordinator"),
    ],
)
def test_queries_do_not_grow_with_rows(settled_world, name, role):
    client = client_for(role, settled_world["users"])

    def url():
        world = dict(settled_world)
        from flexpool.hours.models import Settlement

        world["settlement"] = Settlement.objects.order_by("-period__start").first()
        return url_for(name, world)

    _grow(settled_world, 10, "a")
    small = _count(client, url())
    _grow(settled_world, 30, "b")  # 41 assignments: more than a list's page of 25
    large = _count(client, url())
    assert large == small, (name, small, large)
