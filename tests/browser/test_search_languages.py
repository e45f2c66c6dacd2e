"""Search in the visitor's own words, in Chromium: on the Polish, Arabic and
Urdu directory pages, "przemoc domowa", "العنف الأسري" and "گھریلو تشدد"
near a Coventry postcode list domestic abuse services first, though every
demo service is described in English only; on a 360 px phone and at
desktop width, right to left where the language is. No address the browser
visited holds the words or the postcode. Screenshots go to var/shots/."""

from pathlib import Path
from urllib.parse import unquote

import pytest
from django.conf import settings

from tests.directory import relevance

SHOTS = Path(settings.BASE_DIR) / "var" / "shots"
SIZES = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
SEARCHES = [
    ("pl", "przemoc domowa", "CV1"),
    ("ar", "العنف الأسري", "CV1 2AB"),
    ("ur", "گھریلو تشدد", "CV1 2AB"),
    ("en", "domestic abuse", "CV1 2AB"),
]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("language", "words", "place"), SEARCHES)
def test_domestic_abuse_in_the_visitors_words_lists_domestic_abuse_services(site, page, language, words, place, size):
    judged = set(relevance.load()["sets"]["domestic-abuse"])
    prefix = "" if language == "en" else f"/{language}"
    page.set_viewport_size(SIZES[size])
    urls = []
    page.on("request", lambda request: urls.append(unquote(request.url)))
    page.goto(f"{site}{prefix}/directory/")
    direction = "rtl" if language in ("ar", "ur") else "ltr"
    assert page.locator("html").get_attribute("dir") == direction

    page.locator("#directory-q").fill(words)
    page.locator("#directory-where").fill(place)
    page.locator(".directory-form button[type=submit]").first.click()
    page.locator("[data-local-results] .service-card").first.wait_for()

    names = page.locator("[data-local-results] .service-card__name").all_inner_texts()
    top = names[:5]
    assert sum(name in judged for name in top) >= 4, top
    # The visitor's words stay in the box, as typed, to refine the search.
    assert page.locator("#directory-q").input_value() == words
    # Every card fits the screen: nothing pushed off either edge.
    for box in (card.bounding_box() for card in page.locator("[data-local-results] .service-card").all()[:5]):
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= SIZES[size]["width"] + 0.5
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"search-languages-{language}-{size}.png"))
    page.locator("#directory-q").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / f"search-languages-{language}-{size}-words.png"))

    assert page.url == f"{site}{prefix}/directory/"
    for url in urls:
        for typed in (*words.split(), place.split()[0]):
            assert typed.lower() not in url.lower(), url
