from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    name = "flexpool.agreements"
    label = "agreements"
    verbose_name = _("Overeenkomsten en financiering")

    def ready(self) -> None:
        from flexpool.agreements.tasks import warn_agreements_expiring
        from flexpool.notifications.schedule import Job, register

        register(Job("overeenkomsten-aflopend", warn_agreements_expiring))
