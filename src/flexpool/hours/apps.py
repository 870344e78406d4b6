from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HoursConfig(AppConfig):
    name = "flexpool.hours"
    label = "hours"
    verbose_name = _("Uren en verrekening")

    def ready(self) -> None:
        from flexpool.hours.tasks import remind_missing_hours, warn_periods_closing
        from flexpool.notifications.schedule import Job, register

        register(Job("periodes-bijna-dicht", warn_periods_closing))
        register(Job("uren-herinnering", remind_missing_hours, weekly=True))
