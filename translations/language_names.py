"""Language names for people, from the Unicode CLDR as Babel ships it:
"Polish (polski)" for the languages a service speaks, "Cymraeg (Welsh)" for
the site's own languages. Django's table names about a hundred languages;
the CLDR names nearly every ISO 639-1 code in English and in itself, and
is kept up to date by Unicode."""

from functools import cache

from babel import Locale, UnknownLocaleError

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
