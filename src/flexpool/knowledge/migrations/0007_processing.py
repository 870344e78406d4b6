"""Knowledge items whose files are read in the background: "wordt verwerkt" or "geweigerd"."""

from django.db import migrations, models


def reinstall_fulltext(apps, schema_editor):
    """SQLite rebuilds the item table to add a column with a default, which drops the FTS5
    triggers; put them back (safe to run again on either engine)."""
    from flexpool.knowledge import fulltext

    fulltext.install(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0006_thesaurus_and_words"),
    ]

    operations = [
        migrations.AddField(
            model_name="knowledgefile",
            name="read",
            field=models.BooleanField(default=True, verbose_name="gelezen"),
        ),
        migrations.AddField(
            model_name="knowledgeitem",
            name="processing",
            field=models.CharField(
                choices=[("klaar", "Klaar"), ("verwerken", "Wordt verwerkt"), ("geweigerd", "Geweigerd")],
                default="klaar",
                max_length=10,
                verbose_name="verwerking",
            ),
        ),
        migrations.AddField(
            model_name="knowledgeitem",
            name="processing_note",
            field=models.CharField(blank=True, max_length=500, verbose_name="reden"),
        ),
        migrations.RunPython(reinstall_fulltext, migrations.RunPython.noop),
    ]
