from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Awareness campaigns"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from translations.core_pages import register_core_pages

        from .core_pages import core_pages

        # Campaigns come after the site's own core pages (waymark is installed first).
        register_core_pages(core_pages)
