from wagtail.signals import page_published, page_unpublished

from .search import sync_page_text


def refresh_page_text(sender, instance, **kwargs):
    sync_page_text(instance)


def connect():
    page_published.connect(refresh_page_text, dispatch_uid="translations.page_text.published")
    page_unpublished.connect(refresh_page_text, dispatch_uid="translations.page_text.unpublished")
