"""Expert finder ranking and evidence; reuse figures per item and per municipality."""

from datetime import date
from decimal import Decimal

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.knowledge import figures
from flexpool.knowledge.experts import find_experts
from flexpool.knowledge.models import ReuseRecord
from flexpool.matching import services as matching
from tests import builders
from tests.knowledge.helpers import make_item


def test_experts_ranked_with_evidence_from_items_assignments_and_competences(
    pool, coordinator, assen, member
):
    writer = builders.make_member(pool, "Fictief Schrijver", competences={"projectleiding": 2})
    specialist = builders.make_member(pool, "Fictief Specialist", competences={"warmtenetten": 4})
    builders.make_member(pool, "Fictief Onbekende", competences={"isolatie": 4})
    make_item(coordinator, pool, "Studie warmtenet", author_members=[writer])
    request = builders.make_request(
        pool, assen, title="Projectleider warmtenetten", description="Aanleg warmtenet.",
        start=date(2026, 1, 5), end=date(2026, 3, 27),
    )  # fmt: skip
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    matching.accept_proposal(actor=assen, request=request)
    found = find_experts(actor=coordinator, text_query="warmtenet")
    names = [e.member.name for e in found]
    assert names[0] == member.name  # an accepted assignment weighs most
    assert set(names) == {member.name, writer.name, specialist.name}
    kinds = {e.member.name: {ev.kind for ev in e.evidence} for e in found}
    assert kinds == {member.name: {"assignment"}, writer.name: {"item"}, specialist.name: {"competence"}}
    assert all(e.personal for e in found)
    assert not any(e.personal for e in find_experts(actor=assen, text_query="warmtenet"))


def test_reuse_figures_per_item_and_municipality(pool, coordinator, assen, emmen):
    ours = make_item(coordinator, pool, "Assense studie", municipality="GM0106")
    theirs = make_item(coordinator, pool, "Emmer studie", municipality="GM0114")
    ReuseRecord.objects.create(item=ours, municipality=emmen.contact.municipality)
    ReuseRecord.objects.create(item=ours, municipality=builders.municipality("GM0118"))
    ReuseRecord.objects.create(item=theirs, municipality=assen.contact.municipality)
    assert [r.municipality.code for r in figures.item_reuse(ours)] == ["GM0114", "GM0118"]
    assen_row = figures.municipality_reuse(pool, assen.contact.municipality)
    assert (assen_row.contributed, assen_row.reused_by_others, assen_row.reused_from_others) == (1, 2, 1)
    assert assen_row.items == [("Assense studie", 2)]
