"""The benchmarks' own PostgreSQL databases: created on first use, so a command from the docs works
on a fresh machine."""

from __future__ import annotations


def ensure_database(url: str) -> None:
    """Create the database named in a postgres:// `url` when the server does not have it yet."""
    if not url.startswith("postgres"):
        return
    import psycopg

    name = url.rsplit("/", 1)[1]
    server = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
