"""Embeddings of items for search by meaning. On PostgreSQL the pgvector extension (installed on
the server by scripts/ensure-pgvector.sh) gives the column ``embedding vector(384)`` and its HNSW
index; on SQLite the float32 numbers are kept in ``vector`` and nothing else is created."""

import django.db.models.deletion
from django.db import migrations, models


def postgres_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in (
        "CREATE EXTENSION IF NOT EXISTS vector",
        "ALTER TABLE knowledge_itemvector ADD COLUMN embedding vector(384)",
        "CREATE INDEX knowledge_itemvector_hnsw ON knowledge_itemvector "
        "USING hnsw (embedding vector_cosine_ops)",
    ):
        schema_editor.execute(statement)


def fill(apps, schema_editor):
    """Embeddings for the items that exist already (new items get theirs when indexed)."""
    if apps.get_model("knowledge", "KnowledgeItem").objects.exists():
        from flexpool.knowledge import vectors

        vectors.rebuild()


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0007_processing"),
    ]

    operations = [
        migrations.CreateModel(
            name="ItemVector",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("chunk", models.PositiveSmallIntegerField(default=0)),
                ("vector", models.BinaryField(null=True)),
                (
                    "item",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="knowledge.knowledgeitem",
                    ),
                ),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("item", "chunk"), name="itemvector_item_chunk")],
            },
        ),
        migrations.RunPython(postgres_vectors, migrations.RunPython.noop),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
