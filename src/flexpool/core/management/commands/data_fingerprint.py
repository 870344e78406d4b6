"""Row counts of every table and the settlement totals, as JSON: compare before and after a restore."""

import json
from decimal import Decimal

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db.models import Sum


class Command(BaseCommand):
    help = "Aantal rijen per tabel en de totalen van de verrekeningen (JSON), om een back-up te controleren."

    def handle(self, *args, **options):
        # Through the app registry: core sits below the hours app and does not import it.
        Settlement = apps.get_model("hours", "Settlement")
        SettlementLine = apps.get_model("hours", "SettlementLine")
        HourEntry = apps.get_model("hours", "HourEntry")
        counts = {
            model._meta.db_table: model._default_manager.count()
            for model in sorted(apps.get_models(), key=lambda m: m._meta.db_table)
            if model._meta.managed and not model._meta.proxy
        }
        fields = ["total_hours", "total_use", "total_corrections", "total_contribution", "total_secondment"]
        totals = Settlement.objects.aggregate(**{f: Sum(f) for f in [*fields, "total_balance"]})
        totals["line_balance"] = SettlementLine.objects.aggregate(s=Sum("balance"))["s"]
        totals["hours_written"] = HourEntry.objects.aggregate(s=Sum("hours"))["s"]
        data = {
            "rows": counts,
            "settlements": {k: f"{Decimal(v or 0):.2f}" for k, v in totals.items()},
        }
        self.stdout.write(json.dumps(data, indent=1, sort_keys=True))
