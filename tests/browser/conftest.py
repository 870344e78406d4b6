"""Browser tests: Debian's Chromium driven by Playwright against a live test server."""

import os
import shutil
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls from test code
    # are still synchronous and safe here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    assert Path(executable).exists(), "Chromium ontbreekt: run scripts/ensure-chromium.sh"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


TEST_TOTP_KEY = "3132333435363738393031323334353637383930"  # RFC 6238 test key


def second_factor_code(username):
    """For roles that need a second factor: give the user an app device and return its current code.

    `last_t` is reset so that two logins of one user within 30 seconds both work (django-otp
    refuses a code that was already used).
    """
    from django.contrib.auth import get_user_model
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from flexpool.signin import second_factor

    user = get_user_model().objects.get(username=username)
    if not second_factor.required_for(user):
        return None
    TOTPDevice.objects.filter(user=user).delete()
    TOTPDevice.objects.create(user=user, name="test", key=TEST_TOTP_KEY, confirmed=True)
    return f"{totp(bytes.fromhex(TEST_TOTP_KEY)):06d}"


def log_in(page, base_url: str, username: str, password: str) -> None:
    """Log in through the login page, with the second factor for the roles that need one."""
    code = second_factor_code(username)
    page.goto(f"{base_url}/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    if code is not None:
        page.wait_for_url(f"{base_url}/inloggen/tweede-stap/")
        page.get_by_label("Code").fill(code)
        page.get_by_role("button", name="Verder").click()
    page.wait_for_url(f"{base_url}/")


@pytest.fixture
def new_page(browser, live_server):
    contexts = []

    def make(username=None, password=None, locale="nl-NL"):
        context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30000)
        page.set_default_navigation_timeout(60000)
        if username:
            log_in(page, live_server.url, username, password)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def shoot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture
def axe_check():
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page):
        results = axe.run(
            page,
            options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}},
        )
        violations = results.response["violations"]
        summary = [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in violations
        ]
        assert not violations, f"axe-core op {page.url}:\n" + "\n".join(summary)

    return check
