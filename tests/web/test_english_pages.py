"""Pages in English contain no Dutch: headings, history lines, chart texts (SVG), competence names.

User data (request titles, names, municipality names) is chosen in English or is a proper name, so
every Dutch word found comes from Flexpool itself.
"""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from tests import builders

pytestmark = pytest.mark.django_db

# Common Dutch words that never occur in English text (checked as whole, case-sensitive words).
DUTCH_WORDS = [
    "de", "het", "een", "van", "voor", "niet", "wordt", "naar", "bij", "uw", "nog", "vraag", "vragen",
    "uren", "uur", "gemeente", "gemeenten", "voorstel", "inzet", "januari", "februari", "maart", "mei",
    "juni", "juli", "augustus", "oktober", "competentie", "competenties", "Bijdrage", "Gebruik",
    "Uren", "Projectleiding", "Participatie", "ingediend", "behandeling", "geaccepteerd", "afgerond",
    "Vraag", "Gemeente", "Kosten", "Geleverde", "Ontvangen", "week(?= \\d+ \\(\\d+–\\d+ [a-z])",
]  # fmt: skip
DUTCH = re.compile(r"(?<![\w-])(" + "|".join(DUTCH_WORDS) + r")(?![\w-])")


@pytest.fixture(autouse=True)
def back_to_dutch():
    """A request in English leaves English active in this thread; the next tests expect Dutch."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


def visible_main_text(html: str) -> str:
    """The text of <main>, SVG <text> and <title> included, without scripts, styles and tags."""
    main = html[html.index("<main") : html.index("</main>")]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


@pytest.fixture
def story(pool, coordinator, assen, member):
    coordinator.first_name, coordinator.last_name = "Anna", "Smith"
    coordinator.save()
    assen.first_name, assen.last_name = "Bram", "Jones"
    assen.save()
    member.employer = "Province of Drenthe"
    member.save()
    request = builders.make_request(
        pool,
        assen,
        title="Heat plan North",
        description="Plan for the north.",
        hours_per_week=Decimal("16.5"),
        start=date(2027, 1, 11),
        end=date(2027, 3, 26),
    )
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16.5"))]
    )
    return request


def english(user, url: str) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200, url
    return visible_main_text(response.content.decode())


def assert_english(text: str, url: str) -> None:
    found = sorted({m.group(0) for m in DUTCH.finditer(text)})
    assert found == [], f"Dutch on {url}: {found}\n{text[:3000]}"


@pytest.mark.parametrize(
    ("role", "url"),
    [
        ("assen", "/vragen/{pk}/"),
        ("coordinator", "/vragen/{pk}/"),
        ("coordinator", "/audit/"),
        ("coordinator", "/grootboek/"),
        ("coordinator", "/rapportage/GM0106/"),
        ("member", "/mijn-profiel/"),
        ("assen", "/kennis/experts/?q=projectleiding"),
    ],
)
def test_page_in_english_has_no_dutch(role, url, story, coordinator, assen, member):
    users = {"coordinator": coordinator, "assen": assen, "member": member.user}
    url = url.format(pk=story.pk)
    assert_english(english(users[role], url), url)


def test_competence_names_and_history_are_english(story, assen, member):
    page = english(assen, f"/vragen/{story.pk}/")
    assert "Project management" in page
    assert "Anna Smith (coordinator) took the request into intake: submitted → under review." in page
    assert "Anna Smith (coordinator) proposed a pool member" in page
    assert "16.5" in page


def test_charts_are_english(story, coordinator):
    page = english(coordinator, "/rapportage/GM0106/")
    assert "Hours received per month" in page
    assert "Jan" in page or "jan" in page
