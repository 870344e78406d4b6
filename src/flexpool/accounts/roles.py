"""The five roles, their Dutch group names, and which named permission each role holds.

This table is the one place that says who may do what; pages and the API both ask it.
"""

from __future__ import annotations

from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class Role(StrEnum):
    COORDINATOR = "coordinator"
    CONTACT = "contact"
    MEMBER = "member"
    FINANCE = "finance"
    COUNCIL = "council"


GROUP_NAMES: dict[Role, str] = {
    Role.COORDINATOR: "Coördinator",
    Role.CONTACT: "Gemeentelijk contactpersoon",
    Role.MEMBER: "Flexpooler",
    Role.FINANCE: "Financiën",
    Role.COUNCIL: "Raad (alleen lezen)",
}
ROLE_LABELS = {
    Role.COORDINATOR: _("Coördinator"),
    Role.CONTACT: _("Gemeentelijk contactpersoon"),
    Role.MEMBER: _("Flexpooler"),
    Role.FINANCE: _("Financiën"),
    Role.COUNCIL: _("Raad"),
}

C, K, M, F, R = Role.COORDINATOR, Role.CONTACT, Role.MEMBER, Role.FINANCE, Role.COUNCIL
EVERYONE = frozenset(Role)

PERMISSIONS: dict[str, frozenset[Role]] = {
    "dashboard.view": EVERYONE,
    "request.list": frozenset({C, K, F}),
    "request.view": frozenset({C, K, M, F}),
    "request.create": frozenset({K}),
    "request.edit": frozenset({K}),
    "request.submit": frozenset({K}),
    "request.withdraw": frozenset({K}),
    "request.intake": frozenset({C}),
    "request.reject": frozenset({C}),
    "proposal.create": frozenset({C}),
    "proposal.respond": frozenset({K}),
    "assignment.list": frozenset({C, K, M, F}),
    "assignment.confirm": frozenset({M}),
    "assignment.progress": frozenset({C}),
    "member.list": frozenset({C, F}),
    "member.personal": frozenset({C}),
    "member.own_profile": frozenset({M}),
    "competence.validate": frozenset({C}),
    "pool.availability": frozenset({C}),
    "pool.overview": frozenset({C, F}),
    "pool.summary": frozenset({C, K, F, R}),
    "membership.manage": frozenset({C}),
    # Setting up a pool: a coordinator its own pool's settings; a new pool only the administrator
    # (a superuser, outside the five roles: `pool.services.may_set_up`).
    "pool.setup": frozenset({C}),
    "audit.view": frozenset({C, K}),
    "import.run": frozenset({C}),
    "task.view": frozenset({C}),
    # Hours, settlement and transparency (row-level: a contact only for its own municipality).
    "hours.write": frozenset({M}),
    "hours.approve": frozenset({K}),
    "hours.monitor": frozenset({C, F}),
    "tariff.manage": frozenset({C, F}),
    "settlement.view": frozenset({C, K, F}),
    "settlement.run": frozenset({F}),
    "ledger.view": frozenset({C, K, F, R}),
    "report.view": frozenset({C, K, F, R}),
    "audit.export": frozenset({C}),
    # Knowledge broker (visibility per item decides what is shown).
    "knowledge.view": EVERYONE,
    "knowledge.create": frozenset({C, K, M}),
    "knowledge.manage": frozenset({C}),
    "knowledge.thesaurus": frozenset({C}),
    "knowledge.reuse": frozenset({K}),
    "expert.find": frozenset({C, K}),
    "expert.personal": frozenset({C}),
    # The menukaart: coordinators keep it, municipalities choose from it.
    "menu.view": frozenset({C, K}),
    "menu.manage": frozenset({C}),
    # Longer work: the coordinator proposes an extension, every paying municipality consents.
    "extension.request": frozenset({C}),
    "extension.view": frozenset({C, K, M}),
    "extension.respond": frozenset({K}),
    # Evaluation after completion: each paying municipality rates the work; figures in the report.
    "evaluation.write": frozenset({K}),
    "evaluation.view": frozenset({C, K}),
    # Design-workshop simulator.
    "scenario.run": frozenset({C, K}),
    "scenario.view": frozenset({C, K, F, R}),
    # Login and privacy.
    "account.security": EVERYONE,
    "sso.manage": frozenset({C}),
    "privacy.manage": frozenset({C}),
    # Notifications: everyone reads their own inbox and chooses how they want e-mail.
    "notification.view": EVERYONE,
    # The conversation per request: only its participants (row-level check in conversations.access).
    "conversation.view": frozenset({C, K, M}),
    "conversation.write": frozenset({C, K, M}),
    # Agreements (row-level: a contact those its municipality is party to, a member its own
    # assignment's), and the pool's host and funders.
    "agreement.view": frozenset({C, K, M}),
    "agreement.manage": frozenset({C}),
    "funding.view": frozenset({C, K, F, R}),
    "funding.manage": frozenset({C}),
}
