import io
import os
import shutil
from importlib import import_module

import pytest
import pytest_django.fixtures
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, transaction
from django.utils import translation

from waymark.context_processors import forget_site_settings

from .shared_data import shared_folder

# Playwright's sync API runs an event loop in the test thread; the Django
# code under test is still synchronous, so allow it to touch the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config):
    """The demo reads the national services from $WAYMARK_SHARED_DATA: point it
    where the tests find ../shared/data, so every demo a test loads (and
    `make setup` in a subprocess) has them wherever the clone is."""
    folder = shared_folder()
    if folder and not os.environ.get("WAYMARK_SHARED_DATA"):
        os.environ["WAYMARK_SHARED_DATA"] = str(folder)


@pytest.fixture(autouse=True)
def default_language():
    """A request in one test activates its language; don't let it leak."""
    yield
    translation.activate("en")


def restore_migration_data():
    """Tests on live servers run in transactions of their own, and empty every
    table after them, taking what the migrations wrote (taxonomies, campaign
    topics, editors' roles and workflow): write it again, as those migrations
    do, each leaving alone what exists. A page permission needs the root
    page, so call this again once the demo has made one."""
    from django.apps import apps

    from campaigns.taxonomy import seed as seed_topics
    from directory.taxonomies import seed_taxonomies

    seed_taxonomies(apps.get_model("directory", "Taxonomy"), apps.get_model("directory", "TaxonomyTerm"))
    seed_topics(apps.get_model("campaigns", "Topic"), apps.get_model("campaigns", "Audience"))
    import_module("waymark.migrations.0004_editor_roles").create_roles(apps, None)


@pytest.fixture(autouse=True)
def migration_data_for_transactional_tests(request, django_db_blocker):
    marker = request.node.get_closest_marker("django_db")
    transactional = marker and marker.kwargs.get("transaction")
    if transactional or {"transactional_db", "live_server"} & set(request.fixturenames):
        with django_db_blocker.unblock():
            restore_migration_data()


@pytest.fixture(autouse=True)
def fresh_site_settings():
    """Pages keep the site settings in memory for a while; a test's rolled-back
    settings must not reach the next test."""
    forget_site_settings()


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


class SharedDemo:
    """Loading the demo takes seconds, so the tests that use it share one copy.

    It is loaded inside an outer transaction; each test runs in a savepoint
    within it (pytest-django's usual per-test transaction), so a test's changes
    never reach the next. The outer transaction is rolled back when the run
    moves on to tests that expect an empty database.
    """

    def __init__(self):
        self.blocker = None
        self.atomic = None

    def open(self):
        with self.blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            load_demo()

    def close(self):
        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None


shared_demo = SharedDemo()


def shares_demo(item):
    names = getattr(item, "fixturenames", ())
    return "demo_site" in names


@pytest.fixture(scope="session")
def _demo_database(django_db_setup, django_db_blocker):
    # Session scope puts this before any test's own transaction.
    shared_demo.blocker = django_db_blocker
    shared_demo.open()
    yield
    shared_demo.close()


@pytest.fixture
def demo_site(_demo_database, db):
    """The demo content that `make run` serves."""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    # Tests are ordered so that demo tests run together; should another
    # order interleave them, reload the demo before the test's transaction.
    if shares_demo(item) and shared_demo.blocker and shared_demo.atomic is None:
        shared_demo.open()
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if nextitem is None or not shares_demo(nextitem):
        shared_demo.close()
    return result


def run_order(item):
    """pytest-django runs plain database tests, then transactional ones, then
    the rest. Demo tests go at the end of the first group, together."""
    names = item.fixturenames
    marker = item.get_closest_marker("django_db")
    if {"transactional_db", "live_server"} & set(names) or (marker and marker.kwargs.get("transaction")):
        return 2
    if "demo_site" in names:
        return 1
    if "db" in names or marker:
        return 0
    return 3


def chromium_path():
    path = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    return path if os.path.exists(path) else shutil.which("chromium")


def drives_chromium(item):
    return "browser" in item.path.parent.parts


def pytest_itemcollected(item):
    """Everything under tests/browser/ drives Chromium. The marker is added as
    each test is collected, before `-m browser` or `-m "not browser"` selects."""
    if drives_chromium(item):
        item.add_marker(pytest.mark.browser)
    # With parallel workers (`--dist loadgroup`), one worker runs all the
    # tests that run `make setup`, which collects static files and compiles
    # catalogues into the checkout; and one runs all those that share the
    # demo, so it is loaded once, not once per worker.
    names = getattr(item, "fixturenames", ())
    if "set_up_site" in names:
        item.add_marker(pytest.mark.xdist_group("make_setup"))
    elif shares_demo(item):
        item.add_marker(pytest.mark.xdist_group("demo_site"))


_databases_for_test = pytest_django.fixtures._get_databases_for_test


def databases_for_test(test):
    """Browser tests use no database fixture of their own: they share a server
    over the demo, committed once. pytest-django sets up the test database only
    for tests that ask for one, so name them too, or a run of browser tests
    alone (`-m browser`) finds no tables."""
    if "demo_server" in getattr(test, "fixturenames", ()):
        return (DEFAULT_DB_ALIAS,), False
    return _databases_for_test(test)


pytest_django.fixtures._get_databases_for_test = databases_for_test


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Browser tests must run in CI; elsewhere, without Chromium, they are
    skipped loudly."""
    items.sort(key=run_order)
    browser_items = [item for item in items if drives_chromium(item)]
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
