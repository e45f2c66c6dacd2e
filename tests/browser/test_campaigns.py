"""Campaign pages in Chromium: the relationship quiz works on the device
alone (no request at all after answering, nothing stored), degrades to a
plain list without JavaScript, and axe-core finds no accessibility
violations. axe is injected by the test only; the product never loads it."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_crawl import STORAGE_IS_EMPTY, assert_private_headers

LOVE = "/campaigns/love-shouldnt-hurt/"
COERCIVE = "/campaigns/is-it-coercive-control/"


def answer(page, healthy_answer, unhealthy_answer):
    for statement in page.locator("[data-healthy]").all():
        wanted = healthy_answer if statement.get_attribute("data-healthy") == "yes" else unhealthy_answer
        statement.get_by_label(wanted, exact=True).check()


def test_quiz_result_is_worked_out_in_the_browser_without_any_request(site, context, page):
    page.goto(site + LOVE, wait_until="networkidle")
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    quiz = page.locator("[data-quiz]")
    worrying = quiz.locator('[data-quiz-message="worrying"]')
    healthy = quiz.locator('[data-quiz-message="healthy"]')
    assert not worrying.is_visible() and not healthy.is_visible()

    answer(page, healthy_answer="No", unhealthy_answer="Yes")
    quiz.get_by_role("button", name="Show what my answers mean").click()
    assert worrying.is_visible()
    assert "sounds like abuse" in worrying.inner_text()
    assert quiz.get_by_role("link", name="Childline: call 0800 1111").is_visible()
    assert quiz.get_by_role("link", name="National helplines and local services in the directory").is_visible()
    assert quiz.get_by_role("link", name="Example Young People's Counselling").is_visible()

    answer(page, healthy_answer="Yes", unhealthy_answer="No")
    quiz.get_by_role("button", name="Show what my answers mean").click()
    assert healthy.is_visible() and not worrying.is_visible()

    page.wait_for_timeout(300)  # give any stray request the chance to show up
    assert requests == []
    assert page.evaluate(STORAGE_IS_EMPTY)
    assert context.cookies() == []


def test_quiz_asks_for_an_answer_before_showing_a_result(site, page):
    page.goto(site + LOVE)
    page.get_by_role("button", name="Show what my answers mean").click()
    assert page.locator('[data-quiz-message="unanswered"]').is_visible()


def test_without_javascript_the_quiz_is_a_plain_list_with_the_explanation_and_links(site, no_js_context):
    page = no_js_context.new_page()
    page.goto(site + LOVE)
    quiz = page.locator("[data-quiz]")
    assert quiz.get_by_text("They check my phone or messages without asking.").is_visible()
    assert quiz.get_by_text("Think about each of these.").is_visible()
    assert quiz.locator("input[type=radio]").first.is_visible() is False
    assert quiz.get_by_role("button").count() == 0
    assert quiz.get_by_role("link", name="Childline: call 0800 1111").is_visible()
    assert not quiz.locator('[data-quiz-message="worrying"]').is_visible()


@pytest.mark.parametrize(
    "path",
    [
        "/campaigns/",
        LOVE,
        COERCIVE,
        COERCIVE + "easy-read/",
        "/ar" + COERCIVE + "easy-read/",
        "/ur" + LOVE,
        "/cy" + COERCIVE,
    ],
)
def test_axe_finds_no_accessibility_violations(site, page, path):
    page.goto(site + path)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_easy_read_pages_are_private_and_have_quick_exit(site, page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for prefix in ("", "/ar", "/zh-hans"):
        for slug in ("is-it-coercive-control", "love-shouldnt-hurt", "forced-marriage-you-have-a-choice"):
            response = page.goto(f"{site}{prefix}/campaigns/{slug}/easy-read/")
            assert response.status == 200
            assert_private_headers(response)
            assert page.locator(".exit-button").is_visible()
            # The link's words are translated outside English; find it by where it goes.
            standard = f'a[href="{prefix}/campaigns/{slug}/"]'
            link = page.get_by_role("link", name="Standard version") if not prefix else page.locator(standard)
            link.first.click()
            page.wait_for_url(f"{site}{prefix}/campaigns/{slug}/")
    origin = urlsplit(site)
    assert all(urlsplit(url)[:2] == origin[:2] for url in requests)
