"""Each filter option's count is the number of results that choosing it
gives: the counts test result rows in Python (option_counts), the filters run
in SQL (option_conditions), and the two must agree."""

import datetime

import pytest
from django.http import QueryDict

from directory.models import SchedulePeriod
from directory.search import filters, parameters, results

from .factories import ContactRouteFactory, ServiceFactory

NOW = datetime.datetime(2027, 3, 3, 11, 0, tzinfo=datetime.UTC)  # a Wednesday morning
BASE_SEARCHES = [{}, {"q": "DV"}, {"where": "CV1", "radius": "25"}, {"audience": "women"}, {"q": "advice", "free": "1"}]


@pytest.fixture
def varied(directory):
    """More services, so that every kind of option has some of each."""
    open_now = ServiceFactory(
        name="Example Weekday Advice",
        summary="Advice on domestic abuse.",
        is_free=True,
        referral_route="professional",
        languages=["EN", "so", "pl"],
    )  # saved as typed
    for weekday in range(5):
        SchedulePeriod.objects.create(
            service=open_now, weekday=weekday, opens_at=datetime.time(9), closes_at=datetime.time(17)
        )
    ServiceFactory(name="Example Evening Line", summary="Evening advice about domestic abuse.", languages=["zh"])
    ContactRouteFactory(service=open_now, kind="text", number="01632 960001")
    signing = ServiceFactory(
        name="Example Signing Line",
        summary="Advice on domestic abuse in BSL.",
        wheelchair_access=True,
        interpretation_available=True,
    )
    ContactRouteFactory(service=signing, kind="bsl-video", address="https://bsl.example.org/")
    return directory


def query(data):
    result = QueryDict(mutable=True)
    for key, value in data.items():
        result[key] = value
    return result


def run(data, known):
    params, _messages = parameters.parse(query(data), known)
    return results.run(params, now=NOW, known=known)


def option_data(key):
    name, _, value = key.partition(":")
    return {name: value} if value else {name: "1"}


@pytest.mark.parametrize("base", BASE_SEARCHES)
def test_every_option_count_is_the_number_of_results_it_leaves(varied, base):
    known = parameters.known_terms()
    before = run(base, known)
    keys = list(filters.option_conditions(NOW)) + [f"{name}:{code}" for name, terms in known.items() for code in terms]
    checked = 0
    for key in keys:
        data = {**base, **option_data(key)}
        if key.split(":")[0] in ("type", "role", "audience") and key.split(":")[0] in base:
            continue  # a second term of the same kind also narrows; covered without it
        after = run(data, known)
        assert before.counts.get(key, 0) == after.total, (base, key)
        checked += after.total > 0
    assert checked >= 5  # the options that matched something, not only zeros
