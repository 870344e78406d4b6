"""Shared code of the import_members and import_requests commands."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from flexpool.accounts.permissions import coordinates_pool
from flexpool.core.errors import NotAllowed
from flexpool.imports.importers import IMPORTERS, KIND_LABELS, ImportFailed
from flexpool.pool.models import Pool


class ImportCommand(BaseCommand):
    kind = ""

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV-bestand (UTF-8, ; of , als scheidingsteken)")
        parser.add_argument("--pool", required=True, help="Naam van de pool")
        parser.add_argument(
            "--as",
            dest="username",
            help="Gebruikersnaam van de coördinator die importeert (nodig bij meer dan één).",
        )

    def handle(self, *args, file, pool, username, **options):
        try:
            pool_obj = Pool.objects.get(name=pool)
        except Pool.DoesNotExist as error:
            raise CommandError(f"Pool '{pool}' bestaat niet.") from error
        actor = self._actor(pool_obj, username)
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Bestand '{file}' bestaat niet.")
        try:
            result = IMPORTERS[self.kind](pool_obj, path.read_bytes(), actor)
        except ImportFailed as failed:
            for error in failed.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(failed.errors)} fout(en) gevonden; er is niets geïmporteerd."
            ) from failed
        except NotAllowed as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{result.created} {KIND_LABELS[self.kind]} geïmporteerd."))

    def _actor(self, pool, username):
        coordinators = list(pool.coordinators.all())
        if username:
            actor = next((u for u in coordinators if u.username == username), None)
            if actor is None or not coordinates_pool(actor, pool.pk):
                raise CommandError(f"'{username}' is geen coördinator van {pool.name}.")
            return actor
        if len(coordinators) != 1:
            raise CommandError(f"{pool.name} heeft {len(coordinators)} coördinatoren; kies er een met --as.")
        return coordinators[0]
