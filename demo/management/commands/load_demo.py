import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone, translation

from demo import campaigns, directory, site, translations
from waymark.db import refresh_statistics

# Each part builds on those before it: the site's pages, the directory, the
# campaigns that link to its services, then every language's text.
PARTS = (site, directory, campaigns, translations)


class Command(BaseCommand):
    help = (
        "Create the demo content: the site's pages, the directory, the campaigns and their "
        "translations. Safe to run again: existing content is kept, nothing is duplicated."
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
        # Demo text is written in the default language; the last part adds
        # every other language's.
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            for part in PARTS:
                part.load(self.stdout, today=today)
            refresh_statistics()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
