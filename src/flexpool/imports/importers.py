"""CSV imports for coordinators: pool members and capacity requests, all or nothing.

Run them directly (`import_members`, `import_requests`), from the management commands of the same
name, or in the background with `flexpool.imports.tasks.start_import`.
"""

from flexpool.imports.csvfile import ImportFailed, ImportResult, RowError
from flexpool.imports.members import import_members
from flexpool.imports.requests import import_requests

IMPORTERS = {"members": import_members, "requests": import_requests}
KIND_LABELS = {"members": "poolleden", "requests": "vragen"}

__all__ = [
    "IMPORTERS",
    "KIND_LABELS",
    "ImportFailed",
    "ImportResult",
    "RowError",
    "import_members",
    "import_requests",
]
