"""Development defaults: debug on, embedded SQLite, tasks in a local worker."""

import os

os.environ.setdefault("DEBUG", "true")
# The demo writes every e-mail to a file under var/mail/, so a newcomer can read them.
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")

from flexpool.conf.base import *  # noqa: F403
