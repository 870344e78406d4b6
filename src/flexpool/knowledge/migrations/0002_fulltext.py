"""Full-text indexes over the normalised search columns, one per database engine.

SQLite: FTS5 tables with external content, kept in step by triggers (so bulk inserts and deletes
through the ORM stay indexed). PostgreSQL: a generated tsvector column with the `simple`
configuration (the text is already stemmed in Python) and a GIN index. Each step runs only on its
own engine; see flexpool.knowledge.fulltext.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    from flexpool.knowledge import fulltext

    fulltext.install(schema_editor.connection)


def backwards(apps, schema_editor):
    from flexpool.knowledge import fulltext

    fulltext.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
