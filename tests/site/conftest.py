import os
import subprocess

import pytest
from django.conf import settings
from wagtail.models import Site

from waymark.models import SiteSettings

from .factories import InformationPageFactory
from .gunicorn_process import Gunicorn, free_port


@pytest.fixture
def start_gunicorn(tmp_path):
    """start_gunicorn(env) -> a running Gunicorn; every one is stopped after the test."""
    started = []

    def start(env, workers=1):
        server = Gunicorn(env, tmp_path / f"gunicorn-{len(started)}.log", free_port())
        started.append(server)
        return server.wait_until_serving(workers)

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def set_up_site(tmp_path_factory):
    """`make setup` on a fresh database file, as the README says: migrate,
    translations, static files, demo content. Returns the database file."""
    database = tmp_path_factory.mktemp("production") / "db.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env["DATABASE_URL"] = f"sqlite:///{database}"
    result = subprocess.run(
        ["make", "--no-print-directory", "-s", "setup"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return database


@pytest.fixture
def safety_page(db):
    """The home page and, under it, the "Staying safe online" page that the
    site settings name, so every public page's safety notice links to it."""
    page = InformationPageFactory(
        title="Staying safe online",
        body__0__heading__value="Use a private browsing window",
        body__1__text__value="<p>A private browsing window keeps no history. Do not bookmark this site.</p>",
    )
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.safety_page = page
    site_settings.save()
    return page
