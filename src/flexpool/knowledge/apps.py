from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "flexpool.knowledge"
    label = "knowledge"
    verbose_name = _("Kennisbank")

    def ready(self) -> None:
        from flexpool.demand import actions
        from flexpool.knowledge import services, signals

        signals.connect()
        actions.after_save(services.link_reuses_from_form)
