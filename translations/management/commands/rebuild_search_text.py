from django.core.management.base import BaseCommand
from wagtail.models import Page

from translations.search import SOURCES, sync_page_text, sync_text


class Command(BaseCommand):
    help = (
        "Rebuild the per-language search text of every page and translated directory record "
        "(publishing or saving keeps each one's own up to date)."
    )

    def handle(self, *args, **options):
        pages = Page.objects.filter(depth__gt=1)
        for page in pages:
            sync_page_text(page)
        self.stdout.write(f"Refreshed the search text of {pages.count()} pages.")
        for model in SOURCES:
            records = model._default_manager.all()
            for record in records:
                sync_text(record)
            self.stdout.write(f"Refreshed the search text of {records.count()} {model._meta.verbose_name_plural}.")
