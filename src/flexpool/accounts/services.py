"""Creating users with a role."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from flexpool.accounts.roles import GROUP_NAMES, Role


@transaction.atomic
def create_user_with_role(
    *,
    username: str,
    password: str,
    role: Role,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
):
    """Create (or reset) a user with exactly one role."""
    User = get_user_model()
    user, _created = User.objects.get_or_create(username=username)
    user.first_name, user.last_name, user.email = first_name, last_name, email
    user.set_password(password)
    user.save()
    group, _ = Group.objects.get_or_create(name=GROUP_NAMES[role])
    user.groups.set([group])
    return user
