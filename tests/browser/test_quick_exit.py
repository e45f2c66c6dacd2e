"""Quick exit in Chromium: by click, by Shift three times, and without JavaScript."""

import pytest

from tests.browser.conftest import NEUTRAL_URL
from waymark.models import DEFAULT_EXIT_URL


def open_from_neutral_page(page, url):
    page.goto(NEUTRAL_URL)
    page.goto(url)


def test_click_exits_and_back_skips_the_site(site, page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    open_from_neutral_page(page, site + "/staying-safe-online/")
    page.locator(".exit-button").click()
    page.wait_for_url(DEFAULT_EXIT_URL)
    assert site + "/exit/clear" in requests
    page.go_back()
    assert page.url == NEUTRAL_URL


def test_exit_hides_the_page_at_once(site, context, page):
    # A 204 answer cancels the exit navigation, so the page it leaves behind stays to be inspected.
    context.route(DEFAULT_EXIT_URL, lambda route: route.fulfill(status=204))
    page.goto(site + "/")
    page.locator(".exit-button").click()
    assert page.locator("main").is_hidden()
    assert page.locator(".site-header").is_hidden()
    assert page.title() == "Loading"


def test_shift_three_times_exits_with_spoken_progress(site, page):
    open_from_neutral_page(page, site + "/")
    status = page.locator("[data-exit-status]")
    assert status.get_attribute("role") == "status"
    page.keyboard.press("Shift")
    assert status.inner_text() == "Shift, press 2 more times to exit."
    page.keyboard.press("Shift")
    assert status.inner_text() == "Shift, press 1 more time to exit."
    page.keyboard.press("Shift")
    page.wait_for_url(DEFAULT_EXIT_URL)
    page.go_back()
    assert page.url == NEUTRAL_URL


def test_shift_used_with_other_keys_does_not_count(site, page):
    page.goto(site + "/search/")
    page.locator("#search-q").click()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift+B")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url == site + "/search/"
    assert page.locator("#search-q").input_value() == "AB"


def test_escape_does_not_exit(site, page):
    page.goto(site + "/")
    for _ in range(3):
        page.keyboard.press("Escape")
    assert page.url == site + "/"


def test_without_javascript_exit_links_are_plain_links(site, no_js_context):
    page = no_js_context.new_page()
    open_from_neutral_page(page, site + "/")
    links = page.locator("[data-exit]")
    assert links.count() == 2
    for index in range(2):
        assert links.nth(index).get_attribute("href") == DEFAULT_EXIT_URL
        assert links.nth(index).get_attribute("rel") == "noreferrer"
    page.locator(".exit-button").click()
    page.wait_for_url(DEFAULT_EXIT_URL)


def test_secondary_exit_link_is_the_first_thing_keyboard_users_reach(site, page):
    page.goto(site + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.outerHTML")
    assert "data-exit" in focused
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main-content"


@pytest.mark.parametrize("width,height", [(320, 640), (1280, 800)])
def test_exit_button_stays_visible_and_uncovered_while_scrolling(site, page, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(site + "/staying-safe-online/")
    page.mouse.wheel(0, 5000)
    page.wait_for_function("() => window.scrollY > 200")
    box = page.locator(".exit-button").bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= height
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    on_top = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('.exit-button') !== null",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert on_top


def test_exit_button_is_hidden_in_print(site, page):
    page.goto(site + "/")
    assert page.locator(".exit-button").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".exit-button").is_hidden()
