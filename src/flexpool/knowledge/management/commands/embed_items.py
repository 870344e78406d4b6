import time

from django.core.management.base import BaseCommand

from flexpool.knowledge import vectors


class Command(BaseCommand):
    help = (
        "Embed every knowledge item again (after an upgrade that changed what is embedded; "
        "about 0.3 s of CPU per item, the search keeps working with the older vectors meanwhile)."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = vectors.rebuild()
        noun = "kennisitem" if count == 1 else "kennisitems"
        self.stdout.write(f"{count} {noun} opnieuw ingebed in {time.perf_counter() - started:.0f} s")
