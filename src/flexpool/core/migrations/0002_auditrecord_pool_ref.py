"""Audit records name their pool, so that a coordinator reads only its own pools' trail.

Existing records get the pool of the object they describe.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import migrations, models

# object type → how to find the pool id of an object of that type (model, path to the pool id).
POOL_PATHS = {
    "demand.capacityrequest": ("demand", "CapacityRequest", "pool_id"),
    "matching.assignment": ("matching", "Assignment", "request__pool_id"),
    "matching.batchplan": ("matching", "BatchPlan", "pool_id"),
    "pool.poolmember": ("pool", "PoolMember", "pool_id"),
    "hours.hourentry": ("hours", "HourEntry", "assignment__request__pool_id"),
    "hours.period": ("hours", "Period", "pool_id"),
    "hours.settlement": ("hours", "Settlement", "pool_id"),
    "hours.settlementline": ("hours", "SettlementLine", "settlement__pool_id"),
    "hours.tariff": ("hours", "Tariff", "pool_id"),
    "knowledge.knowledgeitem": ("knowledge", "KnowledgeItem", "pool_id"),
}


def fill_pool(apps, schema_editor):
    AuditRecord = apps.get_model("core", "AuditRecord")
    for object_type, (app_label, model_name, path) in POOL_PATHS.items():
        try:
            model = apps.get_model(app_label, model_name)
            model._meta.get_field(path.split("__")[0])
        except (LookupError, FieldDoesNotExist):  # a model or field this installation does not have
            continue
        ids = AuditRecord.objects.filter(object_type=object_type, pool_ref__isnull=True).values_list(
            "object_id", flat=True
        )
        numeric = sorted({int(i) for i in ids if str(i).isdigit()})
        for start in range(0, len(numeric), 500):
            chunk = numeric[start : start + 500]
            for pk, pool_id in model.objects.filter(pk__in=chunk).values_list("pk", path):
                AuditRecord.objects.filter(object_type=object_type, object_id=str(pk)).update(pool_ref=pool_id)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("demand", "0001_initial"),
        ("matching", "0002_batch_plan_and_explanation"),
        ("pool", "0001_initial"),
        ("hours", "0003_settlement_keys_without_constraints"),
        ("knowledge", "0005_item_text_out_of_line"),
    ]

    operations = [
        migrations.AddField(
            model_name="auditrecord",
            name="pool_ref",
            field=models.PositiveIntegerField(blank=True, db_index=True, null=True, verbose_name="pool"),
        ),
        migrations.RunPython(fill_pool, migrations.RunPython.noop),
    ]
