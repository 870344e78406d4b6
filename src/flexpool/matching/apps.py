from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "flexpool.matching"
    label = "matching"
    verbose_name = _("Voorstellen en inzet")

    def ready(self) -> None:
        from flexpool.matching import request_actions  # noqa: F401  (registers the handlers)
        from flexpool.matching.tasks import start_due_assignments_task
        from flexpool.notifications.schedule import Job, register

        register(Job("inzet-starten", start_due_assignments_task))
