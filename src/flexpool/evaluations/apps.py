from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    name = "flexpool.evaluations"
    label = "evaluations"
    verbose_name = _("Evaluaties")

    def ready(self) -> None:
        from flexpool.demand import hooks
        from flexpool.evaluations import services

        # When a request is completed, every paying municipality is asked to evaluate it.
        hooks.after_transition(services.ask_on_completion)
