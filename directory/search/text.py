"""Free text: the visitor's words, after the synonym layer, as a query any
Wagtail search backend answers (the database's, or Elasticsearch), and the
ids of the public services it matches."""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText, SearchQuery

from translations.search import hit_values, matching_ids, translated_ids

from .. import synonyms
from ..models import Service

# Text matches considered, best first (Elasticsearch answers at most 10,000).
MAX_TEXT_HITS = 5000


def text_query(query: str) -> SearchQuery | None:
    """A backend-neutral query: every term must match, each through any of
    its synonyms, every word of a synonym."""
    clauses: list[SearchQuery] = []
    for alternatives in synonyms.terms(query):
        options: list[SearchQuery] = [PlainText(alternative, operator="and") for alternative in alternatives]
        clauses.append(options[0] if len(options) == 1 else Or(options))
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else And(clauses)


def text_matches(expression: SearchQuery, language: str | None = None) -> list[int]:
    """Ids of public services matching a text query in the visitor's
    language: a service translated into it is matched on that text alone,
    the others on their English text, so languages never mix."""
    language = language or get_language() or settings.LANGUAGE_CODE
    # Relevance ordering is left to ranking.rank(): the backends score
    # differently, and SQLite's scoring subquery is slow on big result sets.
    candidates = Service.objects.public().rewrite(False).only("pk").order_by()
    hits = get_search_backend().search(expression, candidates, order_by_relevance=False)
    english = hit_values(hits, "pk", MAX_TEXT_HITS)
    if language == settings.LANGUAGE_CODE:
        return english
    translated = translated_ids(Service, language)
    own = matching_ids(expression, Service, language, MAX_TEXT_HITS)
    return own + [pk for pk in english if pk not in translated]
