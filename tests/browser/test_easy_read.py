"""Easy read in Chromium, on every published easy read page in every
language: it ends with help a thumb can reach (a helpline from the
directory and 999, each a big tel: link), and its words keep the easy
read rules as the visitor sees them: no sentence over the limit and, in
the languages the checker knows, no passive sentence."""

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from campaigns.plain_words import is_passive
from campaigns.readability import sentence_length, sentences

PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 800}
LANGUAGES = [code for code, _name in settings.LANGUAGES]
MIN_TAP_HEIGHT = 44

# Each easy read line as shown, the editor's and the "Get help" box's, with
# the language it is marked as (an untranslated page is English, marked
# lang="en").
READ_LINES = """() => [...document.querySelectorAll('.easy-read-row__text p')].map(
    (p) => [p.innerText, p.closest('[lang]').getAttribute('lang')])"""
# Records where a tap would have gone, instead of leaving for the dialler.
CATCH_TAPS = """() => { window.tappedHref = null; document.addEventListener('click', (event) => {
    const link = event.target.closest('a'); if (link) { window.tappedHref = link.getAttribute('href');
    event.preventDefault(); } }, true); }"""

FIRST_GROUP_IS_LEFT = """(node) => { const text = node.firstChild, words = text.textContent;
    const firstEnd = words.indexOf(' '), lastStart = words.lastIndexOf(' ') + 1;
    if (firstEnd < 0) return true;
    const first = document.createRange(), last = document.createRange();
    first.setStart(text, 0); first.setEnd(text, firstEnd);
    last.setStart(text, lastStart); last.setEnd(text, words.length);
    return first.getBoundingClientRect().left < last.getBoundingClientRect().left; }"""


def digits(text):
    return re.sub(r"\D", "", text)


@pytest.fixture
def easy_read_pages(site, django_db_blocker):
    """(path, audiences, {service name: its phone numbers}) of every
    published campaign with an easy read version, read from the database
    the server uses."""
    from campaigns.models import CampaignPage
    from directory.models import ContactRoute

    with django_db_blocker.unblock():
        pages = [
            (page.url + "easy-read/", set(page.audiences.values_list("slug", flat=True)))
            for page in CampaignPage.objects.live().public().specific()
            if page.has_easy_read
        ]
        numbers = {}
        for name, number in ContactRoute.objects.filter(kind=ContactRoute.Kind.CALL).values_list(
            "service__name", "number"
        ):
            numbers.setdefault(name, set()).add(digits(number))
    assert len(pages) >= 5
    return pages, numbers


@pytest.fixture
def thumb(browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_easy_read_page_ends_with_numbers_to_tap_and_keeps_the_rules(site, thumb, easy_read_pages, language):
    pages, directory_numbers = easy_read_pages
    prefix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
    for path, audiences in pages:
        thumb.goto(site + prefix + path)
        where = f"{prefix}{path}"
        help_box = thumb.locator(".easy-read-help")
        expect(help_box).to_be_visible()
        # It ends the page: it comes after every one of the editor's blocks.
        assert thumb.evaluate(
            "() => [...document.querySelectorAll('.easy-read__body .easy-read-row')].every((row) =>"
            " row.compareDocumentPosition(document.querySelector('.easy-read-help'))"
            " & Node.DOCUMENT_POSITION_FOLLOWING)"
        )

        calls = help_box.locator('a[href^="tel:"]')
        hrefs = [link.get_attribute("href") for link in calls.all()]
        assert "tel:999" in hrefs, where
        helplines = [link for link in calls.all() if link.get_attribute("href") != "tel:999"]
        assert helplines, f"{where}: no helpline to call"
        for link in calls.all():
            expect(link).to_be_visible()
            box = link.bounding_box()
            assert box["height"] >= MIN_TAP_HEIGHT and box["width"] >= MIN_TAP_HEIGHT, (where, box)
            number = link.locator("[dir=ltr]")
            # What the visitor reads is what the phone dials.
            assert digits(link.get_attribute("href")) == digits(number.inner_text()), where
        for link in helplines:
            name = link.locator("bdi").inner_text()
            assert digits(link.get_attribute("href")) in directory_numbers.get(name, set()), (where, name)
        if "young-people" in audiences and "Childline" in directory_numbers:
            assert [link for link in helplines if link.locator("bdi").inner_text() == "Childline"], where

        lines = thumb.evaluate(READ_LINES)
        assert lines, where
        for text, lang in lines:
            for sentence in sentences(text):
                length, limit = sentence_length(sentence, lang)
                assert length <= limit, (where, sentence)
                assert not is_passive(sentence, lang), (where, sentence)

    # Tapping the first helpline goes to its number, and nowhere else.
    thumb.evaluate(CATCH_TAPS)
    first = thumb.locator(".easy-read-help a[href^='tel:']").first
    first.tap()
    tapped = thumb.evaluate("() => window.tappedHref")
    assert tapped.startswith("tel:") and digits(tapped) == digits(first.locator("[dir=ltr]").inner_text())


@pytest.mark.parametrize("language, viewport", [("en", PHONE), ("ar", PHONE), ("ur", PHONE), ("en", DESKTOP)])
def test_screenshots_of_the_get_help_box(site, browser, language, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    prefix = "" if language == "en" else f"/{language}"
    page.goto(site + prefix + "/campaigns/love-shouldnt-hurt/easy-read/")
    box = page.locator(".easy-read-help")
    box.scroll_into_view_if_needed()
    expect(box.locator('a[href="tel:999"]')).to_be_visible()
    # In a right-to-left page too, every number reads left to right: its
    # first digit group is drawn left of its last ("0800 1111", not "1111 0800").
    for number in box.locator("a[href^='tel:'] [dir=ltr]").all():
        assert number.evaluate(FIRST_GROUP_IS_LEFT), number.inner_text()
    page.screenshot(path=f"/tmp/easyread-{language}-{viewport['width']}.png", full_page=True)
    box.screenshot(path=f"/tmp/easyread-{language}-{viewport['width']}-box.png")
    context.close()
