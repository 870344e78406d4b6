"""Development defaults: debug on, embedded SQLite, tasks in a local worker."""

import os

os.environ.setdefault("DEBUG", "true")

from flexpool.conf.base import *  # noqa: F403
