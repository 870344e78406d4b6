"""Anonymise pool members whose retention period after leaving has passed (run daily from cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from flexpool.privacy import services as privacy


class Command(BaseCommand):
    help = (
        "Anonimiseer poolleden die langer dan PRIVACY_RETENTION_DAYS weg zijn. "
        "Elke anonimisering staat in de audittrail."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="alleen tonen wie het betreft")

    def handle(self, *args, **options):
        from flexpool.pool.models import PoolMember

        due = privacy.leavers_due(PoolMember.objects.all())
        if options["dry_run"]:
            for member in due.order_by("pk"):
                self.stdout.write(f"{member.pk}\t{member.left_on}")
            self.stdout.write(f"{due.count()} poolleden zouden worden geanonimiseerd.")
            return
        done = privacy.anonymise_leavers(actor=None, queryset=PoolMember.objects.all())
        self.stdout.write(
            f"{len(done)} poolleden geanonimiseerd (vertrokken meer dan "
            f"{settings.PRIVACY_RETENTION_DAYS} dagen geleden)."
        )
