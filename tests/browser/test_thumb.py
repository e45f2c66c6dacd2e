"""Made for a thumb: on a 360×640 phone, in English and in Arabic, every
control people tap is at least 24×24 CSS px (WCAG 2.5.8), the rows they tap
are at least 44px tall, and the quiz result is not hidden behind the sticky
header. Screenshots go to var/shots/ for a person to look at."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from directory.taxonomy_translations import TERM_NAMES

PHONE = {"width": 360, "height": 640}
SHOTS = Path(__file__).resolve().parents[2] / "var" / "shots"
LANGUAGES = ["", "/ar"]
# The filter's label as the visitor reads it, in the page's language.
PERPETRATOR_PROGRAMME = {"": "Perpetrator programme", "/ar": TERM_NAMES["perpetrator-programme"]["ar"]}


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
    # The landing page lists services too, with plain links; a search's
    # results carry the search in buttons, so wait for those.
    phone.locator("[data-local-results] .service-card__name button").first.wait_for()


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_filter_panel_controls_and_rows_fit_a_thumb(site, phone, prefix):
    phone.goto(site + prefix + "/directory/")
    phone.locator(".filters > summary").click()
    filters = phone.locator(".filters")
    # Every group opened, so that every option is measured.
    for group in filters.locator(".filter-group").all():
        if not group.evaluate("details => details.open"):
            group.locator("> summary").click()
    assert filters.locator("input[type=checkbox]").last.is_visible()

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
    phone.locator(".filters > summary").click()
    programme = PERPETRATOR_PROGRAMME[prefix]
    perpetrators = phone.locator(".option", has_text=programme)
    phone.locator(".filter-group").filter(has=perpetrators).locator("> summary").click()
    perpetrators.click()
    phone.locator(".directory-form button[type=submit]").click()
    phone.locator("[data-results-heading]", has_text="1").wait_for()
    if not phone.locator(".filters").evaluate("details => details.open"):
        phone.locator(".filters > summary").click()

    empty = phone.locator(".filters .option").filter(has=phone.locator(".count", has_text="(0)"))
    assert empty.count() >= 1
    for option in empty.all():
        assert option.locator("input").is_disabled(), option.inner_text()
    ticked = phone.locator(".filters .option", has_text=programme).locator("input")
    assert ticked.is_checked() and ticked.is_enabled()
    shoot(phone.locator(".filters"), f"thumb-disabled{prefix.replace('/', '-') or '-en'}")


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("", "Filters (2): Open now, Free – Change"), ("/ar", "عوامل التصفية (2): مفتوحة الآن، مجانية – تغيير")],
)
def test_after_filtering_the_panel_is_closed_and_its_summary_names_the_filters(site, phone, prefix, expected):
    phone.goto(site + prefix + "/directory/")
    phone.locator("#directory-where").fill("CV1 1AA")
    phone.locator(".filters > summary").click()
    phone.locator(".filters input[name=free]").check()
    phone.locator(".filters input[name=open_now]").check()
    phone.locator(".directory-form button[type=submit]").click()
    # The landing page lists services too, with plain links; a search's
    # results carry the search in buttons, so wait for those.
    phone.locator("[data-local-results] .service-card__name button").first.wait_for()

    filters = phone.locator(".filters")
    assert filters.evaluate("details => details.open") is False
    assert not filters.locator("input[name=free]").is_visible()
    assert filters.locator("> summary").inner_text() == expected
    shoot(phone, f"thumb-summary{prefix.replace('/', '-') or '-en'}")

    filters.locator("> summary").click()
    assert filters.locator("input[name=free]").is_checked()


def header_bottom(phone):
    header = phone.locator(".site-header").bounding_box()
    assert header is not None
    return header["y"] + header["height"]


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_the_open_filter_panel_stays_short_and_names_the_choices_in_force(site, phone, prefix):
    phone.goto(site + prefix + "/directory/")
    filters = phone.locator(".filters")
    filters.locator("> summary").click()
    # Each group is one row until opened; opening and cost stays open.
    groups = filters.locator(".filter-group")
    assert groups.count() >= 6
    assert too_small(groups.locator("summary"), 24, 44) == []
    assert filters.locator("input[name=open_now]").is_visible()
    assert not filters.locator("input[name=type]").first.is_visible()
    shoot(filters, f"thumb-filters-closed-groups{prefix.replace('/', '-') or '-en'}")
    # It was about 2,900px tall in Arabic with every group open; now about 560.
    assert filters.bounding_box()["height"] < 1.5 * PHONE["height"]

    # A group with a choice in force opens by itself and counts its choices.
    kinds = groups.filter(has=phone.locator("input[name=type]"))
    kinds.locator("summary").click()
    kinds.locator(".option").first.click()
    phone.locator("#directory-where").fill("CV1 1AA")
    phone.locator(".directory-form button[type=submit]").click()
    phone.locator("[data-local-results] .service-card__name button").first.wait_for()
    filters.locator("> summary").click()
    kinds = phone.locator(".filter-group").filter(has=phone.locator("input[name=type]"))
    assert kinds.evaluate("details => details.open") is True
    assert kinds.locator("summary").inner_text().endswith("(1)")
    assert filters.locator("> summary").inner_text().startswith(("Filters (1)", "عوامل التصفية (1)"))
    assert not phone.locator(".filter-group input[name=audience]").first.is_visible()
    shoot(filters, f"thumb-filters-chosen{prefix.replace('/', '-') or '-en'}")
    assert filters.bounding_box()["height"] < 2 * PHONE["height"]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("prefix", LANGUAGES)
def test_after_a_search_the_results_come_into_view_below_the_sticky_header(
    site, browser, prefix, javascript, context, no_js_context
):
    phone = (context if javascript else no_js_context).new_page()
    phone.set_viewport_size(PHONE)
    search_near_cv1(phone, site + prefix)
    # Wait for the scroll to the results from Python: a page function polled
    # in a page without JavaScript timed out now and then.
    expect(phone.locator("[data-results-heading]")).to_be_in_viewport()
    heading = phone.locator("[data-results-heading]").bounding_box()
    assert heading is not None
    assert header_bottom(phone) <= heading["y"] and heading["y"] + heading["height"] <= PHONE["height"]
    shoot(phone, f"thumb-after-search{prefix.replace('/', '-') or '-en'}-{'js' if javascript else 'no-js'}")


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_campaign_index_pager_and_sheet_fit_a_thumb(site, phone, prefix):
    phone.goto(site + prefix + "/campaigns/")
    main = phone.locator("main")
    assert too_small(main.locator(".campaign-filters a, .campaign-card__title a"), 24, 44) == []
    assert too_small(main.locator("a, button, input, select, summary"), 24, 24) == []
    shoot(main.locator(".campaign-filters"), f"thumb-campaigns{prefix.replace('/', '-') or '-en'}")

    phone.goto(site + prefix + "/directory/")
    phone.locator("#directory-where").fill("CV1")
    phone.locator("#directory-radius").select_option("25")
    phone.locator(".directory-form button[type=submit]").click()
    pager = phone.locator("nav.pager")
    pager.locator("button").first.wait_for()
    assert too_small(pager.locator("button"), 24, 44) == []
    pager.scroll_into_view_if_needed()
    shoot(phone, f"thumb-pager{prefix.replace('/', '-') or '-en'}")

    # Signposting mode: the boxes on the cards and the sheet bar.
    phone.locator(".signposting-switch button").click()
    phone.locator("[data-sheet-form]").wait_for()
    assert too_small(phone.locator(".service-card__pick label, .sheet-bar button"), 24, 44) == []
    assert too_small(phone.locator(".service-card__pick input"), 24, 24) == []

    ids = ",".join(box.get_attribute("value") for box in phone.locator("[data-sheet-pick]").all()[:3])
    phone.goto(f"{site}{prefix}/directory/sheet/?s={ids}")
    main = phone.locator("main")
    assert main.locator(".sheet-service").count() == 3
    assert too_small(main.locator(".sheet-tools a, .sheet-tools button, .sheet-service__tools a"), 24, 44) == []
    assert too_small(main.locator(".sheet-service__number"), 24, 44) == []
    assert too_small(main.locator("a, button, input, select, summary, textarea"), 24, 24) == []
    shoot(main.locator(".sheet-service").first, f"thumb-sheet{prefix.replace('/', '-') or '-en'}")

    phone.goto(f"{site}{prefix}/directory/sheet/")
    assert too_small(phone.locator("main .sheet-empty a, main .service-card__name a"), 24, 44) == []
