from flexpool.imports.management.commands._import_base import ImportCommand


class Command(ImportCommand):
    help = "Importeer poolleden uit een CSV-bestand (alles of niets); zie docs/imports.md."
    kind = "members"
