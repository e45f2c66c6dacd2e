"""Misspelt words: a word of the query that the directory never uses is
replaced by the nearest word it does use, from one vocabulary
(`vocabulary`): the words of public services' names and summaries and of
taxonomy terms' names, in the visitor's language, and the synonym table's, in every language.
PostgreSQL finds the nearest by trigram similarity (pg_trgm), and words
trigrams cannot place by difflib's ratio, as other databases do."""

import contextlib
import difflib
import re

from django.db import DatabaseError, connection, transaction

from translations.languages import in_language

from .. import synonyms
from ..models import Service, TaxonomyTerm

# Words shorter than this are left alone: too many short words are near.
MIN_LENGTH = 4
# How near a word must be to be offered: difflib's ratio, pg_trgm's similarity.
MIN_RATIO = 0.75
MIN_SIMILARITY = 0.4
# Words corrected in one query at most: each is compared with the whole
# vocabulary, and a long query of nonsense must not cost much.
MAX_WORDS = 6
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.lower()) if len(word) >= MIN_LENGTH}


def vocabulary() -> set[str]:
    """Every word the search can find: in public services' names and
    summaries and taxonomy terms' names (as the visitor reads them), and in
    the synonym table. The one rule for what a correction may be."""
    found: set[str] = set()
    for phrase, expansion in synonyms.PHRASES.items():
        found |= _words(phrase) | _words(expansion)
    texts = (
        Service.objects.public()
        .rewrite(False)
        .annotate(shown_name=in_language("name"), shown_summary=in_language("summary"))
        .values_list("shown_name", "shown_summary")
        .order_by()
    )
    for name, summary in texts:
        found |= _words(f"{name} {summary}")
    terms = TaxonomyTerm.objects.rewrite(False).annotate(shown_name=in_language("name"))
    for name in terms.values_list("shown_name", flat=True).order_by():
        found |= _words(name)
    return found


def _nearest_by_trigrams(words: list[str], known: set[str]) -> dict[str, str]:
    sql = (
        "SELECT typed, (SELECT word FROM unnest(%s::text[]) AS word WHERE similarity(word, typed) >= %s"
        " ORDER BY similarity(word, typed) DESC, word LIMIT 1) FROM unnest(%s::text[]) AS typed"
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [sorted(known), MIN_SIMILARITY, words])
        return {typed: word for typed, word in cursor.fetchall() if word}


def _nearest_by_ratio(words: list[str], known: set[str]) -> dict[str, str]:
    found = {}
    for word in words:
        close = difflib.get_close_matches(word, sorted(known), n=1, cutoff=MIN_RATIO)
        if close:
            found[word] = close[0]
    return found


def nearest(words: list[str], known: set[str]) -> dict[str, str]:
    """{word: the nearest word of `known`} for those words that have one."""
    if not words:
        return {}
    found: dict[str, str] = {}
    if connection.vendor == "postgresql":
        # Without pg_trgm installed, every word is compared in Python.
        with contextlib.suppress(DatabaseError):
            found = _nearest_by_trigrams(words, known)
    # Trigrams miss swapped letters in short words ("hlep" shares one
    # trigram with "help"): those are compared in Python too.
    rest = [word for word in words if word not in found]
    return found | _nearest_by_ratio(rest, known)


def corrected(query: str) -> str:
    """`query` with each word the directory never uses replaced by the
    nearest one it does; "" when no word was replaced."""
    ignored = synonyms.ALL_STOP_WORDS | synonyms.ALL_FILLER_WORDS | set(synonyms.PHRASES)
    typed = [word for word in dict.fromkeys(_WORD.findall(query.lower())) if len(word) >= MIN_LENGTH]
    typed = [word for word in typed if word not in ignored]
    if not typed:
        return ""
    known = vocabulary()
    replacements = nearest([word for word in typed if word not in known][:MAX_WORDS], known)
    if not replacements:
        return ""
    return _WORD.sub(lambda match: replacements.get(match[0].lower(), match[0]), query)
