"""Free text: the visitor's words, after the synonym layer, as a query any
Wagtail search backend answers (the database's, or Elasticsearch), and the
ids of the public services it matches. A term that names a service type,
specialist role or audience (synonyms.CONCEPTS) also matches the services
holding that term, whatever their words."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import get_language
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText, SearchQuery

from translations.search import hit_values, matching_ids, translated_ids

from .. import synonyms
from ..models import Service
from .concepts import holders, term_holders

# Text matches considered, best first (Elasticsearch answers at most 10,000).
MAX_TEXT_HITS = 5000


def text_query(query: str) -> SearchQuery | None:
    """A backend-neutral query: every term must match, each through any of
    its synonyms, every word of a synonym."""
    return terms_query(synonyms.terms(query))


def terms_query(terms: list[tuple[str, ...]]) -> SearchQuery | None:
    """The query for terms as synonyms.terms() gives them."""
    clauses: list[SearchQuery] = []
    for alternatives in terms:
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


@dataclass
class TextSearch:
    """What a query's words ask for: its terms, for each term the services
    holding a taxonomy term it names (None if it names none), and the ids
    of the services matching every term; None when no word narrows the
    search ("help", "I need support"), so every service is listed."""

    terms: list[tuple[str, ...]] = field(default_factory=list)
    named: list[set[int] | None] = field(default_factory=list)
    ids: list[int] | None = None


def search(query: str, language: str | None = None) -> TextSearch:
    """Every term must match: through its words (any synonym), or, for a
    term naming a type, role or audience, by holding it."""
    terms = synonyms.terms(query)
    if not terms:
        return TextSearch()
    keys = set().union(*(synonyms.concepts(alternatives) for alternatives in terms))
    named: list[set[int] | None] = term_holders(terms, holders(keys)) if keys else [None] * len(terms)
    plain = [alternatives for alternatives, held in zip(terms, named, strict=True) if held is None]
    found: set[int] | None = None
    expression = terms_query(plain)
    if expression is not None:  # the terms naming nothing, in one query
        found = set(text_matches(expression, language))
    for alternatives, held in zip(terms, named, strict=True):
        if held is not None:
            expression = terms_query([alternatives])
            assert expression is not None
            matched = set(text_matches(expression, language)) | held
            found = matched if found is None else found & matched
    return TextSearch(terms, named, sorted(found or ()))
