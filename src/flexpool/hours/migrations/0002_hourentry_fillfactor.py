"""Leave a fifth of every page of hour entries free (PostgreSQL only).

Settling a period sets `settled_in` on each settled row once; with free space on the page and no
index on the changed columns, PostgreSQL does that as a heap-only (HOT) update: no index writes and
much less WAL. See docs/benchmarks/settlement.md.
"""

from django.db import migrations


def set_fillfactor(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE hours_hourentry SET (fillfactor = 80)")


def reset_fillfactor(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE hours_hourentry RESET (fillfactor)")


class Migration(migrations.Migration):
    dependencies = [("hours", "0001_initial")]

    operations = [migrations.RunPython(set_fillfactor, reset_fillfactor)]
