"""Logging in with a second factor in a real browser: first-time setup from the QR page, recovery
codes, the claim-mapping and privacy pages, the statements; axe-core and screenshots at two widths."""

from datetime import date, timedelta

from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from flexpool.pool.models import PoolMember
from flexpool.signin.models import ClaimMapping
from tests.builders import PASSWORD


def test_coordinator_sets_up_the_second_factor_and_manages_mappings_and_privacy(
    browser, live_server, pool, coordinator, member, shoot, axe_check
):
    url = live_server.url
    PoolMember.objects.filter(pk=member.pk).update(active=False, left_on=date.today() - timedelta(days=800))
    for width, suffix in ((1280, ""), (390, "-390")):
        context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 900})
        page = context.new_page()
        page.set_default_timeout(30000)
        TOTPDevice.objects.filter(user=coordinator).delete()
        StaticDevice.objects.filter(user=coordinator).delete()
        page.goto(f"{url}/inloggen/")
        axe_check(page)
        shoot(page, f"inloggen{suffix}")
        page.get_by_label("Gebruikersnaam").fill("coordinator")
        page.get_by_label("Wachtwoord").fill(PASSWORD)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(f"{url}/inloggen/tweede-stap/instellen/")
        expect(page.locator(".fp-qr svg")).to_be_visible()
        axe_check(page)
        shoot(page, f"tweede-stap-instellen{suffix}")
        device = TOTPDevice.objects.get(user=coordinator, confirmed=False)
        secret = page.locator("#totp-secret").inner_text().replace(" ", "")
        assert len(secret) == 32
        code = TOTP(device.bin_key).token()
        page.get_by_label("Code").fill(f"{code:06d}")
        page.get_by_role("button", name="Instellen en inloggen").click()
        page.wait_for_url(f"{url}/account/beveiliging/")
        expect(page.locator("#recovery-codes li")).to_have_count(10)
        axe_check(page)
        shoot(page, f"herstelcodes{suffix}")

        page.get_by_role("link", name="Inloggen via de organisatie").click()
        page.get_by_label("Waarde").fill(f"flexpool-coordinatoren{suffix}")
        page.get_by_label("Rol in Flexpool").select_option("coordinator")
        page.get_by_role("button", name="Opslaan").click()
        expect(page.locator(".fp-errors")).to_contain_text("Kies de pool")
        axe_check(page)
        page.get_by_label("Pool", exact=True).select_option(str(pool.pk))
        page.get_by_role("button", name="Opslaan").click()
        expect(page.locator(".fp-message--success")).to_contain_text("opgeslagen")
        expect(page.locator("#claim-mappings")).to_contain_text(f"flexpool-coordinatoren{suffix}")
        axe_check(page)
        shoot(page, f"inlogkoppelingen{suffix}")

        page.get_by_role("link", name="Privacyverzoeken").click()
        if suffix:  # anonymised in the first round: no longer due, listed without a name
            expect(page.locator("#due-leavers")).to_contain_text("geen poolleden")
            expect(page.locator("#privacy-members")).to_contain_text(f"Voormalig poollid {member.pk}")
        else:
            expect(page.locator("#due-leavers")).to_contain_text(member.name)
        axe_check(page)
        shoot(page, f"privacyverzoeken{suffix}")
        if not suffix:
            page.get_by_role("button", name="1 poollid anonimiseren").click()
            expect(page.locator(".fp-message--success")).to_contain_text("1 vertrokken poolleden")

        for name, shot in (
            ("Privacyverklaring", "privacyverklaring"),
            ("Toegankelijkheidsverklaring", "toegankelijkheid"),
        ):
            page.get_by_role("contentinfo").get_by_role("link", name=name, exact=True).click()
            expect(page.get_by_role("heading", level=1)).to_be_visible()
            axe_check(page)
            shoot(page, f"{shot}{suffix}")
        context.close()
    assert ClaimMapping.objects.count() == 2
    assert PoolMember.objects.get(pk=member.pk).name == f"Voormalig poollid {member.pk}"
