"""A visit that leaves no trail: one history entry for the whole visit,
Back after exiting leaves the site, and search terms never reach a URL."""

from tests.browser.conftest import NEUTRAL_URL
from waymark.models import DEFAULT_EXIT_URL

SEARCH_TERMS = "private browsing"


def record_navigations(page):
    urls = []
    page.on("framenavigated", lambda frame: urls.append(frame.url) if frame == page.main_frame else None)
    return urls


def search_in_page(page, terms):
    page.locator("#search-q").fill(terms)
    page.locator(".search-form button").click()
    page.locator("[data-results-heading]").wait_for()


def test_whole_visit_takes_one_history_entry_and_back_leaves_the_site(site, page):
    navigations = record_navigations(page)
    page.goto(NEUTRAL_URL)
    page.goto(site + "/")
    entries = page.evaluate("history.length")

    page.get_by_role("link", name="How to stay safe online").click()
    page.wait_for_url(site + "/staying-safe-online/")
    page.get_by_role("link", name="Search", exact=True).click()
    page.wait_for_url(site + "/search/")
    search_in_page(page, SEARCH_TERMS)
    page.locator(".results a").first.click()
    page.wait_for_url(site + "/staying-safe-online/")
    assert page.evaluate("history.length") == entries

    page.locator(".exit-button").click()
    page.wait_for_url(DEFAULT_EXIT_URL)
    page.go_back()
    assert page.url == NEUTRAL_URL
    assert not any("private" in url or "browsing" in url for url in navigations)


def test_search_swaps_results_in_place_without_terms_in_the_url(site, page):
    page.goto(site + "/search/")
    entries = page.evaluate("history.length")
    search_in_page(page, SEARCH_TERMS)
    assert page.url == site + "/search/"
    assert page.evaluate("history.length") == entries
    assert page.locator(".results").get_by_text("Staying safe online").is_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-results-heading')")


def test_search_without_javascript_posts_and_keeps_terms_out_of_the_url(site, no_js_context):
    page = no_js_context.new_page()
    navigations = record_navigations(page)
    page.goto(site + "/search/")
    page.locator("#search-q").fill(SEARCH_TERMS)
    page.locator(".search-form button").click()
    page.wait_for_load_state()
    assert page.url == site + "/search/"
    assert page.locator(".results").get_by_text("Staying safe online").is_visible()
    assert all("private" not in url for url in navigations)


def test_page_restored_from_back_forward_cache_after_exit_shows_nothing(site, context, page):
    exits = []

    def cancel_exit(route):
        # A 204 cancels the navigation, leaving the exited page in place, as
        # the back/forward cache would keep it.
        exits.append(route.request.url)
        route.fulfill(status=204)

    context.route(DEFAULT_EXIT_URL, cancel_exit)
    page.goto(site + "/")
    page.locator(".exit-button").click()
    page.wait_for_function("() => document.documentElement.classList.contains('is-exiting')")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert page.locator("main").is_hidden()
    page.wait_for_timeout(300)
    assert len(exits) == 2, "the restored page must leave for the exit destination again"


def test_pages_tell_browsers_not_to_store_them(site, page):
    response = page.goto(site + "/")
    assert response.headers["cache-control"] == "no-store"
