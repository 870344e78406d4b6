from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "flexpool.knowledge"
    label = "knowledge"
    verbose_name = _("Kennisbank")

    def ready(self) -> None:
        from flexpool.knowledge import signals

        signals.connect()
