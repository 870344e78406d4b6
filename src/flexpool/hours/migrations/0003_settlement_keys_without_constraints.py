"""No foreign-key constraints in the database on `HourEntry.settled_in` and `SettlementItem.line`.

Settling a period sets `settled_in` on every settled hour entry and writes an item per request and
municipality; the deferred foreign-key checks ran once per row at commit (a trigger, a lookup and a
row lock each time), more than half the time of a settlement of a national pool. Both columns are
only written by `settle_period`, pointing at the settlement and lines it creates in the same
transaction, and settlements and lines are never deleted (PROTECT). The index on `line` stays. See
docs/benchmarks/settlement.md.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('hours', '0002_hourentry_fillfactor'),
    ]

    operations = [
        migrations.AlterField(
            model_name='hourentry',
            name='settled_in',
            field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='entries', to='hours.settlement'),
        ),
        migrations.AlterField(
            model_name='settlementitem',
            name='line',
            field=models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.PROTECT, related_name='items', to='hours.settlementline'),
        ),
    ]
