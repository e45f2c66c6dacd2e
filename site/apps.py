from django.apps import AppConfig


class WaymarkConfig(AppConfig):
    name = "waymark"
    verbose_name = "Waymark site"
    default_auto_field = "django.db.models.BigAutoField"
