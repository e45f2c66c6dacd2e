"""Made for a thumb: on a 360×640 phone, in English and in Arabic, every
control people tap is at least 24×24 CSS px (WCAG 2.5.8), the rows they tap
are at least 44px tall, and the quiz result is not hidden behind the sticky
header. Screenshots go to var/shots/ for a person to look at."""

from pathlib import Path

import pytest

PHONE = {"width": 360, "height": 640}
SHOTS = Path(__file__).resolve().parents[2] / "var" / "shots"
LANGUAGES = ["", "/ar"]


@pytest.fixture
def phone(context):
    page = context.new_page()
    page.set_viewport_size(PHONE)
    return page


def shoot(target, name):
    """A picture of a page's window, or of one element, for a person to check."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    target.screenshot(path=str(SHOTS / f"{name}.png"))


def too_small(locator, inline, block):
    """The visible elements of `locator` smaller than inline×block px, with
    their text and size, so a failure names what a thumb would miss."""
    small = []
    for element in locator.all():
        box = element.bounding_box()
        if box is None or not element.is_visible():
            continue
        if box["width"] < inline or box["height"] < block:
            label = element.inner_text() or element.get_attribute("name") or element.evaluate("e => e.outerHTML")
            small.append((label.strip()[:60], round(box["width"]), round(box["height"])))
    return small


def search_near_cv1(phone, base):
    """Search the directory near CV1 1AA and wait for the local results."""
    phone.goto(base + "/directory/")
    phone.locator("#directory-where").fill("CV1 1AA")
    phone.locator(".directory-form button[type=submit]").click()
    phone.locator("[data-local-results] .service-card__name :is(a, button)").first.wait_for()


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_filter_panel_controls_and_rows_fit_a_thumb(site, phone, prefix):
    phone.goto(site + prefix + "/directory/")
    phone.locator(".filters summary").click()
    filters = phone.locator(".filters")
    assert filters.locator("input[type=checkbox]").first.is_visible()

    assert too_small(filters.locator("input, button, a, select, summary"), 24, 24) == []
    assert too_small(filters.locator(".option"), 0, 44) == []
    assert too_small(filters.locator("summary"), 0, 44) == []
    assert too_small(phone.locator("#directory-radius"), 24, 44) == []
    shoot(filters, f"thumb-filters{prefix.replace('/', '-') or '-en'}")


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_header_language_and_result_links_are_rows_a_thumb_can_hit(site, phone, prefix):
    search_near_cv1(phone, site + prefix)

    assert too_small(phone.locator(".site-header a"), 24, 44) == []
    assert too_small(phone.locator(".language-switcher a"), 24, 44) == []
    assert phone.locator("[data-local-results] .service-card__name :is(a, button)").count() >= 1
    assert too_small(phone.locator(".service-card__name :is(a, button)"), 24, 44) == []
    phone.locator("[data-local-results]").scroll_into_view_if_needed()
    shoot(phone, f"thumb-results{prefix.replace('/', '-') or '-en'}")


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_quiz_result_scrolls_in_below_the_sticky_header(site, phone, prefix):
    phone.goto(site + prefix + "/campaigns/love-shouldnt-hurt/")
    quiz = phone.locator("[data-quiz]")
    for answers in quiz.locator("[data-quiz-answers]").all():
        answers.locator("input[value=yes]").check()
    assert too_small(quiz.locator("input[type=radio], button"), 24, 24) == []

    quiz.locator("[data-quiz-show]").click()
    message = quiz.locator("[data-quiz-message]:not([hidden])")
    assert message.is_visible()
    header = phone.locator(".site-header").bounding_box()
    result = quiz.locator("[data-quiz-result]").bounding_box()
    assert header is not None and result is not None
    # After the scroll the result starts below the header, still on screen.
    assert header["y"] + header["height"] <= result["y"] < PHONE["height"]
    shoot(phone, f"thumb-quiz{prefix.replace('/', '-') or '-en'}")


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_an_option_that_would_give_no_results_cannot_be_ticked(site, phone, prefix):
    search_near_cv1(phone, site + prefix)
    # One narrow kind of help leaves most other options with nothing.
    phone.locator(".filters summary").click()
    phone.locator(".filters input[name=type]").first.wait_for()
    phone.locator(".filters .option", has_text="Perpetrator programme").click()
    phone.locator(".directory-form button[type=submit]").click()
    phone.locator("[data-results-heading]", has_text="1").wait_for()
    if not phone.locator(".filters").evaluate("details => details.open"):
        phone.locator(".filters summary").click()

    empty = phone.locator(".filters .option").filter(has=phone.locator(".count", has_text="(0)"))
    assert empty.count() >= 1
    for option in empty.all():
        assert option.locator("input").is_disabled(), option.inner_text()
    ticked = phone.locator(".filters .option", has_text="Perpetrator programme").locator("input")
    assert ticked.is_checked() and ticked.is_enabled()
    shoot(phone.locator(".filters"), f"thumb-disabled{prefix.replace('/', '-') or '-en'}")


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("", "Filters (2): Open now, Free – Change"), ("/ar", "عوامل التصفية (2): مفتوحة الآن، مجانية – تغيير")],
)
def test_after_filtering_the_panel_is_closed_and_its_summary_names_the_filters(site, phone, prefix, expected):
    phone.goto(site + prefix + "/directory/")
    phone.locator("#directory-where").fill("CV1 1AA")
    phone.locator(".filters summary").click()
    phone.locator(".filters input[name=free]").check()
    phone.locator(".filters input[name=open_now]").check()
    phone.locator(".directory-form button[type=submit]").click()
    phone.locator("[data-local-results] .service-card__name :is(a, button)").first.wait_for()

    filters = phone.locator(".filters")
    assert filters.evaluate("details => details.open") is False
    assert not filters.locator("input[name=free]").is_visible()
    assert filters.locator("summary").inner_text() == expected
    shoot(phone, f"thumb-summary{prefix.replace('/', '-') or '-en'}")

    filters.locator("summary").click()
    assert filters.locator("input[name=free]").is_checked()
