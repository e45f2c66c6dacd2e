import datetime
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone, translation
from django.utils.module_loading import module_has_submodule

from waymark.db import refresh_statistics


class Command(BaseCommand):
    help = (
        "Create the demo content. Every app with a `demo` module contributes "
        "its part. Safe to run again: existing content is kept, nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            help="Load the demo as if today were this date (YYYY-MM-DD), for tests and screenshots. Dates such "
            "as the services' review dates are set relative to it. Default: today (Europe/London).",
        )

    def handle(self, *args, **options):
        today = options.get("today") or timezone.localdate()
        # Demo text is written in the default language; translations are
        # added per language by the apps that have them.
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            for app_config in apps.get_app_configs():
                if module_has_submodule(app_config.module, "demo"):
                    demo = import_module(f"{app_config.name}.demo")
                    demo.load(self.stdout, today=today)
            refresh_statistics()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
