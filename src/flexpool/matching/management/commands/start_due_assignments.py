from django.core.management.base import BaseCommand
from django.utils import timezone

from flexpool.matching.services import start_due


class Command(BaseCommand):
    help = "Start accepted requests whose members all confirmed and whose start date has come (run daily)."

    def handle(self, *args, **options):
        started = start_due(actor=None, today=timezone.localdate())
        self.stdout.write(f"{started} vragen gestart")
