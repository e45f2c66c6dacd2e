"""Search finds pages and services in the visitor's language and does not mix languages."""

import re

import pytest

from tests.directory.factories import ServiceFactory


def result_titles(html):
    listing = html.split('class="results"', 1)[1].split("</ol>", 1)[0] if 'class="results"' in html else ""
    return re.findall(r"<a href=\"[^\"]+\">([^<]+)</a>", listing)


def test_polish_search_finds_polish_pages_without_english_duplicates(polish_safety_page, client):
    html = client.post("/pl/search/", {"q": "zakładek"}).content.decode()
    titles = result_titles(html)
    assert titles[0] == "Bezpieczeństwo w internecie"
    assert "Staying safe online" not in titles
    assert len(titles) == len(set(titles))


def test_english_words_do_not_find_translated_pages_in_polish(polish_safety_page, client):
    titles = result_titles(client.post("/pl/search/", {"q": "bookmark"}).content.decode())
    assert "Staying safe online" not in titles
    assert "Bezpieczeństwo w internecie" not in titles


def test_untranslated_pages_are_found_through_their_english_text(polish_safety_page, client):
    titles = result_titles(client.post("/so/search/", {"q": "bookmark"}).content.decode())
    assert titles == ["Staying safe online"]


def test_english_search_is_unchanged(polish_safety_page, client):
    titles = result_titles(client.post("/search/", {"q": "bookmark"}).content.decode())
    assert titles == ["Staying safe online"]


# Directory services: a service translated into Polish is searched in Polish
# only; untranslated services are found through their English text.


@pytest.fixture
def services(db):
    translated = ServiceFactory(
        name="Example Advice Line",
        summary="Advice for people affected by domestic abuse.",
        name_pl="Przykładowa linia porad",
        summary_pl="Porady dla osób doświadczających przemocy domowej.",
    )
    english_only = ServiceFactory(name="Example Advice Centre", summary="Advice and support in person.")
    return {"translated": translated, "english_only": english_only}


def directory_search(client, prefix, query):
    """The names on the result cards."""
    html = client.post(f"{prefix}/directory/", {"q": query}).content.decode()
    names = re.findall(r'class="service-card__name"><(?:a|button) [^>]*>(.*?)</(?:a|button)>', html)
    # A name shown in English is in a <span lang="en">: its words only.
    return [re.sub(r"<[^>]*>", "", name) for name in names]


def test_polish_directory_search_finds_the_polish_text_once(services, client):
    assert directory_search(client, "/pl", "porady przemocy") == ["Przykładowa linia porad"]


def test_english_words_find_only_untranslated_services_in_polish(services, client):
    assert directory_search(client, "/pl", "advice") == ["Example Advice Centre"]


def test_english_directory_search_is_unchanged(services, client):
    assert sorted(directory_search(client, "", "advice")) == ["Example Advice Centre", "Example Advice Line"]


def test_an_unpublished_service_leaves_the_polish_index(services, client):
    services["translated"].live = False
    services["translated"].save()
    assert directory_search(client, "/pl", "porady") == []


def test_polish_results_are_ranked_on_their_polish_words(db, client):
    # In English neither name has the word searched for, so A would come first.
    ServiceFactory(
        name="Example A Support",
        summary="Support.",
        name_pl="Przykład A wsparcie",
        summary_pl="Porady prawne i wsparcie.",
    )
    ServiceFactory(name="Example B Support", summary="Support.", name_pl="Przykład B porady", summary_pl="Wsparcie.")
    assert directory_search(client, "/pl", "porady") == ["Przykład B porady", "Przykład A wsparcie"]
