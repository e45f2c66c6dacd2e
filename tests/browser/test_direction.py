"""Direction-safe text, as Chromium lays it out.

In Arabic and Urdu every phone number must read in its logical order: the
digit groups of "0800 1111" laid out left to right, "0800" first, measured
on the screen. And on every page in a language not written in Latin script,
each run of Latin letters must be isolated or marked as another language,
or the bidi algorithm moves its punctuation ("+LGBT", ".abuse")."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from campaigns.models import CampaignPage
from directory.models import Service
from translations.direction import is_latin_script

# For each phone number in the page's visible text, the screen position of
# each of its digit groups, from a DOM Range over the group's own
# characters: where Chromium put them, not what the DOM says.
DIGIT_GROUPS_ON_SCREEN = r"""() => {
  const number = /(?:\+44\s?(?:\(0\)\s?)?\d{2,4}(?:\s\d{3,4}){1,2}|\b0\d{2,4}(?:\s\d{3,4}){1,2}|\b116\s\d{3})(?!\d)/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("script, style, template, .visually-hidden")) continue;
    for (const match of node.data.matchAll(number)) {
      const groups = [];
      for (const group of match[0].matchAll(/\d+/g)) {
        const range = document.createRange();
        const start = match.index + group.index;
        range.setStart(node, start);
        range.setEnd(node, start + group[0].length);
        const rect = range.getBoundingClientRect();
        groups.push({digits: group[0], left: rect.left, top: rect.top, height: rect.height});
      }
      if (groups.every(group => group.height > 0)) found.push({number: match[0], groups});
    }
  }
  return found;
}"""

# Each text node's runs of two or more Latin letters that have no element
# around them saying they are left to right (<bdi>, dir="ltr") or in a
# language written in Latin script (lang="en", lang="pl"...).
UNMARKED_LATIN = r"""(latinLanguages) => {
  const latin = /[A-Za-z\u00c0-\u024f]{2,}/;
  const marked = element => {
    for (let at = element; at; at = at.parentElement) {
      if (at.tagName === "BDI" || at.getAttribute("dir") === "ltr") return true;
      const lang = at.getAttribute("lang");
      if (lang) return latinLanguages.includes(lang.toLowerCase().split("-")[0]);
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const unmarked = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent.closest("script, style, template, noscript, textarea, option")) continue;
    if (latin.test(node.data) && !marked(parent)) unmarked.push(node.data.trim().slice(0, 80));
  }
  return unmarked;
}"""

RIGHT_TO_LEFT = ["ar", "ur"]
LATIN_LANGUAGES = [code.split("-")[0] for code, _name in settings.LANGUAGES if is_latin_script(code)]


def page_types(language):
    """One address of each public page type in `language`: every page (home,
    campaigns, their index, information pages such as "Staying safe
    online"), each campaign's easy read, directory results, a service page,
    the printable sheet, the site search and a page not found."""
    service = Service.objects.filter(live=True, name="Example Domestic Abuse Helpline").get()
    with translation.override(language):
        pages = [page.get_url() for page in Page.objects.live().public().filter(depth__gt=1).specific()]
        easy_read = [
            page.get_url() + "easy-read/" for page in CampaignPage.objects.live().public() if page.easy_read_body
        ]
        directory = reverse("directory:search")
        return [
            *pages,
            *easy_read,
            # A shared link of a search: results without the form's POST.
            directory + "?q=domestic+abuse",
            reverse("directory:service", args=[service.uuid]),
            reverse("directory:sheet") + f"?s={service.uuid}",
            reverse("search"),
            reverse("search").removesuffix("search/") + "no-such-page/",
        ]


def misread_numbers(page):
    misread = []
    for found in page.evaluate(DIGIT_GROUPS_ON_SCREEN):
        groups = found["groups"]
        if any(abs(group["top"] - groups[0]["top"]) > groups[0]["height"] / 2 for group in groups):
            continue  # wrapped onto two lines: no left-to-right order to compare
        shown = " ".join(group["digits"] for group in sorted(groups, key=lambda group: group["left"]))
        if shown != " ".join(group["digits"] for group in groups):
            misread.append(f"{found['number']} shows as {shown}")
    return misread


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_phone_numbers_read_in_order_in_right_to_left_pages(site, browser, language, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    checked, misread = 0, {}
    for path in page_types(language):
        page.goto(site + path)
        checked += len(page.evaluate(DIGIT_GROUPS_ON_SCREEN))
        if wrong := misread_numbers(page):
            misread[path] = wrong
    if width == 360:
        page.screenshot(path=f"/tmp/bidi-{language}-{width}-last.png", full_page=True)
    context.close()
    assert checked >= 10, "too few phone numbers found to prove anything"
    assert misread == {}


def test_childline_reads_0800_1111_on_arabic_easy_read(site, page):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(site + "/ar/campaigns/love-shouldnt-hurt/easy-read/")
    childline = [found for found in page.evaluate(DIGIT_GROUPS_ON_SCREEN) if found["number"] == "0800 1111"]
    assert childline, "Childline's number is not on the page"
    for found in childline:
        first, second = found["groups"]
        assert first["left"] < second["left"], "0800 1111 shows as 1111 0800"
    page.screenshot(path="/tmp/bidi-ar-easy-read-360.png", full_page=True)


def test_every_latin_run_is_isolated_or_marked_in_non_latin_languages(site, page):
    unmarked = {}
    pages = 0
    for code, _name in settings.LANGUAGES:
        if is_latin_script(code):
            continue
        for path in page_types(code):
            page.goto(site + path)
            pages += 1
            if runs := page.evaluate(UNMARKED_LATIN, LATIN_LANGUAGES):
                unmarked[path] = runs
    assert pages >= 5 * 15
    assert unmarked == {}


@pytest.mark.parametrize("language", ["pl", "ar"])
def test_directory_text_without_a_translation_is_marked_english(site, page, language):
    """Service names shown in English for want of a translation carry
    lang="en", those translated carry the page's language, and one notice
    says some details are only in English."""
    page.goto(site + f"/{language}/directory/?q=domestic+abuse")
    cards = page.locator(".service-card")
    assert cards.count() > 5
    own_field = f"name_{language}"
    english = translated = 0
    for index in range(cards.count()):
        card = cards.nth(index)
        uuid = card.get_attribute("id").removeprefix("service-")
        service = Service.objects.get(uuid=uuid)
        name = card.locator(".service-card__name > *").first
        lang = name.evaluate("element => (element.querySelector('[lang]') || element.closest('[lang]')).lang")
        if getattr(service, own_field):
            translated += 1
            assert lang == language, service.name
        else:
            english += 1
            assert lang == "en", service.name
    assert english, "no card shows English, so nothing was checked"
    assert page.locator("#results .english-notice").count() == 1


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_service_page_marks_its_english_text_and_says_so_once(site, page, language):
    service = Service.objects.filter(live=True, name="Example Domestic Abuse Helpline").get()
    assert not getattr(service, f"summary_{language}"), "the demo translated this summary: pick another service"
    page.goto(
        site + reverse("directory:service", args=[service.uuid]).replace("/directory/", f"/{language}/directory/", 1)
    )
    assert page.locator(".service-detail .lead").get_attribute("lang") == "en"
    assert page.locator(".breadcrumbs [aria-current=page] [lang=en]").count() == int(
        not getattr(service, f"name_{language}")
    )
    notice = page.locator(".service-detail .english-notice")
    assert notice.count() == 1
    # The notice is in the visitor's language, not the English it warns of.
    assert "English" not in notice.inner_text()
    page.goto(site + reverse("directory:service", args=[service.uuid]))
    assert page.locator(".english-notice").count() == 0, "English pages have nothing to warn of"
    assert page.locator(".service-detail [lang=en]").count() == 0
