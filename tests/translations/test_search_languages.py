"""Search finds pages in the visitor's language and does not mix languages."""

import re


def result_titles(html):
    listing = html.split('class="results"', 1)[1].split("</ol>", 1)[0] if 'class="results"' in html else ""
    return re.findall(r"<a href=\"[^\"]+\">([^<]+)</a>", listing)


def test_polish_search_finds_polish_pages_without_english_duplicates(demo_site, client):
    html = client.post("/pl/search/", {"q": "zakładek"}).content.decode()
    titles = result_titles(html)
    assert titles[0] == "Bezpieczeństwo w internecie"
    assert "Staying safe online" not in titles
    assert len(titles) == len(set(titles))


def test_english_words_do_not_find_translated_pages_in_polish(demo_site, client):
    titles = result_titles(client.post("/pl/search/", {"q": "bookmark"}).content.decode())
    assert "Staying safe online" not in titles
    assert "Bezpieczeństwo w internecie" not in titles


def test_untranslated_pages_are_found_through_their_english_text(demo_site, client):
    titles = result_titles(client.post("/so/search/", {"q": "bookmark"}).content.decode())
    assert titles == ["Staying safe online"]


def test_english_search_is_unchanged(demo_site, client):
    titles = result_titles(client.post("/search/", {"q": "bookmark"}).content.decode())
    assert titles == ["Staying safe online"]
