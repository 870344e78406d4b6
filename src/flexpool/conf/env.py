"""Environment variables Flexpool reads, each with a default and a help text.

`docs/operations.md` lists the same variables; keep the two in step.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import unquote, urlparse


@dataclass(frozen=True)
class Variable:
    name: str
    default: str
    help_text: str
    group: str


VARIABLES: dict[str, Variable] = {}


def config(name: str, default: str, help_text: str, group: str = "Algemeen") -> str:
    VARIABLES[name] = Variable(name, default, help_text, group)
    return os.environ.get(name, default)


def config_bool(name: str, default: bool, help_text: str, group: str = "Algemeen") -> bool:
    value = config(name, "true" if default else "false", help_text, group)
    return value.strip().lower() in {"1", "true", "yes", "on"}


def database_from_url(url: str, base_dir: os.PathLike[str] | str) -> dict[str, object]:
    """Turn `sqlite:///path` or `postgres://user:pass@host:port/name` into a Django DATABASES entry."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = url.removeprefix("sqlite:///")
        name = path if path.startswith("/") else os.path.join(base_dir, path)
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": name,
            # IMMEDIATE makes every write transaction take the database lock at its start, so two
            # accepts cannot both read the old load and then both write.
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
        }
    if parsed.scheme in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": 60,
        }
    raise ValueError(f"DATABASE_URL: unsupported scheme {parsed.scheme!r} (use sqlite or postgres)")
