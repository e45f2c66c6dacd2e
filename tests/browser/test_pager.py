"""Paging through local directory results in Chromium, with and without
JavaScript. The pager is a POST form like the search: the search and the page
number never reach a URL, and with JavaScript no history entry is added.

The demo has 44 local services within 25 miles of CV1: three pages."""

SECRETS = ("CV1", "where=", "page=")


def record_urls(page):
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    page.on("framenavigated", lambda frame: urls.append(frame.url) if frame == page.main_frame else None)
    return urls


def assert_private_urls(urls):
    for url in urls:
        for secret in SECRETS:
            assert secret.lower() not in url.lower(), url


def local_names(page):
    return page.locator("[data-local-results] .service-card__name :is(a, button)").all_inner_texts()


def pager(page):
    return page.locator("nav.pager")


def search_near_cv1(page):
    page.locator("#directory-where").fill("CV1")
    page.locator("#directory-radius").select_option("25")
    page.locator(".directory-form button[type=submit]").click()


def test_pages_swap_in_place_with_javascript(site, page):
    urls = record_urls(page)
    page.goto(site + "/directory/")
    history = page.evaluate("history.length")
    search_near_cv1(page)
    pager(page).filter(has_text="Page 1 of").wait_for()
    first = local_names(page)
    national = page.locator("[data-national-results] li").count()
    assert len(first) == 20
    assert national >= 1

    page.get_by_role("button", name="Next page").click()
    pager(page).filter(has_text="Showing 21 to").wait_for()
    second = local_names(page)
    assert 1 <= len(second) <= 20
    assert second != first
    assert page.locator("[data-national-results] li").count() == national
    assert page.url == site + "/directory/"
    assert page.evaluate("history.length") == history

    page.get_by_role("button", name="Previous page").click()
    pager(page).filter(has_text="Showing 1 to 20").wait_for()
    assert local_names(page) == first
    assert page.url == site + "/directory/"
    assert page.evaluate("history.length") == history
    assert_private_urls(urls)


def test_next_page_without_javascript(site, no_js_context):
    page = no_js_context.new_page()
    urls = record_urls(page)
    page.goto(site + "/directory/")
    search_near_cv1(page)
    page.wait_for_load_state()
    assert "Page 1 of" in pager(page).inner_text()
    first = local_names(page)

    page.get_by_role("button", name="Next page").click()
    page.wait_for_load_state()
    assert "Showing 21 to" in pager(page).inner_text()
    assert local_names(page) and local_names(page) != first
    # The page opens at the results, below the sticky header.
    assert page.url == site + "/directory/#results"
    assert_private_urls(urls)


def test_first_and_second_pages_share_no_services(site, page):
    page.goto(site + "/directory/")
    search_near_cv1(page)
    pager(page).filter(has_text="Page 1 of").wait_for()
    first = local_names(page)
    page.get_by_role("button", name="Next page").click()
    pager(page).filter(has_text="Showing 21 to").wait_for()
    second = local_names(page)
    assert first and second
    assert not set(first) & set(second)
