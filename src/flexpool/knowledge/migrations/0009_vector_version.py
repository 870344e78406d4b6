"""A version number of the item vectors on SQLite, raised by triggers on every change, so a search
knows in one indexed read whether the matrix it keeps in memory is still current (counting the rows
read the whole table). PostgreSQL searches the vectors in the database and needs nothing."""

from django.db import migrations

SQLITE = [
    "CREATE TABLE IF NOT EXISTS knowledge_vectorversion"
    " (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO knowledge_vectorversion (id, version) VALUES (1, 0)",
    *(
        f"CREATE TRIGGER IF NOT EXISTS knowledge_itemvector_{event.lower()}_version AFTER {event}"
        " ON knowledge_itemvector BEGIN"
        " UPDATE knowledge_vectorversion SET version = version + 1 WHERE id = 1; END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ),
]


def sqlite_version(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in SQLITE:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0008_item_vectors"),
    ]

    operations = [migrations.RunPython(sqlite_version, migrations.RunPython.noop)]
