"""How many of the results each filter option would leave: the options
tested on the rows already read for ranking, the taxonomy terms in one
grouped query, whatever the number of results."""

import json
from collections import Counter

from django.db.models import Count

from ..details import term_links
from .filters import PROFESSIONAL_ROUTES, SELF_ROUTES
from .parameters import FILTER_LANGUAGES, KnownTerms
from .rows import ResultRow


def option_counts(rows: list[ResultRow]) -> Counter[str]:
    """How many result rows meet each option of filters.option_conditions(),
    counted column by column rather than with a condition per option per
    row in SQL. A test checks the two agree."""
    if not rows:
        return Counter()
    column = dict(zip(rows[0]._fields, zip(*rows, strict=True), strict=True))
    national = sum(column["national"])
    routes = Counter(column["route"])
    counts = Counter(
        {
            "scope:national": national,
            "scope:local": len(rows) - national,
            "open_now": sum(column["open_now"]),
            "open_24_7": sum(column["round_the_clock"]),
            "free": sum(column["free"]),
            "silent": sum(column["silent"]),
            "bsl": sum(column["sign_language"]),
            "wheelchair": sum(column["wheelchair"]),
            "interpreters": sum(column["interpreters"]),
            "referral:self": sum(routes[route] for route in SELF_ROUTES),
            "referral:professional": sum(routes[route] for route in PROFESSIONAL_ROUTES),
        }
    )
    # Many services share a list of languages: read each distinct list once.
    # Saved services list each code once, in lower case (Service.clean).
    for languages, number in Counter(column["languages_json"]).items():
        for code in set(json.loads(languages or "[]") or ()):
            if str(code).lower() in FILTER_LANGUAGES:
                counts[f"language:{str(code).lower()}"] += number
    return counts


def counts(rows: list[ResultRow], known: KnownTerms) -> dict[str, int]:
    """{option key: results it would leave} for every filter option, keyed
    as "type:refuge", "language:pl", "free"."""
    if not rows:
        return {}
    result = option_counts(rows)
    ids = [row.key for row in rows]
    # A service is linked to a term at most once, and term ids are unique
    # across taxonomies, so one grouped count over the three link tables
    # answers every term filter.
    keys = {term.pk: f"{name}:{code}" for name, terms in known.items() for code, term in terms.items()}
    links = [
        through.values("taxonomyterm_id").annotate(n=Count("*")).order_by().values_list("taxonomyterm_id", "n")
        for _relation, through in term_links(ids)
    ]
    for term_id, number in links[0].union(*links[1:], all=True):
        if term_id in keys:
            result[keys[term_id]] = number
    return result
