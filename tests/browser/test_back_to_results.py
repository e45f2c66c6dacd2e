"""A search that remembers without storing, in Chromium on a phone and a
desktop, in English and in Arabic: search, open a service, press "Back to
your results", and the same results show, with the words still in the box.
No address the browser visited holds the words, and nothing is stored.
Without JavaScript the service opens as a page of its own, with no such
button. Screenshots go to var/shots/."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.test_crawl import STORAGE_IS_EMPTY

SHOTS = Path(settings.BASE_DIR) / "var" / "shots"
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
WORDS = "counselling"
PLACE = "CV2"


def search(page, site, prefix):
    page.goto(f"{site}{prefix}/directory/")
    page.locator("#directory-q").fill(WORDS)
    page.locator("#directory-where").fill(PLACE)
    page.locator(".directory-form button[type=submit]").click()
    page.locator("[data-local-results] .service-card").first.wait_for()


def names(page):
    return page.locator(".service-card__name").all_inner_texts()


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_back_to_your_results_shows_the_same_results(site, page, language, viewport):
    prefix = "" if language == "en" else f"/{language}"
    page.set_viewport_size(viewport)
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    search(page, site, prefix)
    before = names(page)
    assert len(before) >= 2
    second = page.locator("[data-local-results] .service-card__name a").nth(1)
    chosen = second.inner_text()
    second.click()

    back = page.locator("[data-back-to-results] button")
    back.wait_for()
    assert page.get_by_role("heading", level=1).inner_text() == chosen
    assert page.locator("[data-local-results]").count() == 0
    assert "/directory/service/" in page.url
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"back-to-results-{language}-{viewport['width']}-service.png"))

    back.click()
    page.locator("[data-local-results]").wait_for()
    assert names(page) == before
    assert page.locator("#directory-q").input_value() == WORDS
    assert page.url == f"{site}{prefix}/directory/"
    # Back where the visitor left: on the service they opened.
    assert page.evaluate("document.activeElement.textContent") == chosen
    page.screenshot(path=str(SHOTS / f"back-to-results-{language}-{viewport['width']}-results.png"))

    for url in urls:
        assert WORDS not in url.lower() and PLACE.lower() not in url.lower(), url
    assert page.evaluate(STORAGE_IS_EMPTY)
    assert page.context.cookies() == []


def test_without_javascript_a_service_opens_as_its_own_page(site, no_js_context):
    page = no_js_context.new_page()
    search(page, site, "")
    page.locator("[data-local-results] .service-card__name a").first.click()
    page.wait_for_url("**/directory/service/**")
    assert page.locator("[data-back-to-results]").is_hidden()
    assert page.get_by_role("link", name="Back to find a service").is_visible()
