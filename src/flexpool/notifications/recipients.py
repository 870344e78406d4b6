"""Recipients that follow from a role alone (the others are found by the apps that know them)."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from flexpool.accounts.roles import GROUP_NAMES, Role


def finance_users() -> list:
    return list(get_user_model().objects.filter(groups__name=GROUP_NAMES[Role.FINANCE], is_active=True))
