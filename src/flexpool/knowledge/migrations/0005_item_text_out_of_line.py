"""On PostgreSQL, keep the text of knowledge items out of the table's rows (TOAST from 128 bytes).

Facet counts and the total of a search visit every matching row (26,000 for a common pair of
words at 100,000 items). With the text inline a row is about 2 kB and that visit reads the whole
table; with the long values (body, normalised columns, tsvector) stored apart it reads half the
pages and takes a third of the time (docs/benchmarks/knowledge.md). Rows written before this
migration keep their layout until they are updated; `VACUUM FULL knowledge_knowledgeitem` rewrites
them all at once (docs/operations.md). SQLite has no such setting: there the counts read a narrow
index instead.
"""

from django.db import migrations


def set_target(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE knowledge_knowledgeitem SET (toast_tuple_target = 128)")


def reset_target(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE knowledge_knowledgeitem RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0004_search_narrow_index")]

    operations = [migrations.RunPython(set_target, reset_target)]
