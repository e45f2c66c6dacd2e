"""The home page's front door, in Chromium: on a 360×640 phone and on a
desktop, in English and Arabic, the headline helplines, the postcode box and
the topic buttons are above the fold; from the home page, typing a CV
postcode and two taps reach a dialable number for a local domestic abuse
service with its status or hours, with and without JavaScript, and no
address the browser visits holds the postcode."""

import re
from urllib.parse import unquote_plus

import pytest

from .conftest import elsewhere, outside_world, watched_context
from .test_thumb import PHONE, shoot, too_small

DESKTOP = {"width": 1280, "height": 800}
LANGUAGES = {"": "Domestic abuse", "/ar": "الإساءة المنزلية"}
# What a card or service page says of its hours: a status, or hours in words.
STATUS = re.compile(r"Open now|Open until|Closed – opens|Hours not listed|Holiday hours|[0-9]")


def below(box, height):
    return box["y"] + box["height"] > height


def front_door_boxes(page):
    return {
        "helplines": page.locator(".helplines").bounding_box(),
        "postcode box": page.locator("#front-door-where").bounding_box(),
        "search button": page.locator(".front-door__search .search-form__row button").bounding_box(),
        "first topic": page.locator(".topic").first.bounding_box(),
        "last topic": page.locator(".topic").last.bounding_box(),
    }


@pytest.mark.parametrize("prefix", list(LANGUAGES))
def test_on_a_phone_helplines_postcode_box_and_first_topics_are_above_the_fold(site, context, prefix):
    page = context.new_page()
    page.set_viewport_size(PHONE)
    page.goto(site + prefix + "/")

    helplines = page.locator(".helplines a.helpline")
    assert helplines.count() == 2
    first = helplines.first
    assert first.get_attribute("href") == "tel:08082000247"
    assert first.locator(".helpline__number").get_attribute("dir") == "ltr"
    assert first.locator(".helpline__number").inner_text() == "0808 2000 247"
    if not prefix:
        assert [line.locator(".helpline__name").inner_text() for line in helplines.all()] == [
            "National Domestic Abuse Helpline",
            "Example Coventry Domestic Abuse Helpline",
        ]
        assert helplines.nth(1).locator(".helpline__status").inner_text() == "Open now · 24 hours"

    boxes = front_door_boxes(page)
    # Helplines, the postcode box and the first row of topics whole above the fold.
    for name in ("helplines", "postcode box", "search button", "first topic"):
        assert not below(boxes[name], PHONE["height"]), (name, boxes[name])
    # With JavaScript, "Use my location" shares the row of the box's label.
    locate = page.locator(".front-door__search [data-geolocate]")
    assert locate.is_visible() and not below(locate.bounding_box(), PHONE["height"])
    # 999 stays on the page, its number prominent and tappable.
    assert page.locator('.get-help a[href="tel:999"]').first.is_visible()

    assert too_small(helplines, 0, 44) == []
    assert too_small(page.locator(".front-door button, .front-door input[type=text]"), 24, 44) == []
    assert page.locator("html").get_attribute("dir") == ("rtl" if prefix else "ltr")
    shoot(page, f"front-door{prefix.replace('/', '-') or '-en'}")


@pytest.mark.parametrize("prefix", list(LANGUAGES))
def test_on_a_desktop_the_whole_front_door_is_above_the_fold(site, context, prefix):
    page = context.new_page()
    page.set_viewport_size(DESKTOP)
    page.goto(site + prefix + "/")
    for name, box in front_door_boxes(page).items():
        assert not below(box, DESKTOP["height"]), (name, box)


def visited(context):
    """Every address the browser asks for or shows, as a list to check."""
    urls = []
    context.on("request", lambda request: urls.append(request.url))
    context.on("page", lambda page: page.on("framenavigated", lambda frame: urls.append(frame.url)))
    return urls


def postcode_in(urls):
    return [url for url in urls if re.search(r"cv1|2ab", unquote_plus(url), re.I)]


def local_domestic_abuse_results(page):
    page.locator("[data-local-results] .service-card").first.wait_for()
    cards = page.locator("[data-local-results] .service-card").filter(has_text="Domestic Abuse")
    assert cards.count() >= 2
    for card in cards.all():
        assert card.locator('a[href^="tel:"]').count() == 1, card.inner_text()
    return cards


def two_taps_to_a_dialable_number(page, base, topic):
    page.goto(base + "/")
    page.locator("#front-door-where").fill("CV1 2AB")
    page.get_by_role("button", name=topic, exact=True).click()  # tap 1
    cards = local_domestic_abuse_results(page)
    heading = page.locator("[data-results-heading]")
    assert heading.is_visible()
    # The search the front door ran is the directory's, filled in as sent.
    assert page.locator("#directory-where").input_value() == "CV1 2AB"
    assert page.locator("#directory-q").input_value() == "domestic abuse"

    helpline = cards.filter(has_text="Example Coventry Domestic Abuse Helpline")
    helpline.locator(".service-card__name :is(a, button)").click()  # tap 2
    page.locator(".service-detail h1").wait_for()
    assert page.locator(".service-detail h1").inner_text() == "Example Coventry Domestic Abuse Helpline"
    call = page.locator('.service-detail a[href^="tel:"]').first
    assert call.is_visible() and re.fullmatch(r"tel:[0-9]+", call.get_attribute("href"))
    status = page.locator(".service-detail .is-open, .service-detail .is-closed")
    hours = page.locator(".service-detail .hours")
    assert (status.count() and STATUS.search(status.first.inner_text())) or hours.is_visible()


@pytest.mark.parametrize("prefix", list(LANGUAGES))
def test_a_postcode_and_two_taps_reach_a_dialable_local_domestic_abuse_service(browser, site, prefix):
    context = watched_context(browser)
    outside_world(context)
    urls = visited(context)
    page = context.new_page()
    page.set_viewport_size(PHONE)
    two_taps_to_a_dialable_number(page, site + prefix, LANGUAGES[prefix])
    # With JavaScript the results were swapped into the home page, which
    # took the directory's stylesheet and script from them: the service
    # opened in their place offers the way back.
    assert page.locator('link[rel=stylesheet][href*="directory"]').count() == 1
    assert page.locator("[data-back-to-results] button").is_visible()
    context.close()
    assert postcode_in(urls) == []
    assert elsewhere(context.requests, site) == []
    assert context.console_errors == []


def test_the_same_two_taps_work_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    outside_world(context)
    urls = visited(context)
    page = context.new_page()
    page.set_viewport_size(PHONE)
    two_taps_to_a_dialable_number(page, site, "Domestic abuse")
    context.close()
    assert postcode_in(urls) == []
    assert any(url.endswith("/directory/") for url in urls)


def test_use_my_location_searches_near_the_device_without_putting_it_in_an_address(browser, site):
    context = browser.new_context(geolocation={"latitude": 52.4081, "longitude": -1.5106}, permissions=["geolocation"])
    outside_world(context)
    urls = visited(context)
    page = context.new_page()
    page.set_viewport_size(PHONE)
    page.goto(site + "/")
    page.locator(".front-door__search [data-geolocate]").click()
    page.locator("[data-local-results] .service-card").first.wait_for()
    assert page.locator(".service-card", has_text="miles away").count() >= 1
    context.close()
    assert [url for url in urls if "52.4" in url or "1.51" in url] == []


def test_campaigns_quiz_and_easy_read_are_reached_from_the_home_page_and_header(site, context):
    page = context.new_page()
    page.set_viewport_size(PHONE)
    page.goto(site + "/")
    campaigns = page.locator(".home-campaigns")
    quiz = campaigns.get_by_role("link", name=re.compile(r"^Take the quiz\s*: Love shouldn.t hurt$"))
    assert quiz.count() == 1
    assert campaigns.locator('a[href$="/easy-read/"]').count() >= 1
    quiz.click()
    page.locator("[data-quiz]").wait_for()
    page.locator(".site-header").get_by_role("link", name="Campaigns", exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Campaigns"
