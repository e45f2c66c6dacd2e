"""The same page in every configured language."""

from django.conf import settings
from django.db.models import F, Model, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.urls import translate_url
from django.utils import translation
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname, resolution_order


def alternate_urls(request, page=None):
    """[(code, own name, path)] for this page in each language. Pages use
    their translated slugs; other views translate their URL pattern."""
    cache_key = ("alternates", getattr(page, "pk", None), request.path)
    cached = getattr(request, "_waymark_alternates", {})
    if cache_key not in cached:
        links = []
        for code, name in settings.LANGUAGES:
            if page is None:
                # Resolves the path in the current language, then reverses it in `code`.
                path = translate_url(request.path, code)
            else:
                with translation.override(code):
                    path = page.get_url(request)
            links.append((code, name, path))
        cached[cache_key] = links
        request._waymark_alternates = cached
    return cached[cache_key]


def is_translated(instance, field, language):
    """Whether `field` has its own text in `language` (not the English fallback)."""
    return bool(getattr(instance, build_localized_fieldname(field, language), None))


def shows_english(record, field, language=None):
    """Whether `record.field` is shown in English in place of the visitor's
    language: it has text, and none of its own in that language. The one
    rule for marking text `lang="en"` and for the "only in English" notice.

    `record` is a model instance, or a record read as plain values that
    names the fields it shows in English in `english_fields` (such as
    directory.listings.Listing, whose query knows it)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE or not getattr(record, field, ""):
        return False
    english_fields = getattr(record, "english_fields", None)
    if english_fields is not None:
        return field in english_fields
    return not is_translated(record, field, language)


def _read_languages():
    """The languages a visitor's text is read in, in order: the active one,
    then its fallbacks, as modeltranslation resolves them."""
    return resolution_order(translation.get_language() or settings.LANGUAGE_CODE)


def in_language(field: str) -> Coalesce:
    """An expression for translatable `field` as the visitor reads it: the
    active language, then its fallbacks, as modeltranslation resolves it.

    For `.rewrite(False)` querysets that read many rows: modeltranslation's
    own values_list resolves each row through a stand-in object, which cost
    more than the query when ranking thousands of search results.
    """
    columns = [NullIf(F(build_localized_fieldname(field, code)), Value("")) for code in _read_languages()]
    return Coalesce(*columns, Value(""), output_field=TextField())


def unread_translations(model: type[Model], prefix: str = "") -> list[str]:
    """The translation columns of `model` that the visitor's language never
    reads: every language but the active one and its fallbacks. For
    `.defer()` on pages that show one record in full, which otherwise read
    (and the ORM converts) every language's text of it."""
    read = set(_read_languages())
    return [
        prefix + build_localized_fieldname(name, code)
        # modeltranslation's metaclass sets `fields`, which its type hints leave out.
        for name in translator.get_options_for_model(model).fields  # type: ignore[attr-defined]
        for code, _name in settings.LANGUAGES
        if code not in read
    ]
