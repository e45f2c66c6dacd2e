"""The same three pages in every language, in Chromium: lang and dir, the
switcher keeps the page, the hreflang set, the English fallback notice, no
sideways scrolling on a 320 px screen in right-to-left languages, and no
accessibility violations found by axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings

from demo.translated_content import PAGES

PAGE_PATHS = ["/", "/staying-safe-online/", "/directory/"]
RIGHT_TO_LEFT = {"ur", "ar"}


def localised(path, code):
    return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"


@pytest.mark.parametrize("code", [code for code, _ in settings.LANGUAGES])
def test_pages_in_each_language(site, page, code):
    page.set_viewport_size({"width": 320, "height": 640})
    all_codes = {c for c, _ in settings.LANGUAGES}
    for path in PAGE_PATHS:
        page.goto(site + localised(path, code))
        html = page.locator("html")
        assert html.get_attribute("lang") == code
        assert html.get_attribute("dir") == ("rtl" if code in RIGHT_TO_LEFT else "ltr")

        alternates = page.locator('link[rel="alternate"]')
        hreflangs = {alternates.nth(i).get_attribute("hreflang") for i in range(alternates.count())}
        assert hreflangs == all_codes | {"x-default"}

        has_notice = page.locator(".fallback-notice").count() == 1
        expect_notice = path != "/directory/" and code != settings.LANGUAGE_CODE and code not in PAGES
        assert has_notice == expect_notice, (code, path)

        results = Axe().run(page)
        assert results.violations_count == 0, (code, path, results.generate_report())

        if code in RIGHT_TO_LEFT:
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (code, path)
            assert page.locator(".exit-button").is_visible()


def test_switcher_keeps_the_page(site, page):
    page.goto(site + "/pl/staying-safe-online/")
    page.locator('.language-switcher a[hreflang="cy"]').click()
    page.wait_for_url(site + "/cy/staying-safe-online/")
    page.locator('.language-switcher a[hreflang="en"]').click()
    page.wait_for_url(site + "/staying-safe-online/")
    page.goto(site + "/ar/directory/")
    page.locator('.language-switcher a[hreflang="ur"]').click()
    page.wait_for_url(site + "/ur/directory/")
