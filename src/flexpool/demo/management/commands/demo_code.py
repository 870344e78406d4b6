"""Print the current second-factor code of the demo logins (coordinator, financien, admin)."""

import time
from base64 import b32decode

from django.core.management.base import BaseCommand
from django_otp.oath import TOTP

from flexpool.demo.people import DEMO_SECOND_FACTOR_LOGINS, DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Toon de code voor de tweede stap van de demo-accounts (alleen de gepubliceerde demosleutel)."

    def handle(self, *args, **options):
        totp = TOTP(b32decode(DEMO_TOTP_SECRET))
        left = 30 - int(time.time()) % 30
        self.stdout.write(f"{totp.token():06d}")
        self.stderr.write(
            f"Code voor {', '.join(DEMO_SECOND_FACTOR_LOGINS)}; nog {left} s geldig. "
            f"Sleutel voor een app: {DEMO_TOTP_SECRET}"
        )
