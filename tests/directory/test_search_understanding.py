"""Search that understands people, on the demo directory as a visitor sees
it: help-seeking words alone list everything, words naming a kind of help
rank those services first, misspellings still find results with a "Did
you mean" button, and national lines come by the visitor's nation."""

import html as html_lib
import re

import pytest

from directory.models import Service, ServiceArea
from directory.search import nations, spelling
from directory.search.filters import SELF_ROUTES

from . import relevance
from .test_search_view import names as escaped_names
from .test_search_view import text

URL = "/directory/"
CV = "CV1 2AB"


def names(response, group):
    return [html_lib.unescape(name) for name in escaped_names(response, group)]


def post(client, **data):
    response = client.post(URL, data)
    assert response.status_code == 200
    return response


def local_total(response):
    found = re.search(r"(\d+) services? found", text(response))
    assert found, text(response)[:500]
    return int(found[1]) - len(names(response, "national"))


@pytest.mark.parametrize("words", ["help", "support", "I need help", "please help me", "Someone to talk to"])
def test_help_seeking_words_alone_list_every_local_service_near(client, demo_site, words):
    everything = post(client, where=CV)
    response = post(client, q=words, where=CV)
    assert "0 services found" not in text(response)
    assert local_total(response) == local_total(everything) > 20
    assert "miles away" in text(response)


def test_help_seeking_words_with_a_meaningful_word_filter_on_it(client, demo_site):
    everything = post(client, q="help", where=CV)
    men = post(client, q="I need support for men", where=CV)
    assert 0 < local_total(men) < local_total(everything)
    assert names(men, "local")[0] == "Example Men's Domestic Abuse Support"


def test_domestic_abuse_near_cv1_puts_domestic_abuse_services_first(client, demo_site):
    judged = set(relevance.load()["sets"]["domestic-abuse"])
    response = post(client, q="domestic abuse", where=CV)
    top = names(response, "local")[:5]
    assert sum(name in judged for name in top) >= 4, top
    # The refuge's words do not say "domestic abuse"; its type does.
    assert "Example Coventry Women's Refuge" in names(response, "local")


def test_among_equal_matches_services_people_can_contact_themselves_come_first(client, demo_site):
    top = names(post(client, q="domestic abuse", where=CV), "local")
    routes = dict(Service.objects.filter(name__in=top).values_list("name", "referral_route"))
    # The demo's nearest domestic abuse service, the MARAC coordinator, takes professionals' referrals only.
    assert "Example Coventry MARAC Coordinator" in top
    assert routes[top[0]] in SELF_ROUTES and routes["Example Coventry MARAC Coordinator"] not in SELF_ROUTES
    assert top.index("Example Coventry MARAC Coordinator") >= 5


@pytest.mark.parametrize(
    ("words", "first"),
    [
        # Every demo service with the IDVA role.
        (
            "idva",
            {
                "Example Coventry IDVA Service",
                "Example Hospital IDVA Service",
                "Example LGBT+ Domestic Abuse Advocacy",
                "Example Young People's Violence Advisers",
            },
        ),
        ("young people", {"Example Young People's Violence Advisers", "Example Young People's Counselling"}),
        ("lgbt", {"Example LGBT+ Domestic Abuse Advocacy", "Example LGBT+ Peer Support Group"}),
        ("somewhere safe to stay", {"Example Coventry Women's Refuge", "Example Refuge"}),
    ],
)
def test_a_word_naming_a_role_audience_or_type_ranks_its_services_first(client, demo_site, words, first):
    top = names(post(client, q=words), "local")[:2]
    assert top and set(top) <= first | {
        "Example Children and Young People's Domestic Abuse Service",
        "Example Young People's Healthy Relationships Service",
        "Example Young People's Sexual Violence Counselling",
        "Example Housing Options: Domestic Abuse",
        "Example Sanctuary Scheme",
    }, top


def did_you_mean(response):
    """(the hidden fields, the button's value) of the "Did you mean" form."""
    html = response.content.decode()
    form = re.search(r'<form class="did-you-mean" method="post"[^>]*>(.*?)</form>', html, re.S)
    if not form:
        return None
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form[1])
    button = re.search(r'<button type="submit"[^>]*name="q" value="([^"]*)"', form[1])
    return [(name, html_lib.unescape(value)) for name, value in fields], html_lib.unescape(button[1])


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("domestc abuse", "domestic abuse"), ("forced marrage", "forced marriage"), ("stalkng", "stalking")],
)
def test_misspelt_words_still_find_results_and_offer_the_right_words(client, demo_site, typed, meant):
    response = post(client, q=typed, where=CV)
    assert "0 services found" not in text(response)
    assert "Did you mean:" in text(response)
    fields, button = did_you_mean(response)
    assert button == meant
    assert ("where", CV) in fields and "q" not in dict(fields)
    again = post(client, **dict(fields), q=button)
    assert did_you_mean(again) is None and "Did you mean" not in text(again)
    assert local_total(again) == local_total(response)


def test_a_misspelt_help_seeking_word_lists_everything_and_says_so(client, demo_site):
    response = post(client, q="hlep", where=CV)
    assert did_you_mean(response)[1] == "help"
    assert local_total(response) == local_total(post(client, where=CV))


def test_a_common_misspelling_is_a_synonym(client, demo_site):
    response = post(client, q="councelling")
    assert "Example Sexual Abuse Counselling" in names(response, "local")


def test_words_that_match_nothing_and_are_near_nothing_offer_nothing(client, demo_site):
    response = post(client, q="xylophone")
    assert "0 services found" in text(response) and did_you_mean(response) is None


def nations_of(national_names):
    areas = ServiceArea.objects.filter(kind=ServiceArea.Kind.NATIONAL, service__name__in=national_names)
    found = {}
    for name, covered in areas.values_list("service__name", "nations"):
        found.setdefault(name, set()).update(covered or ())
    return found


@pytest.mark.parametrize(("where", "home"), [(CV, "england"), ("BT1 1AA", "northern-ireland"), ("EH1 1AA", "scotland")])
@pytest.mark.parametrize("words", ["", "help", "domestic abuse"])
def test_national_lines_for_other_nations_only_come_last(client, demo_site, where, home, words):
    listed = names(post(client, q=words, where=where), "national")
    covered = nations_of(listed)
    if not any(covered.values()):
        pytest.skip("the demo has no national lines (../shared/data is missing)")
    elsewhere = [index for index, name in enumerate(listed) if covered.get(name) and home not in covered[name]]
    others = [index for index, name in enumerate(listed) if index not in elsewhere]
    assert elsewhere and others, listed
    assert max(others) < min(elsewhere), listed


@pytest.mark.parametrize(
    ("outcode", "nation"),
    [
        ("CV1", "england"),
        ("cv1", "england"),
        ("BT9", "northern-ireland"),
        ("EH1", "scotland"),
        ("G1", "scotland"),
        ("CF10", "wales"),
        ("SY23", "wales"),  # Aberystwyth, in a mostly English area
        ("SY1", "england"),
        ("CH5", "wales"),
        ("TD15", "england"),  # Berwick-upon-Tweed, in a Scottish area
        ("GY1", None),
        ("", None),
    ],
)
def test_the_nation_of_a_postcode_district(outcode, nation):
    assert nations.of_outcode(outcode) == nation


@pytest.mark.django_db
def test_nearest_word_is_found_on_either_database():
    known = {"domestic", "domain", "marriage", "stalking", "counselling"}
    found = spelling.nearest(["domestc", "marrage", "stalkng", "zzzzzz"], known)
    assert found == {"domestc": "domestic", "marrage": "marriage", "stalkng": "stalking"}


@pytest.mark.django_db
def test_postgresql_compares_by_trigrams_with_pg_trgm():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("pg_trgm is PostgreSQL's")
    # Called directly, so a missing extension fails here rather than falling back.
    found = spelling._nearest_by_trigrams(["domestc", "councelling", "qqqq"], {"domestic", "counselling", "domain"})
    assert found == {"domestc": "domestic", "councelling": "counselling"}
