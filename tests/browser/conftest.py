import pytest

from tests.conftest import chromium_path
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


@pytest.fixture
def site(demo_site, live_server):
    return live_server.url
