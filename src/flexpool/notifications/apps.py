from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "flexpool.notifications"
    label = "notifications"
    verbose_name = _("Meldingen")

    def ready(self) -> None:
        from flexpool.notifications.schedule import Job, register
        from flexpool.notifications.tasks import send_digests

        register(Job("dagoverzicht", send_digests))
