"""Expert finder: who has worked on a subject, ranked, with the evidence that puts them there.

Three kinds of evidence, each scored on its own scale and then added up per pool member:

- items the member wrote that match the question (weight 1.0 × the item's relative score; the
  word ranking fused with the items nearest in meaning, as in the search);
- assignments on earlier requests that match (weight 1.5 × relative score; a proposal counts once
  the municipality accepted it);
- competences whose name matches, by level (weight 0.75 × level / 4).

Contact details, employer and contract hours are only shown to roles with ``expert.personal``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from flexpool.accounts.permissions import has_permission
from flexpool.core.audit_text import person_name
from flexpool.knowledge import fulltext, text, thesaurus, vectors
from flexpool.knowledge.fulltext import ITEMS
from flexpool.knowledge.models import KnowledgeItem
from flexpool.knowledge.ranking import fuse, rank
from flexpool.knowledge.ranking import options as search_options
from flexpool.knowledge.search import Filters, search_requests, where_for
from flexpool.knowledge.visibility import viewer_for
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.pool.models import Competence, MemberCompetence, Pool, PoolMember

ITEM_WEIGHT, ASSIGNMENT_WEIGHT, COMPETENCE_WEIGHT = 1.0, 1.5, 0.75
# Of the items nearest in meaning, the best this many count as evidence.
MEANING_ITEMS = 10
COUNTED = (AssignmentStatus.CONFIRMED, AssignmentStatus.RUNNING, AssignmentStatus.COMPLETED)


@dataclass
class Evidence:
    kind: str  # "item", "assignment", "competence"
    label: str
    detail: str
    points: float
    url: str = ""


@dataclass
class Expert:
    member: PoolMember
    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    personal: bool = False
    strength: str = ""  # "sterk", "goed" or "mogelijk": the score relative to the best person found
    contact_url: str = ""  # for readers without contact details: an e-mail to the pool's coordinator
    contact_names: str = ""

    @property
    def strength_label(self) -> str:
        return str(STRENGTH_LABELS.get(self.strength, ""))

    @property
    def summary(self) -> str:
        """What the ranking rests on, in words: "2 kennisitems, 1 inzet en 1 competentie"."""
        counts = Counter(e.kind for e in self.evidence)
        forms = {
            "item": lambda n: ngettext("%(n)s kennisitem", "%(n)s kennisitems", n),
            "assignment": lambda n: ngettext("%(n)s inzet", "%(n)s keer inzet", n),
            "competence": lambda n: ngettext("%(n)s competentie", "%(n)s competenties", n),
        }
        parts = [form(counts[kind]) % {"n": counts[kind]} for kind, form in forms.items() if counts[kind]]
        if len(parts) > 1:
            return _("%(list)s en %(last)s") % {"list": ", ".join(parts[:-1]), "last": parts[-1]}
        return "".join(parts)


STRENGTH_LABELS = {
    "sterk": gettext_lazy("Sterke match"),
    "goed": gettext_lazy("Goede match"),
    "mogelijk": gettext_lazy("Mogelijke match"),
}


def strength_of(score: float, best: float) -> str:
    """Two thirds of the best person's score or more is a strong match, one third a good one."""
    share = score / best if best else 0.0
    return "sterk" if share >= 2 / 3 else "goed" if share >= 1 / 3 else "mogelijk"


def coordinator_contacts(pool_ids: set[int]) -> dict[int, list]:
    """Per pool: its active coordinators with an e-mail address, one query for all pools."""
    rows = Pool.coordinators.through.objects.filter(pool_id__in=pool_ids).select_related("user")
    per_pool: dict[int, list] = {}
    for row in rows:
        if row.user.is_active and row.user.email:
            per_pool.setdefault(row.pool_id, []).append(row.user)
    return {pool_id: users for pool_id, users in per_pool.items()}


def contact_link(coordinators: list, member: PoolMember, topic: str) -> str:
    subject = _("Contact met %(member)s over %(topic)s") % {"member": member.name, "topic": topic}
    body = _(
        "Beste coördinator,\n\nIk zoek iemand die meer weet over %(topic)s. In Flexpool zag ik dat "
        "%(member)s hieraan heeft gewerkt. Wilt u ons met elkaar in contact brengen?\n\n"
        "Met vriendelijke groet,"
    ) % {"member": member.name, "topic": topic}
    to = ",".join(quote(u.email, safe="@") for u in coordinators)
    return f"mailto:{to}?{urlencode({'subject': subject, 'body': body}, quote_via=quote)}"


def find_experts(*, actor, text_query: str, limit: int = 10) -> list[Expert]:
    query = text.parse_query(text_query, thesaurus=thesaurus.mapping())
    viewer = viewer_for(actor)
    if not query or not viewer.pool_ids:
        return []
    from django.db import connection

    experts: dict[int, Expert] = {}

    def expert(member_id: int) -> Expert:
        return experts.setdefault(member_id, Expert(member=None))  # member loaded below

    # Authored items (only items this user may see).
    where = where_for(viewer, Filters())
    ids = fulltext.candidates(connection, ITEMS, query, mode="any", where=where, limit=200)
    by_words = rank(ITEMS, KnowledgeItem, ids, query)
    # Items that mean the same without the same words count too (fused as in the search).
    if search_options().meaning_suggestions:
        by_words = fuse(by_words, vectors.similar_to_text(text_query, where=where, limit=MEANING_ITEMS))
    ranked = dict(by_words)
    if ranked:
        best = max(ranked.values()) or 1.0
        through = KnowledgeItem.author_members.through.objects.filter(
            knowledgeitem_id__in=list(ranked), poolmember__pool_id__in=viewer.pool_ids
        ).select_related("knowledgeitem")
        for row in through:
            points = ITEM_WEIGHT * ranked[row.knowledgeitem_id] / best
            item = row.knowledgeitem
            expert(row.poolmember_id).evidence.append(
                Evidence(
                    "item",
                    item.title,
                    item.get_kind_display(),
                    points,
                    reverse("knowledge-detail", args=[item.pk]),
                )
            )
    # Assignments on matching requests.
    requests = dict(search_requests(query=query, pool_ids=viewer.pool_ids, mode="any", window=200))
    if requests:
        from flexpool.matching.models import Assignment

        best = max(requests.values()) or 1.0
        assignments = (
            Assignment.objects.filter(request_id__in=list(requests))
            .filter(Q(status__in=COUNTED) | Q(status=AssignmentStatus.PROPOSED, accepted_at__isnull=False))
            .select_related("request__municipality")
        )
        for assignment in assignments:
            points = ASSIGNMENT_WEIGHT * requests[assignment.request_id] / best
            request = assignment.request
            expert(assignment.member_id).evidence.append(
                Evidence(
                    "assignment",
                    request.title,
                    f"{request.municipality.name}, {assignment.start:%Y} "
                    f"({assignment.get_status_display().lower()})",
                    points,
                )
            )
    # Competences whose name matches a query term.
    wanted = set(query.terms)
    matching = [
        c.pk
        for c in Competence.objects.all()
        if wanted.intersection(text.terms(f"{c.name} {c.code.replace('-', ' ')}"))
    ]
    if matching:
        for row in MemberCompetence.objects.filter(
            competence_id__in=matching, member__pool_id__in=viewer.pool_ids
        ).select_related("competence"):
            expert(row.member_id).evidence.append(
                Evidence(
                    "competence",
                    row.competence.display_name,
                    row.get_level_display(),
                    COMPETENCE_WEIGHT * row.level / 4,
                )
            )
    members = PoolMember.objects.filter(pk__in=list(experts), active=True, pool_id__in=viewer.pool_ids)
    members = members.select_related("home_municipality")
    personal = has_permission(actor, "expert.personal")
    result = []
    for member in members:
        found = experts[member.pk]
        found.member = member
        found.personal = personal
        found.evidence.sort(key=lambda e: -e.points)
        found.score = round(sum(e.points for e in found.evidence), 4)
        result.append(found)
    result.sort(key=lambda e: (-e.score, e.member.name))
    result = result[:limit]
    best = result[0].score if result else 0.0
    contacts = {} if personal else coordinator_contacts({e.member.pool_id for e in result})
    for found in result:
        found.strength = strength_of(found.score, best)
        coordinators = contacts.get(found.member.pool_id, [])
        if coordinators:
            found.contact_url = contact_link(coordinators, found.member, text_query.strip())
            found.contact_names = ", ".join(person_name(u) for u in coordinators)
    return result
