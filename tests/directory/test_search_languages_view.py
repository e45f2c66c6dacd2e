"""A search in the visitor's own words, through the directory page in their
language: it finds services described in English only, and costs no more
queries than the same search in English words on that page, however many
services it finds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.search.results import PAGE_SIZE

from .test_search_view import add_bulk, names

SEARCHES = [
    ("pl", "przemoc domowa"),
    ("ar", "العنف الأسري"),
    ("ur", "گھریلو تشدد"),
    ("zh-hans", "家庭暴力求助"),
]
# test_search_view's cap for an English page (17), and the two reads every
# search in words costs on another language's page, whatever the words:
# which services have their own text in the language, and which of those
# match (translations.search).
MAX_QUERIES = 17 + 2


def post_counted(client, url, words):
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, {"q": words, "where": "CV1"})
    assert response.status_code == 200
    return response, len(queries.captured_queries)


@pytest.mark.parametrize(("language", "words"), SEARCHES)
@pytest.mark.parametrize("count", [3, 40])
def test_a_search_in_another_language_finds_english_services_in_few_queries(client, directory, language, words, count):
    add_bulk(count)
    url = f"/{language}/directory/"
    client.post(url, {"q": "x"})  # warm caches (site settings) outside the count
    response, queries = post_counted(client, url, words)
    _english, in_english_words = post_counted(client, url, "domestic abuse")
    assert queries <= in_english_words <= MAX_QUERIES
    found = names(response, "local")
    # The bulk, the advice service near CV1 and the refuge serving CV1, as for "DV".
    assert len(found) == min(count + 2, PAGE_SIZE)
    assert "Example Bulk 00" in found and "Example Near Advice" in found
