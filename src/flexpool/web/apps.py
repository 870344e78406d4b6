from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "flexpool.web"
    label = "web"
    verbose_name = _("Schil van de website")
