"""The core pages in Punjabi, Bengali, Somali, Romanian and Chinese, on a
360 px phone in Chromium: each in its own language, with no English
fallback and nothing wider than the screen."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from campaigns.models import CampaignPage

PHONE = {"width": 360, "height": 640}
SLUGS = ["is-it-coercive-control", "love-shouldnt-hurt"]
# Sentences of the English bodies: none may show on another language's page.
ENGLISH = ["If you are in danger now", "Use a private browsing window", "Love should feel safe", "Call 0800 1111."]


def core_paths(code, django_db_blocker):
    paths = [f"/{code}/", f"/{code}/staying-safe-online/"]
    with django_db_blocker.unblock(), translation.override(code):
        for slug in SLUGS:
            url = CampaignPage.objects.get(slug_en=slug).get_url()
            paths += [url, url + "easy-read/"]
    return paths


def page_width(page, url):
    page.goto(url)
    return page.evaluate("() => document.documentElement.scrollWidth")


@pytest.mark.parametrize("code", ["pa", "bn", "so", "ro", "zh-hans"])
def test_the_core_pages_read_in_their_own_language_on_a_phone(site, page, django_db_blocker, code):
    page.set_viewport_size(PHONE)
    english = core_paths("en", django_db_blocker)
    # The quiz's list of services is wider than a phone in English too (its
    # services' text is English in every language); a translation must not
    # make any page wider than the English one, nor than the phone.
    widest = [max(PHONE["width"], page_width(page, site + path)) for path in english]
    for path, limit in zip(core_paths(code, django_db_blocker), widest, strict=True):
        response = page.goto(site + path)
        assert response and response.status == 200, path
        expect(page.locator("html")).to_have_attribute("lang", code)
        expect(page.locator(".fallback-notice")).to_have_count(0)
        main = page.locator("main").inner_text()
        assert not [words for words in ENGLISH if words in main], path
        assert page.evaluate("() => document.documentElement.scrollWidth") <= limit, path
        if code in ("pa", "bn", "zh-hans") and (path.endswith("easy-read/") or path == f"/{code}/"):
            kind = "easy-read" if path.endswith("easy-read/") else "home"
            slug = next((slug for slug in SLUGS if slug in path), "")
            page.screenshot(path=f"/tmp/content-{code}-{kind}{'-' + slug if slug else ''}.png", full_page=True)
