"""The directory in the visitor's language, in Chromium over the demo: after a
search on /pl/directory/ every filter label, opening status, distance and
breadcrumb is Polish and no language is shown as a code; on /ar/ distances,
hours and the languages a service speaks are Arabic. At a phone's width and
a desktop's, with screenshots to look at."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from directory.taxonomies import TAXONOMIES
from directory.taxonomy_translations import TERM_NAMES

SHOTS = Path("/tmp")
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 800}
# A bare language code, as the language filter once showed "zh", "gu", "ku".
CODE = re.compile(r"^[a-z]{2,3}(-[a-z]+)?$")
# English the directory itself writes; none of it may be left on a Polish
# or Arabic page's filters, statuses, distances or breadcrumbs.
ENGLISH = [
    *(name for _taxonomy, terms in TAXONOMIES.values() for _code, name in terms),
    "What kind of help",
    "Specialist services",
    "Who it is for",
    "Language spoken",
    "Open now",
    "Open until",
    "Closed",
    "opens",
    "tomorrow",
    "miles",
    "Covers",
    "Hours not listed",
    "Holiday hours",
    "Home",
    "Find a service",
    "Campaigns",
    "Monday",
    "Friday",
    "am",
    "pm",
]
ENGLISH_WORD = re.compile(r"\b(" + "|".join(re.escape(phrase) for phrase in ENGLISH) + r")\b")
TERM_GROUPS = ("type", "role", "audience")

POLISH_STATUS = re.compile(
    r"^(Czynne teraz( · całą dobę)?|Czynne do: .+|Zamknięte( – otwarcie: .+)?"
    r"|W święta godziny mogą być inne – zadzwoń i zapytaj|Nie podano godzin( – zadzwoń i zapytaj)?)$"
)
POLISH_DISTANCE = re.compile(r"^(\d+,\d mili stąd|Obejmuje Twoją okolicę|Obejmuje obszar oddalony o \d+,\d mili)$")
ARABIC_STATUS = re.compile(
    r"^(مفتوحة الآن( · 24 ساعة)?|مفتوحة حتى .+|مغلقة( – تفتح .+)?"
    r"|قد تختلف الساعات في العطل – اتصل للاستفسار|الساعات غير مدرجة( – اتصل للاستفسار)?)$"
)
ARABIC_DISTANCE = re.compile(r"^(على بعد \d+\.\d ميل|تشمل منطقتك|تغطي منطقة على بعد \d+\.\d ميل)$")


def search(page, site, language, where):
    page.goto(f"{site}/{language}/directory/")
    page.locator("#directory-where").fill(where)
    page.locator(".directory-form button[type=submit]").first.click()
    expect(page.locator("[data-local-results] .service-card__name button").first).to_be_visible()


def open_filters(page):
    page.locator("details.filters > summary").click()
    for summary in page.locator("details.filter-group > summary").all():
        summary.click()


def option_labels(page, group):
    """{value: label as shown, without its count} of a filter group."""
    labels = {}
    for box in page.locator(f'input[name="{group}"]').all():
        label = box.locator("xpath=..").inner_text()
        labels[box.get_attribute("value")] = re.sub(r"\s*\(\d+\)$", "", label).strip()
    return labels


def local_facts(page):
    """(status, distance) of every local result card."""
    facts = []
    for card in page.locator("[data-local-results] .service-card").all():
        items = card.locator(".service-card__facts > li:not(.service-card__route)").all_inner_texts()
        facts.append((items[0].strip(), items[-1].strip()))
    return facts


def crumbs(page):
    return [text.strip() for text in page.locator("nav.breadcrumbs li").all_inner_texts()]


def assert_no_english(texts, where):
    for text in texts:
        assert not ENGLISH_WORD.search(text), (where, text)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_polish_directory_after_a_search_is_polish_throughout(site, page, viewport):
    page.set_viewport_size(viewport)
    search(page, site, "pl", "CV1")
    assert page.title().startswith("Znajdź usługę")
    assert crumbs(page) == ["Strona główna", "Znajdź usługę"]

    open_filters(page)
    for group in TERM_GROUPS:
        labels = option_labels(page, group)
        assert labels, group
        assert labels == {code: TERM_NAMES[code]["pl"] for code in labels}, group
        assert_no_english(labels.values(), group)
    languages = option_labels(page, "language")
    assert languages["pl"] == "polski" and languages["en"] == "angielski (English)"
    assert languages["zh"] == "chiński (中文)"
    assert not [label for label in languages.values() if CODE.match(label)], languages
    legends = page.locator("details.filter-group > summary").all_inner_texts()
    assert_no_english(legends, "filter groups")
    page.screenshot(path=str(SHOTS / f"localise-pl-filters-{viewport['width']}.png"), full_page=False)

    facts = local_facts(page)
    assert len(facts) >= 10
    for status, distance in facts:
        assert POLISH_STATUS.match(status), status
        assert POLISH_DISTANCE.match(distance), distance
    assert_no_english([status for status, _distance in facts], "statuses")
    page.locator("[data-local-results]").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / f"localise-pl-results-{viewport['width']}.png"))

    page.locator("[data-local-results] .service-card__name button", has_text="Eastern European").click()
    expect(page.locator("h1")).to_have_text("Example Eastern European Migrant Women's Support")
    assert crumbs(page) == ["Strona główna", "Znajdź usługę", "Example Eastern European Migrant Women's Support"]
    hours = page.locator("table.hours tr").all_inner_texts()
    assert [row.split("\t")[0].strip() for row in hours] == [
        "Poniedziałek",
        "Wtorek",
        "Środa",
        "Czwartek",
        "Piątek",
        "Sobota",
        "Niedziela",
    ]
    assert "od 09:00 do 17:00" in hours[0] and "od 18:00 do 20:00" in hours[3] and "Zamknięte" in hours[6]
    assert_no_english(hours, "opening hours")
    main = page.locator("main").inner_text()
    assert "Języki obsługi: angielski (English), polski, rumuński (română)" in main
    assert re.search(
        r"Sprawdzono: \d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia"
        r"|września|października|listopada|grudnia) \d{4}",
        main,
    )
    page.locator("table.hours").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / f"localise-pl-service-{viewport['width']}.png"))


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_arabic_directory_distances_hours_and_languages(site, page, viewport):
    page.set_viewport_size(viewport)
    search(page, site, "ar", "CV1")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert crumbs(page) == ["الصفحة الرئيسية", "ابحث عن خدمة"]
    facts = local_facts(page)
    assert len(facts) >= 10
    for status, distance in facts:
        assert ARABIC_STATUS.match(status), status
        assert ARABIC_DISTANCE.match(distance), distance
    open_filters(page)
    for group in TERM_GROUPS:
        labels = option_labels(page, group)
        assert labels == {code: TERM_NAMES[code]["ar"] for code in labels}, group
    languages = option_labels(page, "language")
    assert languages["ar"] == "العربية" and languages["so"] == "الصومالية (Soomaali)"
    assert not [label for label in languages.values() if CODE.match(label)], languages
    page.locator("[data-local-results]").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / f"localise-ar-results-{viewport['width']}.png"))

    page.locator("[data-local-results] .service-card__name button", has_text="Somali and Arabic").click()
    expect(page.locator("h1")).to_have_text("Example Somali and Arabic-Speaking Women's Group")
    spoken = page.locator("main li", has_text="اللغات المتاحة").inner_text()
    names = spoken.split(":", 1)[1].split("،")
    assert [name.strip() for name in names] == ["العربية", "الإنجليزية (English)", "الصومالية (Soomaali)"]
    hours = page.locator("table.hours tr").all_inner_texts()
    assert hours[0].split("\t")[0].strip() == "الاثنين" and "من 09:00 إلى 17:00" in hours[0]
    assert_no_english(hours, "opening hours")
    page.locator("main li", has_text="اللغات المتاحة").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / f"localise-ar-service-{viewport['width']}.png"))


@pytest.mark.parametrize(("language", "campaigns"), [("pl", "Kampanie"), ("so", "Ololeyaal"), ("ar", "الحملات")])
def test_campaign_breadcrumbs_name_the_campaigns_in_the_visitors_language(site, page, language, campaigns):
    page.set_viewport_size(PHONE)
    page.goto(f"{site}/{language}/campaigns/love-shouldnt-hurt/")
    assert crumbs(page)[1] == campaigns
    page.goto(f"{site}/{language}/campaigns/")
    assert page.title().startswith(campaigns)
