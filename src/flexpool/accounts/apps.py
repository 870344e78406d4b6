from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "flexpool.accounts"
    label = "accounts"
    verbose_name = _("Rollen en toegang")

    def ready(self):
        from flexpool.accounts import schema  # noqa: F401  (registers the OpenAPI extension)
