"""`flexpool run_schedule`: queue the scheduled jobs when they are due (next to `flexpool db_worker`)."""

import time

from django.core.management.base import BaseCommand

from flexpool.notifications.schedule import JOBS, queue_due_jobs


class Command(BaseCommand):
    help = "Queue daily and weekly jobs (digest, reminders, starting assignments) once when due."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Check once and stop (for cron).")
        parser.add_argument("--interval", type=int, default=60, help="Seconds between checks.")

    def handle(self, *args, once: bool = False, interval: int = 60, **options):
        self.stdout.write("Geplande taken: " + ", ".join(sorted(JOBS)))
        while True:
            for name in queue_due_jobs():
                self.stdout.write(f"In de wachtrij gezet: {name}")
            if once:
                return
            time.sleep(max(interval, 1))
