"""Search in the visitor's own words, in each of the site's ten languages
(relevance_set_languages.json): the demo's services are described in
English only, yet a query in Polish, Urdu or Chinese must find them, as
well as the English set finds its own (test_relevance.py)."""

import pytest
from django.conf import settings

from . import relevance

# The English set's floor, kept in every language.
FLOOR = 0.95
PER_LANGUAGE = 8


def test_every_language_has_enough_judged_queries():
    data = relevance.load_languages()
    queries = data["queries"]
    assert len({(item["language"], item["q"], item.get("where"), item.get("group")) for item in queries}) == len(
        queries
    )
    counts = {code: 0 for code, _name in settings.LANGUAGES}
    for item in queries:
        counts[item["language"]] += 1
        assert item["relevant"] and item["why"], item
        assert set(item["relevant"].get("sets", [])) <= set(data["sets"]), item
    assert min(counts.values()) >= PER_LANGUAGE, counts


def test_each_language_finds_the_right_services(demo_site):
    scored = relevance.score(relevance.load_languages())
    report = "\n".join(relevance.report_languages(scored))
    for language, items in relevance.by_language(scored).items():
        judged = [item for item in items if item.relevant_held]
        assert len(judged) >= PER_LANGUAGE, report
        assert relevance.mean(items) >= FLOOR, f"{language}\n{report}"


@pytest.mark.bench
def test_report_precision_at_5_in_every_language(demo_site):
    print("\n" + "\n".join(relevance.report_languages(relevance.score(relevance.load_languages()))))
