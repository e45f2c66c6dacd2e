"""The site search reads whatever is typed: a stray double quote, a NUL
byte or other characters a search backend cannot parse get a results page in
the visitor's language, never a 500."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# SQLite's full-text query parser refused the first three; PostgreSQL
# refuses any text with a NUL byte.
AWKWARD_QUERIES = ['a"', '"', "\x00", 'safe"online', "private\x00browsing", "'", "*", "(", "NEAR(", "a AND", "-x", ":"]


def search_page(client, code, query, method="post"):
    with translation.override(code):
        path = reverse("search")
        nothing_matched = escape(gettext("Nothing matched. Try other words."))
    response = getattr(client, method)(path, {"q": query})
    return response, response.content.decode(), nothing_matched


@pytest.mark.parametrize("query", AWKWARD_QUERIES)
@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_awkward_queries_get_a_results_page_in_every_language(db, client, code, query):
    response, html, _nothing_matched = search_page(client, code, query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert f'<html lang="{code}"' in html
    assert "data-results-heading" in html


@pytest.mark.parametrize("method", ["post", "get"])
@pytest.mark.parametrize("query", ['"', "\x00"])
def test_a_query_with_no_words_says_nothing_matched(safety_page, client, method, query):
    response, html, nothing_matched = search_page(client, "cy", query, method)
    assert response.status_code == 200
    assert nothing_matched in html


@pytest.mark.parametrize("query", ['bookmark"', '"bookmark', "bookmark\x00", '"bookmark"'])
def test_the_words_around_a_stray_character_are_still_searched(safety_page, client, query):
    response, html, nothing_matched = search_page(client, "en", query)
    assert response.status_code == 200
    assert "Staying safe online" in html
    assert nothing_matched not in html


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=st.sampled_from(LANGUAGE_CODES), query=st.text(max_size=30))
def test_any_text_gets_a_results_page(db, client, code, query):
    response, _html, _nothing_matched = search_page(client, code, query)
    assert response.status_code == 200
