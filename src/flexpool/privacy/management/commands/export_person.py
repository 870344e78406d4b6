"""Write everything Flexpool holds about one person as JSON (a request for access under the GDPR)."""

import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from flexpool.privacy import services as privacy


class Command(BaseCommand):
    help = "Alle gegevens van één persoon als JSON (inzageverzoek). Wordt vastgelegd in de audittrail."

    def add_arguments(self, parser):
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument("--member", type=int, help="id van het poollid")
        who.add_argument("--user", help="gebruikersnaam")
        parser.add_argument("--output", help="bestand om naar te schrijven (standaard: het scherm)")

    def handle(self, *args, **options):
        from flexpool.pool.models import PoolMember

        member = user = None
        if options["member"] is not None:
            member = PoolMember.objects.filter(pk=options["member"]).first()
            if member is None:
                raise CommandError(f"Geen poollid met id {options['member']}.")
        else:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"Geen gebruiker met de naam {options['user']!r}.")
        data = privacy.export_person(actor=None, member=member, user=user)
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
            self.stderr.write(f"Geschreven naar {options['output']}.")
        else:
            self.stdout.write(text)
