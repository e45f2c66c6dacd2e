from urllib.parse import urlsplit

import pytest
from pytest_django.live_server_helper import LiveServer

from tests.conftest import chromium_path, load_demo, restore_migration_data
from waymark.models import DEFAULT_EXIT_URL

# Background networking would make Chromium call Google's services; these
# flags keep the browser's own traffic off the request log.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
# Stand-ins for the outside world: the page a visitor was on before, and the
# exit destination. Playwright answers them; nothing leaves this machine.
NEUTRAL_URL = "https://neutral.example.org/"
NEUTRAL_PAGE = "<!doctype html><html lang='en'><title>Neutral</title><h1>Neutral</h1></html>"
EXIT_PAGE = "<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def outside_world(context):
    context.route(NEUTRAL_URL + "**", lambda route: route.fulfill(body=NEUTRAL_PAGE, content_type="text/html"))
    context.route(DEFAULT_EXIT_URL + "**", lambda route: route.fulfill(body=EXIT_PAGE, content_type="text/html"))


@pytest.fixture
def context(browser):
    context = browser.new_context()
    outside_world(context)
    yield context
    context.close()


@pytest.fixture
def no_js_context(browser):
    context = browser.new_context(java_script_enabled=False)
    outside_world(context)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="session")
def demo_server(django_db_setup, django_db_blocker):
    """One server over the demo content for every browser test.

    Browser tests only read, so the demo is committed once instead of being
    loaded and flushed around each test. They need no database fixture of
    their own, so pytest-django runs them after every database test.
    """
    with django_db_blocker.unblock():
        load_demo()
        restore_migration_data()
        server = LiveServer("localhost")
    server._live_server_modified_settings.enable()
    yield server
    server._live_server_modified_settings.disable()
    server.stop()


@pytest.fixture
def site(demo_server, django_db_blocker):
    with django_db_blocker.unblock():
        yield demo_server.url


def refused_by_policy(message):
    """Chromium reports what a Content-Security-Policy refuses on the console."""
    return message.type == "error" and "Content Security Policy" in message.text


def watched_context(browser, log=None):
    """A browser context whose requests, and refusals by a page's policy, are
    recorded (on `log`, another watched context, when given): the journeys
    check that nothing calls another origin and the policy breaks nothing."""
    context = browser.new_context()
    log = log or context
    if log is context:
        context.requests, context.console_errors = [], []
    context.on("request", lambda request: log.requests.append(request.url))
    context.on("console", lambda message: refused_by_policy(message) and log.console_errors.append(message.text))
    return context


def elsewhere(urls, site):
    """The web addresses among `urls` on another origin than the site's."""
    origin = urlsplit(site)[:2]
    return [url for url in urls if urlsplit(url).scheme in ("http", "https") and urlsplit(url)[:2] != origin]


@pytest.fixture
def editor_context(browser, site):
    """A browser whose every request is logged, to prove the admin calls no
    other origin."""
    context = watched_context(browser)
    yield context
    context.close()
    assert elsewhere(context.requests, site) == [], "the admin called another origin"
    assert context.console_errors == [], "the admin's own policy broke the admin"
