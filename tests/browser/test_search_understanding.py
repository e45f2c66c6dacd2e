"""Search that understands people, on a 360 px phone in Chromium, in
English and in Arabic: "help" near a Coventry postcode lists the local
services, and "domestc abuse" finds results with a "Did you mean" button
that searches again for "domestic abuse". No address the browser visited
holds the words or the postcode. Screenshots go to var/shots/."""

from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

SHOTS = Path(settings.BASE_DIR) / "var" / "shots"
PHONE = {"width": 360, "height": 640}
PLACE = "CV1 2AB"


def search(page, words):
    page.locator("#directory-q").fill(words)
    page.locator("#directory-where").fill(PLACE)
    page.locator(".directory-form button[type=submit]").first.click()


def local_names(page):
    return page.locator("[data-local-results] .service-card__name").all_inner_texts()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_help_and_a_misspelling_find_services_near_a_postcode(site, page, language):
    prefix = "" if language == "en" else f"/{language}"
    page.set_viewport_size(PHONE)
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    page.goto(f"{site}{prefix}/directory/")

    search(page, "help")
    page.locator("[data-local-results] .service-card").first.wait_for()
    # Every local service near the postcode, not "0 services found".
    assert len(local_names(page)) >= 10
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"search-help-{language}-360.png"))

    search(page, "domestc abuse")
    button = page.locator("[data-did-you-mean]")
    button.wait_for()
    assert button.inner_text() == "domestic abuse"
    assert button.is_visible()
    box = button.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    misspelt = local_names(page)
    assert len(misspelt) >= 5 and any("Domestic Abuse" in name for name in misspelt[:5])
    page.screenshot(path=str(SHOTS / f"search-did-you-mean-{language}-360.png"))

    button.click()
    expect(page.locator("#directory-q")).to_have_value("domestic abuse")
    assert page.locator("[data-did-you-mean]").count() == 0
    assert local_names(page) == misspelt
    page.screenshot(path=str(SHOTS / f"search-corrected-{language}-360.png"))

    assert page.url == f"{site}{prefix}/directory/"
    for url in urls:
        lowered = url.lower()
        for words in ("help", "domest", "abuse", "cv1", "2ab"):
            assert words not in lowered, url
