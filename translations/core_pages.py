"""The core pages: what every language must have (the home page with its
"Get help now" block, "Staying safe online", the translated campaigns and
their easy read). This app cannot import the apps that own those pages, so
each app registers a function naming its own, as directory does for the
status report's groupings."""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from .status import has_text


@dataclass
class CorePart:
    """One line of the core pages table: a page's `field` in each language,
    or only its `block_type` blocks when the part is a block of that field.
    `main` is the page's first line, the one that carries its review mark."""

    label: str
    page: object
    field: str
    block_type: str = ""
    main: bool = True

    def present_in(self, language):
        value = getattr(self.page, build_localized_fieldname(self.field, language), None)
        if self.block_type:
            return any(block.block_type == self.block_type for block in value or [])
        return has_text(value)


_SOURCES: list[Callable[[], list[CorePart]]] = []


def register_core_pages(source):
    """`source()` returns the [CorePart] an app owns, in reading order."""
    _SOURCES.append(source)


def core_parts():
    return [part for source in _SOURCES for part in source()]


def is_translated_anywhere(page, field="title"):
    """Whether `page` has its own `field` in any language but English: the
    sign that a partnership means it for readers of other languages."""
    return any(
        getattr(page, build_localized_fieldname(field, code), None)
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    )
