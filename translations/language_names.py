"""Language names for people, from the Unicode CLDR as Babel ships it:
"Polish (polski)" for the languages a service speaks, "Cymraeg (Welsh)" for
the site's own languages. Django's table names about a hundred languages;
the CLDR names nearly every ISO 639-1 code in English and in itself, and
is kept up to date by Unicode."""

from functools import cache

from babel import Locale, UnknownLocaleError
from django.utils.html import format_html
from django.utils.translation import get_language

_ENGLISH = Locale("en")


def _cldr_code(code):
    # Django writes "zh-hans"; the CLDR writes "zh_Hans".
    language, _sep, rest = code.partition("-")
    return f"{language}_{rest.title()}" if rest else language


@cache
def english_name(code):
    """ "Polish" for "pl"; the code itself if the CLDR has no name for it."""
    cldr = _cldr_code(code)
    return _ENGLISH.languages.get(cldr) or _ENGLISH.languages.get(cldr.split("_")[0]) or code


@cache
def own_name(code):
    """ "polski" for "pl": the language's name in itself, or "" if the CLDR
    has no locale for it (such as Pali)."""
    cldr = _cldr_code(code)
    try:
        locale = Locale.parse(cldr)
    except (UnknownLocaleError, ValueError):
        return ""
    return locale.languages.get(cldr) or locale.languages.get(locale.language) or ""


@cache
def _locale(code):
    """The CLDR locale for a Django language code, or None if it has none."""
    try:
        return Locale.parse(_cldr_code(code))
    except (UnknownLocaleError, ValueError):
        return None


@cache
def name_in(code, visitor):
    """("chiński", "pl") for "zh" read in Polish: the name in the visitor's
    language and that language, else the English name and "en". Only a code
    the CLDR does not know at all comes back as itself."""
    cldr = _cldr_code(code)
    locale = _locale(visitor)
    names = locale.languages if locale else {}
    name = names.get(cldr) or names.get(cldr.split("_")[0])
    return (name, visitor) if name else (english_name(code), "en")


def _own_short(code):
    # "kurdî", not "kurdî (kurmancî)": the own name goes in brackets, and
    # brackets inside brackets read badly.
    return own_name(code).split(" (")[0]


def visitor_then_own(code, visitor=None):
    """A language a service speaks as the visitor reads it, then in itself:
    "chiński (中文)" on Polish pages, "Polish (polski)" on English ones, and
    "Cymraeg", not "Welsh (Cymraeg)", on Welsh ones."""
    return _both(name_in(code, visitor or get_language() or "en")[0], _own_short(code))


def visitor_then_own_html(code, visitor=None):
    """visitor_then_own() as HTML: the own name in a <bdi> that names its
    language, so screen readers pronounce it and right-to-left text keeps
    its brackets; an English fallback on another language's page marked
    as English."""
    visitor = visitor or get_language() or "en"
    name, language = name_in(code, visitor)
    own = _own_short(code)
    shown = name if language == visitor else format_html('<span lang="{}">{}</span>', language, name)
    if not own or own.casefold() == name.casefold():
        return format_html("{}", shown)
    return format_html('{} (<bdi lang="{}">{}</bdi>)', shown, code, own)


def is_right_to_left(code):
    try:
        return Locale.parse(_cldr_code(code)).character_order == "right-to-left"
    except (UnknownLocaleError, ValueError):
        return False


def _both(first, second):
    # "English", not "English (English)".
    return f"{first} ({second})" if second and second.casefold() != first.casefold() else first


def english_then_own(code):
    """ "Polish (polski)": for a language a service speaks, found by its English name."""
    return _both(english_name(code), own_name(code))


def own_then_english(code, own=None):
    """ "Cymraeg (Welsh)": for the site's languages, which editors who speak
    them look for by their own name. `own` is the site's chosen spelling."""
    return _both(own or own_name(code) or code, english_name(code))
