"""Every public page of the demo site, in every language, plus a search and
a 404: no cookies, nothing fetched from another origin, the exact privacy
headers, and the exit button. Then nothing is left in browser storage."""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from directory.models import Service
from tests.site.test_privacy import CSP_DIRECTIVES, DENIED_FEATURES, EXPECTED_HEADERS
from waymark.models import DEFAULT_EXIT_URL

STORAGE_IS_EMPTY = """async () => {
  const databases = indexedDB.databases ? await indexedDB.databases() : [];
  const workers = navigator.serviceWorker ? await navigator.serviceWorker.getRegistrations() : [];
  return localStorage.length === 0 && sessionStorage.length === 0 && databases.length === 0
    && workers.length === 0 && document.cookie === "" && !document.querySelector("link[rel=manifest]");
}"""


def public_paths():
    paths = []
    service = Service.objects.filter(live=True, name="Example Domestic Abuse Helpline").get()
    for code, _ in settings.LANGUAGES:
        with translation.override(code):
            paths += [page.get_url() for page in Page.objects.live().public().filter(depth__gt=1).specific()]
            paths += [reverse("search"), reverse("search").removesuffix("search/") + "no-such-page/"]
            paths += [reverse("directory:search"), reverse("directory:service", args=[service.uuid])]
    return sorted(set(paths))


def assert_private_headers(response):
    headers = response.all_headers()
    for name, value in EXPECTED_HEADERS.items():
        assert headers[name.lower()] == value, (response.url, name)
    assert {d.strip() for d in headers["content-security-policy"].split(";")} >= CSP_DIRECTIVES
    assert {f.strip() for f in headers["permissions-policy"].split(",")} >= DENIED_FEATURES
    assert "set-cookie" not in headers, response.url


def test_every_public_page_in_every_language_is_private(site, context, page):
    requests, responses = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("response", lambda response: responses.append(response))
    paths = public_paths()
    assert len(paths) >= 4 * len(settings.LANGUAGES)

    for path in paths:
        response = page.goto(site + path)
        assert response.status == (404 if path.endswith("/no-such-page/") else 200), path
        assert_private_headers(response)
        assert page.locator(".exit-button").is_visible(), path
        assert page.locator("html").get_attribute("lang"), path

    page.goto(site + "/search/")
    page.locator("#search-q").fill("refuge")
    page.locator(".search-form button").click()
    page.locator("[data-results-heading]").wait_for()

    origin = urlsplit(site)
    for url in requests:
        assert urlsplit(url)[:2] == origin[:2], f"request to another origin: {url}"
    for response in responses:
        assert "set-cookie" not in response.all_headers(), response.url
    assert context.cookies() == []


def test_storage_stays_empty_after_browse_search_and_exit(site, context, page):
    page.goto(site + "/")
    page.get_by_role("link", name="How to stay safe online").click()
    page.wait_for_url(site + "/staying-safe-online/")
    page.goto(site + "/search/")
    page.locator("#search-q").fill("private")
    page.locator(".search-form button").click()
    page.locator("[data-results-heading]").wait_for()
    assert page.evaluate(STORAGE_IS_EMPTY)

    page.locator(".exit-button").click()
    page.wait_for_url(DEFAULT_EXIT_URL)
    page.goto(site + "/")
    assert page.evaluate(STORAGE_IS_EMPTY)
    assert context.cookies() == []
    assert context.storage_state() == {"cookies": [], "origins": []}
