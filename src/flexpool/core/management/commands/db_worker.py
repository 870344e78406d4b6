"""`flexpool db_worker`: django-tasks-db's worker with a heartbeat and recovery of lost tasks.

See core.workers: a task whose worker was killed is queued again (at most three runs in all) or
marked failed with a message the user sees on the progress page.
"""

from __future__ import annotations

import os

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker as base

from flexpool.core.workers import Heartbeat, new_worker_id


class Worker(base.Worker):
    def run(self) -> None:
        heartbeat = Heartbeat(self.worker_id)
        heartbeat.start()
        try:
            super().run()
        finally:
            heartbeat.stop()
            heartbeat.join(timeout=10)


class Command(base.Command):
    help = "Run a database background worker with a heartbeat; tasks of workers that died run again."

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        # By default the id names the machine and process, so a dead process on this machine
        # is recognised at once (see core.workers).
        parser.set_defaults(worker_id=None)

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay, reload,
               max_tasks, worker_id, exclude_queues, **options):  # fmt: skip
        self.configure_logging(verbosity)
        if reload and batch:
            reload = False
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = Worker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id or new_worker_id(),
            excluded_queue_names=excluded,
        )
        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
