"""Search in the visitor's language. Each live page's own text is kept per
language in PageText; a search looks only at the active language. Pages not
yet translated are then found through their English text, never twice."""

from django.conf import settings
from django.utils.html import strip_tags
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from .languages import is_translated
from .models import PageText
from .po import stream_leaves
from .status import has_text


def page_text(page, language):
    """All the words of a page in one language, as plain text."""
    parts = []
    for name in translator.get_options_for_model(type(page)).get_field_names():
        if name in ("slug", "url_path", "title"):
            continue
        value = getattr(page, build_localized_fieldname(name, language), None)
        if not has_text(value):
            continue
        if hasattr(value, "raw_data"):
            parts += [strip_tags(text) for _path, text in stream_leaves(list(value.raw_data))]
        else:
            parts.append(strip_tags(str(value)))
    return "\n".join(parts)


def sync_page_text(page):
    """Refresh a page's entries: one per language it has its own title in."""
    page = page.specific
    keep = []
    if page.live and type(page) in translator.get_registered_models(abstract=False):
        for code, _name in settings.LANGUAGES:
            if code == settings.LANGUAGE_CODE or is_translated(page, "title", code):
                title = getattr(page, build_localized_fieldname("title", code))
                entry, _created = PageText.objects.update_or_create(
                    page=page, language=code, defaults={"title": title, "text": page_text(page, code)}
                )
                keep.append(entry.pk)
    PageText.objects.filter(page=page).exclude(pk__in=keep).delete()


def search_pages(query, language, limit):
    """Live public pages matching `query` in `language`, best first; then
    pages with no `language` version that match in English."""
    backend = get_search_backend()
    page_ids = [entry.page_id for entry in backend.search(query, PageText.objects.filter(language=language))[:limit]]
    if language != settings.LANGUAGE_CODE and len(page_ids) < limit:
        has_own = set(PageText.objects.filter(language=language).values_list("page_id", flat=True))
        english = backend.search(query, PageText.objects.filter(language=settings.LANGUAGE_CODE))[:limit]
        page_ids += [entry.page_id for entry in english if entry.page_id not in has_own and entry.page_id not in page_ids]
    pages = Page.objects.live().public().filter(pk__in=page_ids).specific().in_bulk()
    return [pages[pk] for pk in page_ids if pk in pages][:limit]
