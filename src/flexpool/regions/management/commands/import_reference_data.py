from django.core.management.base import BaseCommand

from flexpool.regions.services import import_reference_data


class Command(BaseCommand):
    help = "Import the 342 municipalities, 12 provinces and 30 RES regions (idempotent)."

    def handle(self, *args, **options):
        summary = import_reference_data()
        self.stdout.write(
            f"{summary.municipalities} gemeenten, {summary.regions} RES-regio's, "
            f"{summary.provinces} provincies"
        )
