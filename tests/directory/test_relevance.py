"""Search quality over the public relevance set (relevance_set.json): the
mean precision at 5 must not drop below the floor measured when the set was
written, and `make bench` prints the figures."""

import pytest

from . import relevance

# Measured 2026-11-29 on the demo directory: see the README's search section.
FLOOR = 0.95


def test_the_relevance_set_is_public_and_broad():
    data = relevance.load()
    queries = data["queries"]
    assert len(queries) >= 40
    assert len({(item["q"], item.get("where"), item.get("group")) for item in queries}) == len(queries)
    for item in queries:
        assert item["relevant"] and item["why"], item
        assert set(item["relevant"]) <= {"services", "sets", "terms", "referral", "nations"}, item
        assert set(item["relevant"].get("sets", [])) <= set(data["sets"]), item


def test_mean_precision_at_5_stays_above_the_floor(demo_site):
    scored = relevance.score()
    judged = [item for item in scored if item.relevant_held]
    assert len(judged) >= 40, relevance.report(scored)
    assert relevance.mean(scored) >= FLOOR, "\n".join(relevance.report(scored))


@pytest.mark.bench
def test_report_precision_at_5(demo_site):
    print("\n" + "\n".join(relevance.report(relevance.score(), worst=12)))
