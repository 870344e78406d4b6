from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "flexpool.catalogue"
    label = "catalogue"
    verbose_name = _("Menukaart")

    def ready(self) -> None:
        from flexpool.catalogue import services
        from flexpool.demand import actions

        # A request form opened from a menu item starts filled in and remembers the item.
        actions.prefill(services.prefill_from_menu)
        actions.after_save(services.link_request_from_form)
