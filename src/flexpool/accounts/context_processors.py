from flexpool.accounts.permissions import has_permission, roles_of
from flexpool.accounts.roles import PERMISSIONS, ROLE_LABELS


def roles(request):
    user = request.user
    roles = roles_of(user)
    return {
        "user_roles": [ROLE_LABELS[r] for r in sorted(roles)],
        "can": {name.replace(".", "_"): has_permission(user, name) for name in PERMISSIONS},
    }
