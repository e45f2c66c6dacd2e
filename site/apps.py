from django.apps import AppConfig


class WaymarkConfig(AppConfig):
    name = "waymark"
    verbose_name = "Waymark site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import admin_forms
        from .context_processors import forget_site_settings
        from .models import SiteSettings

        for model in (Site, SiteSettings):
            post_save.connect(
                forget_site_settings, sender=model, dispatch_uid=f"forget-site-settings-save-{model.__name__}"
            )
            post_delete.connect(
                forget_site_settings, sender=model, dispatch_uid=f"forget-site-settings-delete-{model.__name__}"
            )
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(forget_site_settings, dispatch_uid="forget-site-settings")
        admin_forms.register()

        from translations.core_pages import register_core_pages

        from .core_pages import core_pages

        register_core_pages(core_pages)
