"""The starting taxonomy: added where missing, corrected where changed, otherwise only read."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from flexpool.pool.models import Competence, Domain
from flexpool.pool.taxonomy import COMPETENCES, DOMAINS, ensure_taxonomy


def test_missing_and_changed_rows_are_put_right_and_other_rows_stay(db):
    ensure_taxonomy()
    Competence.objects.filter(code="hittestress").delete()
    Competence.objects.filter(code="isolatie").update(name="Iets anders", domain=None)
    Domain.objects.filter(code="mobiliteit").update(name="Vervoer")
    own = Competence.objects.create(code="eigen", name="Eigen vaardigheid", kind=Competence.Kind.PROCESS)

    ensure_taxonomy()

    assert Competence.objects.get(code="hittestress").domain.code == "klimaatadaptatie"
    isolation = Competence.objects.get(code="isolatie")
    assert (isolation.name, isolation.domain.code) == ("Isolatie en woningverbetering", "warmte")
    assert Domain.objects.get(code="mobiliteit").name == "Mobiliteit"
    assert Competence.objects.get(pk=own.pk).name == "Eigen vaardigheid"
    assert Competence.objects.filter(code__in=[c for c, _n, _k in COMPETENCES]).count() == len(COMPETENCES)
    assert Domain.objects.filter(code__in=[c for c, _n in DOMAINS]).count() == len(DOMAINS)


def test_a_taxonomy_in_place_is_only_read(db):
    ensure_taxonomy()
    with CaptureQueriesContext(connection) as queries:
        ensure_taxonomy()
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert writes == []
    assert len(queries) <= 4  # the two reads, within the transaction's savepoint
