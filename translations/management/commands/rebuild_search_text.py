from django.core.management.base import BaseCommand
from wagtail.models import Page

from translations.search import sync_page_text


class Command(BaseCommand):
    help = "Rebuild the per-language search text of every page (publishing a page keeps its own up to date)."

    def handle(self, *args, **options):
        pages = Page.objects.filter(depth__gt=1)
        for page in pages:
            sync_page_text(page)
        self.stdout.write(f"Refreshed the search text of {pages.count()} pages.")
