"""Signposting mode in Chromium, on a phone and a desktop, in English and in
Arabic, with and without JavaScript. Off, as every visitor first finds the
directory, no card shows a shortlist control and no sheet bar takes up the
screen: a card offers its phone number. The switch under the search turns
the mode on without losing the search, and off again; it is remembered in
no cookie and no storage. Screenshots go to var/shots/."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.test_crawl import STORAGE_IS_EMPTY

SHOTS = Path(settings.BASE_DIR) / "var" / "shots"
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
# Anything a visitor could use to put a service on a sheet.
SHORTLIST_CONTROLS = "[data-sheet-pick], .service-card__pick, [data-sheet-form], .sheet-add"


def search_near_coventry(page, site, prefix):
    page.goto(f"{site}{prefix}/directory/")
    page.locator("#directory-where").fill("CV1 1AA")
    page.locator(".directory-form button[type=submit]").click()
    page.locator("[data-local-results] .service-card").first.wait_for()


def shoot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"signposting-{name}.png"))


def journey(page, site, language, name):
    prefix = "" if language == "en" else f"/{language}"
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    search_near_coventry(page, site, prefix)
    cards = page.locator(".service-card")
    assert cards.count() >= 10
    assert page.locator(SHORTLIST_CONTROLS).count() == 0
    # A card's only controls are its name (a button that carries the
    # search) and its contact routes.
    assert page.locator(".service-card").locator("input, select").count() == 0
    assert page.locator(".service-card button").count() == page.locator(".service-card__name button").count()
    first = page.locator("[data-local-results] .service-card").first
    call = first.locator('a[href^="tel:"]')
    first.scroll_into_view_if_needed()
    assert call.is_visible()
    shoot(page, f"{name}-off")

    switch = page.locator(".signposting-switch button")
    assert switch.count() == 1 and switch.is_visible()
    switch.click()
    page.locator("[data-sheet-form]").wait_for()
    # The same search, now with a box on every card and the sheet bar.
    assert page.locator("#directory-where").input_value() == "CV1 1AA"
    assert page.locator("[data-sheet-pick]").count() == page.locator(".service-card").count() >= 10
    page.locator("[data-local-results] .service-card").first.scroll_into_view_if_needed()
    shoot(page, f"{name}-on")

    # A service page opened in the mode offers "Add to signposting sheet" and the way to turn it off.
    page.locator("[data-local-results] .service-card__name :is(a, button)").first.click()
    page.locator(".sheet-add").wait_for()
    page.locator(".signposting-switch a").click()
    page.locator(".signposting-switch a").wait_for()
    assert page.locator(SHORTLIST_CONTROLS).count() == 0
    assert page.locator('.service-detail a[href^="tel:"]').first.is_visible()
    shoot(page, f"{name}-service-off")

    # The mode and the search were remembered by nothing but the page.
    for url in urls:
        assert "cv1" not in url.lower(), url
    assert page.evaluate(STORAGE_IS_EMPTY)
    assert page.context.cookies() == []


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_mode_off_shows_no_shortlist_control_and_the_switch_brings_them(site, page, language, viewport):
    page.set_viewport_size(viewport)
    journey(page, site, language, f"{language}-{viewport['width']}")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_switch_works_without_javascript(site, no_js_context, language):
    page = no_js_context.new_page()
    page.set_viewport_size(PHONE)
    journey(page, site, language, f"{language}-{PHONE['width']}-no-js")
