"""Claim mappings: which role, pool and municipality a single sign-on user gets. Writes are audited."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import coordinated_pool_ids, roles_of
from flexpool.accounts.roles import GROUP_NAMES, Role
from flexpool.core.audit import record
from flexpool.signin.models import ClaimMapping, SsoIdentity

NEEDS_POOL = {Role.COORDINATOR, Role.MEMBER}
NEEDS_MUNICIPALITY = {Role.CONTACT}
# Roles a coordinator may hand out; finance only through an administrator (Django admin).
COORDINATOR_MAY_GRANT = {Role.COORDINATOR, Role.MEMBER, Role.CONTACT, Role.COUNCIL}


def _claim_values(value: Any) -> set[str]:
    if isinstance(value, list | tuple | set):
        return {str(v) for v in value}
    if value is None:
        return set()
    if isinstance(value, bool):
        return {"true" if value else "false"}
    return {str(value)}


def matching_mappings(claims: dict[str, Any]) -> list[ClaimMapping]:
    mappings = ClaimMapping.objects.filter(claim__in=list(claims)).select_related("pool", "municipality")
    return [m for m in mappings if m.value in _claim_values(claims.get(m.claim))]


# ---- writes by a coordinator or administrator -------------------------------------------------


@dataclass(frozen=True)
class MappingInput:
    claim: str
    value: str
    role: str
    pool_id: int | None = None
    municipality_id: int | None = None


@dataclass(frozen=True)
class Scope:
    """What a (non-superuser) actor may map: the pools it coordinates and their municipalities."""

    superuser: bool
    pools: frozenset[int]
    municipalities: frozenset[int]


def scope_of(actor) -> Scope:
    from flexpool.pool.models import Membership

    pools = frozenset(coordinated_pool_ids(actor))
    municipalities = frozenset(
        Membership.objects.filter(pool_id__in=pools).values_list("municipality_id", flat=True)
    )
    return Scope(actor.is_superuser, pools, municipalities)


def _check_mapping(scope: Scope, data: MappingInput) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if not data.claim.strip():
        errors["claim"] = [_("Vul de naam van het gegeven in.")]
    if not data.value.strip():
        errors["value"] = [_("Vul de waarde in.")]
    try:
        role = Role(data.role)
    except ValueError:
        errors["role"] = [_("Kies een rol.")]
        return errors
    if role in NEEDS_POOL and not data.pool_id:
        errors["pool"] = [_("Kies de pool voor deze rol.")]
    if role in NEEDS_MUNICIPALITY and not data.municipality_id:
        errors["municipality"] = [_("Kies de gemeente voor deze rol.")]
    if not scope.superuser:
        if role not in COORDINATOR_MAY_GRANT:
            errors.setdefault("role", []).append(_("Deze rol kan alleen een beheerder koppelen."))
        if data.pool_id and data.pool_id not in scope.pools:
            errors.setdefault("pool", []).append(_("U coördineert deze pool niet."))
        if data.municipality_id and data.municipality_id not in scope.municipalities:
            errors.setdefault("municipality", []).append(_("Deze gemeente is geen deelnemer van uw pool."))
    return errors


@transaction.atomic
def create_mapping(*, actor, data: MappingInput) -> ClaimMapping:
    errors = _check_mapping(scope_of(actor), data)
    if errors:
        raise ValidationError(errors)
    role = Role(data.role)
    mapping, created = ClaimMapping.objects.get_or_create(
        claim=data.claim.strip(),
        value=data.value.strip(),
        role=role.value,
        pool_id=data.pool_id if role in NEEDS_POOL else None,
        municipality_id=data.municipality_id if role in NEEDS_MUNICIPALITY else None,
        defaults={"created_by": actor},
    )
    if not created:
        raise ValidationError({"value": [_("Deze koppeling bestaat al.")]})
    record(
        actor=actor,
        action="sso.koppeling_toegevoegd",
        obj=mapping,
        changes={"claim": mapping.claim, "value": mapping.value, "role": mapping.role},
    )
    return mapping


def may_delete(scope: Scope, mapping: ClaimMapping) -> bool:
    """Whether an actor with this scope could have made the mapping (and so may remove it)."""
    return not _check_mapping(
        scope,
        MappingInput(mapping.claim, mapping.value, mapping.role, mapping.pool_id, mapping.municipality_id),
    )


@transaction.atomic
def delete_mapping(*, actor, mapping: ClaimMapping) -> None:
    if not may_delete(scope_of(actor), mapping):
        raise ValidationError({"mapping": [_("U mag deze koppeling niet verwijderen.")]})
    record(
        actor=actor,
        action="sso.koppeling_verwijderd",
        obj=mapping,
        changes={"claim": mapping.claim, "value": mapping.value, "role": mapping.role},
    )
    mapping.delete()


# ---- applying the mappings at login -----------------------------------------------------------


def _username_for(claims: dict[str, Any]) -> str:
    User = get_user_model()
    base = str(claims.get("preferred_username") or claims.get("email") or f"sso-{claims['sub']}")[:140]
    candidate, n = base, 1
    while User.objects.filter(username=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


@transaction.atomic
def create_user_from_claims(claims: dict[str, Any]):
    User = get_user_model()
    user = User(username=_username_for(claims))
    user.set_unusable_password()
    _copy_names(user, claims)
    user.save()
    SsoIdentity.objects.create(user=user, subject=str(claims["sub"]))
    record(actor=user, action="sso.account_aangemaakt", obj=user)
    return update_user_from_claims(user, claims)


def _copy_names(user, claims: dict[str, Any]) -> None:
    user.first_name = str(claims.get("given_name", ""))[:150]
    user.last_name = str(claims.get("family_name", ""))[:150]
    user.email = str(claims.get("email", ""))[:254]


@transaction.atomic
def update_user_from_claims(user, claims: dict[str, Any]):
    """Give the user exactly the roles (and pools, municipality) that the mappings say."""
    from flexpool.pool.models import Contact, Pool, PoolMember

    mappings = matching_mappings(claims)
    before = sorted(r.value for r in roles_of(user))
    _copy_names(user, claims)
    user.save(update_fields=["first_name", "last_name", "email"])
    roles = {Role(m.role) for m in mappings}
    user.groups.set([Group.objects.get_or_create(name=GROUP_NAMES[r])[0] for r in roles])
    pools = {m.pool_id for m in mappings if m.role == Role.COORDINATOR}
    for pool in Pool.objects.filter(coordinators=user).exclude(pk__in=pools):
        pool.coordinators.remove(user)
    for pool in Pool.objects.filter(pk__in=pools):
        pool.coordinators.add(user)
    municipality = next((m.municipality_id for m in mappings if m.role == Role.CONTACT), None)
    if municipality:
        Contact.objects.update_or_create(user=user, defaults={"municipality_id": municipality})
    member_pools = [m.pool_id for m in mappings if m.role == Role.MEMBER]
    if member_pools and user.email and not PoolMember.objects.filter(user=user).exists():
        PoolMember.objects.filter(
            pool_id__in=member_pools, email__iexact=user.email, user__isnull=True
        ).update(user=user)
    SsoIdentity.objects.filter(user=user).update(
        last_claims=_public_claims(claims), last_login_at=timezone.now()
    )
    for attr in ("_flexpool_roles", "_flexpool_pools"):
        if hasattr(user, attr):
            delattr(user, attr)
    after = sorted(r.value for r in roles)
    if before != after:
        record(actor=user, action="sso.rollen_bijgewerkt", obj=user, changes={"roles": [before, after]})
    return user


def _public_claims(claims: dict[str, Any]) -> dict[str, Any]:
    """The claims worth keeping to explain a login (no tokens)."""
    return {k: v for k, v in claims.items() if k in {"sub", "email", "groups", "roles", "name"}}
