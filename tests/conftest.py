import os
import shutil

import pytest
from django.core.management import call_command
from django.utils import translation

# Playwright's sync API runs an event loop in the test thread; the Django
# code under test is still synchronous, so allow it to touch the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def default_language():
    """A request in one test activates its language; don't let it leak."""
    yield
    translation.activate("en")


@pytest.fixture
def demo_site(db):
    """The demo content that `make run` serves."""
    call_command("load_demo", stdout=open(os.devnull, "w"))


def chromium_path():
    path = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    return path if os.path.exists(path) else shutil.which("chromium")


def pytest_collection_modifyitems(config, items):
    """Everything under tests/browser/ drives Chromium. Browser tests must run
    in CI; elsewhere, without Chromium, they are skipped loudly."""
    browser_items = [item for item in items if "browser" in item.path.parent.parts]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if chromium_path():
        return
    if not browser_items:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError("CI=true but Chromium is missing: install Debian's chromium package.")
    banner = "!" * 72
    print(
        f"\n{banner}\n  NO CHROMIUM FOUND: SKIPPING {len(browser_items)} BROWSER TESTS.\n"
        f"  Install it (apt-get install chromium) or set CHROMIUM_PATH.\n{banner}"
    )
    skip = pytest.mark.skip(reason="Chromium is not installed (set CHROMIUM_PATH)")
    for item in browser_items:
        item.add_marker(skip)
