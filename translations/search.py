"""Search in the visitor's language.

The words of each live page, and of each directory record that has its own
translation, are kept per language in SearchText; a search reads only the
active language. Content not yet translated is then found through its
English text, and never twice.

Pages have an English entry too. Other models register how to read their
words (`register`); they keep their English text in their own search index,
so only their translations are written here.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from django.utils.html import strip_tags
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import SearchQuery

from .languages import is_translated
from .models import SearchText
from .po import stream_leaves
from .status import has_text

_LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")
# The longest query any search reads; longer ones are cut, with a message.
MAX_QUERY_LENGTH = 200


def plain_words(text):
    """The letters and digits of `text`, as words joined by single spaces.

    Backends disagree about punctuation such as + and ', and their query
    parsers fail on some characters (SQLite on an unmatched ", PostgreSQL on
    a NUL byte), so everything else is dropped before a search. The
    directory's search and the site search both clean their words here."""
    return " ".join(_LETTERS_AND_DIGITS.findall(text))


@dataclass
class Source:
    title_field: str
    text_fields: tuple
    is_public: Callable


SOURCES: dict[type[Model], Source] = {}


def register(model, title_field, text_fields, is_public):
    """Keep `model`'s translations searchable: an entry per language that
    has its own `title_field`, refreshed whenever an instance is saved."""
    SOURCES[model] = Source(title_field, tuple(text_fields), is_public)
    post_save.connect(_saved, sender=model, dispatch_uid=f"translations.search_text.{model._meta.label}")
    post_delete.connect(_deleted, sender=model, dispatch_uid=f"translations.search_text.{model._meta.label}.delete")


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_text(instance)


def _deleted(sender, instance, **kwargs):
    SearchText.objects.filter(content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk).delete()


def _entries_for(model):
    return SearchText.objects.filter(content_type=ContentType.objects.get_for_model(model))


def _plain(value):
    if hasattr(value, "raw_data"):
        return [strip_tags(text) for _path, text in stream_leaves(list(value.raw_data))]
    return [strip_tags(str(value))]


def _text(instance, names, language):
    parts = []
    for name in names:
        value = getattr(instance, build_localized_fieldname(name, language), None)
        if has_text(value):
            parts += _plain(value)
    return "\n".join(parts)


def _write(instance, model, title_field, names, languages):
    keep = []
    content_type = ContentType.objects.get_for_model(model)
    for code in languages:
        entry, _created = SearchText.objects.update_or_create(
            content_type=content_type,
            object_id=instance.pk,
            language=code,
            defaults={
                "title": getattr(instance, build_localized_fieldname(title_field, code))[:255],
                "text": _text(instance, names, code),
            },
        )
        keep.append(entry.pk)
    _entries_for(model).filter(object_id=instance.pk).exclude(pk__in=keep).delete()


def _page_fields(page):
    names = translator.get_options_for_model(type(page)).get_field_names()
    return [name for name in names if name not in ("slug", "url_path", "title")]


def sync_page_text(page):
    """Refresh a page's entries: one per language it has its own title in."""
    page = page.specific
    languages = []
    if page.live and type(page) in translator.get_registered_models(abstract=False):
        languages = [
            code
            for code, _name in settings.LANGUAGES
            if code == settings.LANGUAGE_CODE or is_translated(page, "title", code)
        ]
    _write(page, Page, "title", _page_fields(page) if languages else (), languages)


def sync_text(instance):
    """Refresh a registered record's entries: one per language, other than
    the default, that it has its own title in, while it is public."""
    source = SOURCES[type(instance)]
    languages = []
    if source.is_public(instance):
        languages = [
            code
            for code, _name in settings.LANGUAGES
            if code != settings.LANGUAGE_CODE and is_translated(instance, source.title_field, code)
        ]
    _write(instance, type(instance), source.title_field, source.text_fields, languages)


def translated_ids(model: type[Model], language: str) -> set[int]:
    """Ids of `model` records that have their own text in `language`."""
    return set(_entries_for(model).filter(language=language).values_list("object_id", flat=True))


def matching_ids(query: str | SearchQuery, model: type[Model], language: str, limit: int | None = None) -> list[int]:
    """Ids of `model` records whose `language` text matches `query`, best
    first (`query` is a string or a Wagtail search query object)."""
    hits = get_search_backend().search(query, _entries_for(model).filter(language=language))
    return hit_values(hits, "object_id", limit)


def hit_values(hits: Any, field: str, limit: int | None = None) -> list[Any]:
    """`field` of each search hit, in the backend's order.

    The database backends expose the query they would run, so the values
    are read straight from it: building a model instance for every hit was
    most of the cost of a broad search. Other backends (Elasticsearch)
    answer with ids and go through the instances.
    """
    hits = hits[:limit]
    if hasattr(hits, "get_queryset"):
        return list(hits.get_queryset().values_list(field, flat=True))
    return [getattr(hit, field) for hit in hits]


def search_pages(query, language, limit):
    """Live public pages matching `query` in `language`, best first; then
    pages with no `language` version that match in English."""
    page_ids = matching_ids(query, Page, language, limit)
    if language != settings.LANGUAGE_CODE and len(page_ids) < limit:
        has_own = translated_ids(Page, language)
        english = matching_ids(query, Page, settings.LANGUAGE_CODE, limit)
        page_ids += [pk for pk in english if pk not in has_own and pk not in page_ids]
    pages = Page.objects.live().public().filter(pk__in=page_ids).specific().in_bulk()
    return [pages[pk] for pk in page_ids if pk in pages][:limit]
