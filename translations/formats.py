"""Numbers and dates as the visitor's language writes them, from the Unicode
CLDR through Babel: "1,9" in Polish, "30 listopada", "11月30日". Django's own
formats cover fewer of the site's languages (none for Somali), so the
directory's generated text uses these. Digits stay Western (CLDR's "latn"
numbering) in every language, like the phone numbers and clock times beside
them, so a number reads the same wherever it appears on a page."""

import datetime
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from django.utils.translation import get_language, to_locale


@cache
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(to_locale(language))
    except (UnknownLocaleError, ValueError):
        return Locale("en", "GB")


def _visitor() -> Locale:
    # British English ("30 November"), not the CLDR's American default.
    language = get_language() or "en"
    return Locale("en", "GB") if language == "en" else _locale(language)


def decimal(value: float, places: int = 1) -> str:
    """ "1.9" in English, "1,9" in Polish and Romanian: `places` decimals."""
    return format_decimal(value, format="#,##0." + "0" * places, locale=_visitor())


def weekday(date: datetime.date) -> str:
    """ "Monday", "poniedziałek", "الاثنين"."""
    return format_date(date, "EEEE", locale=_visitor())


def day_month(date: datetime.date) -> str:
    """ "30 November", "30 listopada", "11月30日"."""
    return format_skeleton("MMMMd", date, locale=_visitor())


def day_month_year(date: datetime.date) -> str:
    """ "30 November 2026", "30 listopada 2026", "2026年11月30日"."""
    return format_skeleton("yMMMMd", date, locale=_visitor())
