import time

from django.core.management.base import BaseCommand, CommandError

from flexpool.demo.build import DemoError, build_demo
from flexpool.demo.people import DEMO_PASSWORD, DEMO_SECOND_FACTOR_LOGINS, DEMO_TOTP_SECRET, OTHER_CONTACTS


class Command(BaseCommand):
    help = (
        "Load the demo: Flexteam Warmte Drenthe with 12 municipalities, ~40 fictitious pool "
        "members and ~60 requests in every state, dated around today. Running it again rebuilds "
        "the demo pool with the same data."
    )

    def handle(self, *args, **options):
        began = time.monotonic()
        try:
            summary = build_demo()
        except DemoError as error:
            raise CommandError(str(error)) from error
        seconds = time.monotonic() - began
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo geladen in {seconds:.1f} s: pool '{summary.pool.name}', "
                f"{summary.municipalities} gemeenten, {summary.members} poolleden, "
                f"{summary.requests} vragen."
            )
        )
        self.stdout.write(
            "Vragen per status: "
            + ", ".join(f"{status} {count}" for status, count in summary.by_status.items())
        )
        self.stdout.write("")
        width = max(len(username) for username, _ in summary.logins)
        self.stdout.write(f"{'gebruiker'.ljust(width)}  {'wachtwoord'.ljust(13)}  rol")
        self.stdout.write(f"{'-' * width}  {'-' * 13}  {'-' * 30}")
        for username, description in summary.logins:
            self.stdout.write(f"{username.ljust(width)}  {DEMO_PASSWORD.ljust(13)}  {description}")
        others = ", ".join(username for username, _first, _last in OTHER_CONTACTS.values())
        self.stdout.write("")
        self.stdout.write(
            f"Ook met wachtwoord '{DEMO_PASSWORD}': de contactpersonen {others}, en elk poollid "
            "als voornaam.achternaam (bijvoorbeeld jorrit.veenbrink)."
        )
        self.stdout.write(
            f"Tweede stap voor {', '.join(DEMO_SECOND_FACTOR_LOGINS)}: de code uit `flexpool demo_code`, "
            f"of zet de sleutel {DEMO_TOTP_SECRET} in een app (FreeOTP, Google Authenticator)."
        )
