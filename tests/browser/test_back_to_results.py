"""A search that remembers without storing, in Chromium on a phone and a
desktop, in English and in Arabic: search, open a service, press "Back to
your results", and the same results show, with the words still in the box.
No address the browser visited holds the words, and nothing is stored.
Without JavaScript the result's name POSTs the search to the service page,
whose "Back to your results" POSTs it to the search again. Screenshots go
to var/shots/."""

from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.test_crawl import STORAGE_IS_EMPTY

SHOTS = Path(settings.BASE_DIR) / "var" / "shots"
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
WORDS = "counselling"
PLACE = "CV2"
RESULT_NAMES = ".service-card__name :is(a, button)"


def search(page, site, prefix, place=PLACE):
    page.goto(f"{site}{prefix}/directory/")
    page.locator("#directory-q").fill(WORDS)
    page.locator("#directory-where").fill(place)
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
    second = page.locator(f"[data-local-results] {RESULT_NAMES}").nth(1)
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


@pytest.mark.parametrize("language", ["en", "ar"])
def test_without_javascript_back_to_your_results_sends_the_search_again(site, no_js_context, language):
    prefix = "" if language == "en" else f"/{language}"
    page = no_js_context.new_page()
    page.set_viewport_size(PHONE)
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    search(page, site, prefix, place="CV1 2AB")
    heading = page.locator("[data-results-heading]").inner_text()
    before = names(page)
    assert len(before) >= 3
    second = page.locator(f"[data-local-results] {RESULT_NAMES}").nth(1)
    chosen = second.inner_text()
    second.click()

    page.wait_for_url("**/directory/service/**")
    assert page.get_by_role("heading", level=1).inner_text() == chosen
    back = page.locator("[data-back-to-results] button")
    assert back.is_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"back-to-results-nojs-{language}-360-service.png"))

    back.click()
    page.locator("[data-local-results]").wait_for()
    assert page.locator("[data-results-heading]").inner_text() == heading
    assert names(page)[:5] == before[:5] and len(names(page)) == len(before)
    assert page.locator("#directory-q").input_value() == WORDS
    assert page.locator("#directory-where").input_value() == "CV1 2AB"
    # Back where the visitor left: the service they opened is in view.
    # The browser scrolls to the service's anchor once the page has loaded,
    # so wait for that rather than reading the position at once.
    opened = page.locator(f"[data-local-results] {RESULT_NAMES}", has_text=chosen)
    expect(opened).to_be_in_viewport()
    page.screenshot(path=str(SHOTS / f"back-to-results-nojs-{language}-360-results.png"))

    assert len(urls) >= 4
    for url in urls:
        assert WORDS not in url.lower() and "cv1" not in url.lower() and "2ab" not in url.lower(), url
    assert no_js_context.cookies() == []


def test_without_javascript_a_shared_service_address_has_no_back_button(site, no_js_context):
    page = no_js_context.new_page()
    search(page, site, "")
    address = page.locator(f"[data-local-results] {RESULT_NAMES}").first.get_attribute("formaction")
    page.goto(site + address)
    assert page.locator("[data-back-to-results]").is_hidden()
    assert page.get_by_role("link", name="Back to find a service").is_visible()
