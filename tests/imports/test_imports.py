from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from flexpool.core.dates import day_text
from flexpool.core.errors import NotAllowed
from flexpool.core.models import AuditRecord
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.imports.importers import ImportFailed, import_members, import_requests
from flexpool.pool.models import Membership, PoolMember
from tests import builders

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"

MEMBER_HEADER = "naam;werkgever;email;contracturen;woongemeente;competenties;lokale_binding;max_gemeenten"
GOOD_MEMBER = "Fictief Importlid;Gemeente Assen;;24;GM0106;projectleiding:3;GM0106;3"
REQUEST_HEADER = (
    "gemeente;titel;omschrijving;uren_per_week;start;eind;prioriteit;bewonerscontact;"
    "verdeelbaar;competenties;indienen"
)
GOOD_REQUEST = (
    "GM0106;Participatietraject Assen-Noord;Bewonersavonden.;12;2027-02-01;2027-06-25;"
    "hoog;ja;nee;participatie:3;ja"
)


def errors_of(excinfo) -> list[tuple[int, str]]:
    return [(e.row, e.column) for e in excinfo.value.errors]


# --- members ---------------------------------------------------------------------------------


def test_good_members_file_imports_every_row(pool, coordinator):
    result = import_members(pool, (DATA / "members_good.csv").read_bytes(), coordinator)
    assert result.created == 3
    tineke = PoolMember.objects.get(name="Tineke Fictiefsma")
    assert str(tineke.contract_hours) == "16.5"
    assert sorted(tineke.local_ties.values_list("code", flat=True)) == [
        "GM0109",
        "GM0114",
        "GM1681",
    ]
    assert dict(tineke.competences.values_list("competence__code", "level")) == {
        "participatie": 3,
        "energiearmoede": 2,
    }
    assert sorted(tineke.development_wishes.values_list("code", flat=True)) == [
        "isolatie",
        "projectleiding",
    ]
    assert tineke.max_municipalities == 2
    assert AuditRecord.objects.filter(action="poollid.geimporteerd", actor=coordinator).count() == 3


def test_example_files_in_docs_are_the_tested_ones():
    assert (EXAMPLES / "members.csv").read_bytes() == (DATA / "members_good.csv").read_bytes()
    assert (EXAMPLES / "requests.csv").read_bytes() == (DATA / "requests_good.csv").read_bytes()


def test_bom_and_comma_delimiter_are_handled(pool, coordinator):
    raw = (DATA / "members_bom_comma.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    result = import_members(pool, raw, coordinator)
    assert result.created == 2
    assert str(PoolMember.objects.get(name="Ankie Komma-Proef").contract_hours) == "20.5"


def test_text_with_bom_and_file_objects_are_accepted(pool, coordinator):
    text = "\ufeff" + MEMBER_HEADER + "\n" + GOOD_MEMBER + "\n\n"
    assert import_members(pool, text, coordinator).created == 1
    with (DATA / "members_bom_comma.csv").open("rb") as handle:
        assert import_members(pool, handle, coordinator).created == 2


def test_one_bad_row_imports_nothing_and_names_row_and_column(pool, coordinator):
    with pytest.raises(ImportFailed) as excinfo:
        import_members(pool, (DATA / "members_one_bad_row.csv").read_bytes(), coordinator)
    assert errors_of(excinfo) == [(4, "woongemeente")]
    assert str(excinfo.value) == "Rij 4, kolom 'woongemeente': onbekende CBS-code 'GM9999'"
    assert not PoolMember.objects.exists()
    assert not AuditRecord.objects.exists()


@pytest.mark.parametrize(
    ("row", "column", "fragment"),
    [
        ("Fictief X;Gemeente Assen;;24;GM9999;projectleiding:3;;3", "woongemeente", "GM9999"),
        ("Fictief X;Gemeente Assen;;24;GM0106;bestaat-niet:3;;3", "competenties", "bestaat-niet"),
        ("Fictief X;Gemeente Assen;;24;GM0106;projectleiding:5;;3", "competenties", "1, 2, 3 of 4"),
        ("Fictief X;Gemeente Assen;;24;GM0106;projectleiding:0;;3", "competenties", "1, 2, 3 of 4"),
        ("Fictief X;Gemeente Assen;;24;GM0106;projectleiding;;3", "competenties", "code:niveau"),
        ("Fictief X;Gemeente Assen;;24;GM0106;;;3", "competenties", "minstens één"),
        ("Fictief X;Gemeente Assen;;48;GM0106;projectleiding:3;;3", "contracturen", "40"),
        ("Fictief X;Gemeente Assen;;veel;GM0106;projectleiding:3;;3", "contracturen", "geen getal"),
        ("Fictief X;Gemeente Assen;;0;GM0106;projectleiding:3;;3", "contracturen", "tussen"),
        ("Fictief X;Gemeente Assen;;24;GM0106;projectleiding:3;GM0000;3", "lokale_binding", ""),
        ("Fictief X;Gemeente Assen;;24;GM0106;projectleiding:3;;nul", "max_gemeenten", "heel"),
        ("Fictief X;Gemeente Assen;geen-adres;24;GM0106;projectleiding:3;;3", "email", "e-mail"),
        (";Gemeente Assen;;24;GM0106;projectleiding:3;;3", "naam", "naam"),
        ("Fictief X;;;24;GM0106;projectleiding:3;;3", "werkgever", "werkgever"),
    ],
)
def test_each_bad_member_value_is_reported(pool, coordinator, row, column, fragment):
    text = "\n".join([MEMBER_HEADER, GOOD_MEMBER, row])
    with pytest.raises(ImportFailed) as excinfo:
        import_members(pool, text, coordinator)
    [error] = excinfo.value.errors
    assert (error.row, error.column) == (3, column)
    assert fragment in error.message
    assert not PoolMember.objects.exists()


def test_all_errors_are_collected(pool, coordinator):
    text = "\n".join(
        [
            MEMBER_HEADER,
            "Fictief A;Gemeente Assen;;50;GM9999;projectleiding:9;;3",
            GOOD_MEMBER,
            GOOD_MEMBER,
        ]
    )
    with pytest.raises(ImportFailed) as excinfo:
        import_members(pool, text, coordinator)
    assert errors_of(excinfo) == [
        (2, "competenties"),
        (2, "contracturen"),
        (2, "woongemeente"),
        (4, "naam"),
    ]
    assert "staat ook op rij 3" in str(excinfo.value)


def test_member_already_in_pool_is_refused(pool, coordinator):
    builders.make_member(pool, "Fictief Importlid")
    with pytest.raises(ImportFailed) as excinfo:
        import_members(pool, MEMBER_HEADER + "\n" + GOOD_MEMBER, coordinator)
    assert errors_of(excinfo) == [(2, "naam")]


def test_missing_required_and_unknown_columns_are_reported(pool, coordinator):
    text = "naam;werkgever;email;woongemeente;competenties;hobby\nFictief X;Gemeente;;GM0106;;"
    with pytest.raises(ImportFailed) as excinfo:
        import_members(pool, text, coordinator)
    assert errors_of(excinfo) == [(1, "contracturen"), (1, "hobby")]
    assert "Rij 1, kolom 'contracturen': verplichte kolom ontbreekt" in str(excinfo.value)


def test_not_utf8_and_empty_files_are_refused(pool, coordinator):
    with pytest.raises(ImportFailed, match="UTF-8"):
        import_members(pool, (MEMBER_HEADER + "\nJosé;x").encode("latin-1"), coordinator)
    with pytest.raises(ImportFailed, match="leeg"):
        import_members(pool, b"", coordinator)
    with pytest.raises(ImportFailed, match="geen gegevensregels"):
        import_members(pool, MEMBER_HEADER, coordinator)


def test_only_a_coordinator_of_the_pool_may_import(pool, assen):
    with pytest.raises(NotAllowed):
        import_members(pool, MEMBER_HEADER + "\n" + GOOD_MEMBER, assen)


# --- requests --------------------------------------------------------------------------------


def test_good_requests_file_imports_every_row_through_the_services(pool, coordinator):
    result = import_requests(pool, (DATA / "requests_good.csv").read_bytes(), coordinator)
    assert result.created == 4
    requests = {r.title: r for r in CapacityRequest.objects.all()}
    assen = requests["Participatietraject Assen-Noord"]
    assert assen.status == RequestStatus.SUBMITTED
    assert assen.resident_facing and assen.priority == CapacityRequest.Priority.HIGH
    assert assen.created_by == coordinator
    quoted = requests["Juridisch advies Wet collectieve warmtevoorziening; warmtekavel"]
    assert quoted.status == RequestStatus.CONCEPT
    shared = requests["Procesregie warmtenet Erflanden"]
    assert {s.municipality.code: int(s.percentage) for s in shared.shares.all()} == {
        "GM0118": 70,
        "GM0109": 30,
    }
    emmen = requests["Haalbaarheid warmtenet Emmen-Centrum"]
    assert emmen.splittable
    assert dict(emmen.required_competences.values_list("competence__code", "min_level")) == {
        "projectleiding": 3,
        "warmtenetten": 2,
    }
    actions = AuditRecord.objects.filter(actor=coordinator).values_list("action", flat=True)
    assert sorted(actions) == ["vraag.aangemaakt"] * 4 + ["vraag.indienen"] * 3


def test_requests_with_bom_and_commas(pool, coordinator):
    raw = (DATA / "requests_bom_comma.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert import_requests(pool, raw, coordinator).created == 1
    assert CapacityRequest.objects.get().title == "Isolatieaanpak Assen, fase 2"


@pytest.mark.parametrize(
    ("row", "column", "fragment"),
    [
        ("GM9999;T;O;12;2027-02-01;2027-06-25;;;;;", "gemeente", "onbekende CBS-code 'GM9999'"),
        ("GM0014;T;O;12;2027-02-01;2027-06-25;;;;;", "gemeente", "geen lid"),
        ("GM0106;T;O;12;2027-06-01;2027-02-25;;;;;", "eind", "vóór de startdatum"),
        ("GM0106;T;O;twaalf;2027-02-01;2027-06-25;;;;;", "uren_per_week", "geen getal"),
        ("GM0106;T;O;60;2027-02-01;2027-06-25;;;;;", "uren_per_week", "tussen 1 en 40"),
        ("GM0106;T;O;12;1-2-2027x;2027-06-25;;;;;", "start", "geen datum"),
        ("GM0106;T;O;12;2027-02-01;2027-06-25;dringend;;;;", "prioriteit", "hoog, normaal"),
        ("GM0106;T;O;12;2027-02-01;2027-06-25;;misschien;;;", "bewonerscontact", "ja of nee"),
        ("GM0106;T;O;12;2027-02-01;2027-06-25;;;;onbekend:2;", "competenties", "onbekend"),
        ("GM0106;T;O;12;2027-02-01;2027-06-25;;;;isolatie:7;", "competenties", "1, 2, 3 of 4"),
        ("GM0106;;O;12;2027-02-01;2027-06-25;;;;;", "titel", "titel"),
        ("GM0106;T;;12;2027-02-01;2027-06-25;;;;;", "omschrijving", "omschrijving"),
        ("GM0106;T;O;12;2023-02-01;2023-06-25;;;;;", "gemeente", "op de startdatum geen lid"),
    ],
)
def test_each_bad_request_value_is_reported(pool, coordinator, row, column, fragment):
    text = "\n".join([REQUEST_HEADER, GOOD_REQUEST, row])
    with pytest.raises(ImportFailed) as excinfo:
        import_requests(pool, text, coordinator)
    [error] = excinfo.value.errors
    assert (error.row, error.column) == (3, column)
    assert fragment in error.message
    assert not CapacityRequest.objects.exists()
    assert not AuditRecord.objects.exists()


def test_bad_shares_are_reported(pool, coordinator):
    header = REQUEST_HEADER + ";aandelen"
    text = "\n".join([header, GOOD_REQUEST + ";GM0106:60|GM0109:30"])
    with pytest.raises(ImportFailed) as excinfo:
        import_requests(pool, text, coordinator)
    assert errors_of(excinfo) == [(2, "aandelen")]
    assert "100%" in str(excinfo.value)


# --- commands --------------------------------------------------------------------------------


def test_import_commands(pool, coordinator, capsys):
    call_command("import_members", str(DATA / "members_good.csv"), pool=pool.name)
    assert "3 poolleden geïmporteerd" in capsys.readouterr().out
    call_command("import_requests", str(DATA / "requests_good.csv"), pool=pool.name)
    assert CapacityRequest.objects.count() == 4
    with pytest.raises(CommandError, match="niets geïmporteerd"):
        call_command("import_members", str(DATA / "members_one_bad_row.csv"), pool=pool.name)
    assert "Rij 4, kolom 'woongemeente'" in capsys.readouterr().err
    assert PoolMember.objects.count() == 3
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("import_members", str(DATA / "members_good.csv"), pool="Geen pool")


def test_imported_requests_are_indexed_like_requests_filed_one_by_one(pool, coordinator, assen):
    from flexpool.demand.models import CapacityRequest as Request
    from flexpool.knowledge.indexing import rebuild
    from flexpool.knowledge.models import RequestIndex, TermStat

    builders.make_request(pool, assen, title="Warmtenet Kloosterveen")  # filed before, through the page path
    import_requests(pool, (DATA / "requests_good.csv").read_bytes(), coordinator)
    assert RequestIndex.objects.count() == Request.objects.count() == 5

    def stats():
        return dict(TermStat.objects.filter(index="request").values_list("term", "df")), TermStat.objects.get(
            index="request", term=""
        ).total_length

    after_import = stats()
    rebuild()
    assert after_import == stats()
    # The audit trail names the imported requests as when they are filed one by one.
    labels = set(AuditRecord.objects.filter(action="vraag.aangemaakt").values_list("object_label", flat=True))
    assert "Procesregie warmtenet Erflanden" in labels


def test_a_municipality_that_left_is_refused_with_its_leave_date(pool, coordinator):
    """Emmen left last month: a request for a time it was still a member is refused all the same."""
    left_on = timezone.localdate() - timedelta(days=31)
    Membership.objects.filter(pool=pool, municipality__code="GM0114").update(left_on=left_on)
    start, end = left_on - timedelta(days=60), left_on - timedelta(days=10)
    row = f"GM0114;T;O;12;{start.isoformat()};{end.isoformat()};;;;;"
    with pytest.raises(ImportFailed) as excinfo:
        import_requests(pool, "\n".join([REQUEST_HEADER, GOOD_REQUEST, row]), coordinator)
    [error] = excinfo.value.errors
    assert (error.row, error.column) == (3, "gemeente")
    assert error.message == (
        f"Emmen (GM0114) is geen lid meer van {pool.name}: lid tot en met {day_text(left_on)}"
    )
    assert not CapacityRequest.objects.exists()
    # A leave date later than today still counts as a member.
    Membership.objects.filter(pool=pool, municipality__code="GM0114").update(
        left_on=timezone.localdate() + timedelta(days=400)
    )
    soon, later = timezone.localdate() + timedelta(days=30), timezone.localdate() + timedelta(days=90)
    future = f"GM0114;T;O;12;{soon};{later};;;;;"
    assert import_requests(pool, "\n".join([REQUEST_HEADER, future]), coordinator).created == 1
