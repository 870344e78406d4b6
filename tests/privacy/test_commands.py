"""The privacy commands an administrator runs: export of one person, anonymisation from cron."""

import json
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from flexpool.core.models import AuditRecord
from flexpool.pool.models import PoolMember
from tests import builders


def test_export_person_by_user_name_writes_json_and_is_audited(member, tmp_path):
    target = tmp_path / "persoon.json"
    call_command("export_person", "--user", "flexpooler", "--output", str(target), stderr=StringIO())
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["account"]["gebruikersnaam"] == "flexpooler"
    assert data["poollid"]["naam"] == member.name
    record = AuditRecord.objects.get(action="privacy.gegevens_uitgegeven")
    assert record.actor is None and record.object_id == str(member.pk)


def test_export_person_of_someone_unknown_names_the_problem(db):
    with pytest.raises(CommandError, match="Geen gebruiker met de naam 'niemand'"):
        call_command("export_person", "--user", "niemand")


def test_anonymise_leavers_dry_run_changes_nothing_and_the_real_run_does(pool, member, settings):
    settings.PRIVACY_RETENTION_DAYS = 365
    gone = builders.make_member(pool, "Fictief Vertrokken Lid", competences={"projectleiding": 2})
    PoolMember.objects.filter(pk=gone.pk).update(active=False, left_on=date.today() - timedelta(days=366))
    PoolMember.objects.filter(pk=member.pk).update(active=False, left_on=date.today() - timedelta(days=364))
    out = StringIO()
    call_command("anonymise_leavers", "--dry-run", stdout=out)
    assert "1 poolleden zouden worden geanonimiseerd" in out.getvalue()
    assert PoolMember.objects.get(pk=gone.pk).name == "Fictief Vertrokken Lid"
    call_command("anonymise_leavers", stdout=StringIO())
    assert PoolMember.objects.get(pk=gone.pk).name == f"Voormalig poollid {gone.pk}"
    member.refresh_from_db()
    assert member.name == "Fictief Poollid Een" and member.user.is_active
    call_command("anonymise_leavers", stdout=StringIO())  # idempotent: nothing left to do
    assert AuditRecord.objects.filter(action="privacy.geanonimiseerd").count() == 1


def test_anonymising_a_member_empties_and_disables_the_account(pool, member, settings):
    settings.PRIVACY_RETENTION_DAYS = 30
    PoolMember.objects.filter(pk=member.pk).update(active=False, left_on=date.today() - timedelta(days=31))
    call_command("anonymise_leavers", stdout=StringIO())
    member.refresh_from_db()
    user = member.user
    assert user.username == f"geanonimiseerd-{member.pk}"
    assert (user.first_name, user.last_name, user.email, user.is_active) == ("", "", "", False)
    assert not user.has_usable_password() and not user.groups.exists()
    assert not member.local_ties.exists() and not member.competences.exists()
