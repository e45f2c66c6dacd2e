import sqlite3
from unittest import mock

import pytest
from django.db import DEFAULT_DB_ALIAS, OperationalError, connections
from django.db.utils import load_backend
from django.test import RequestFactory

from waymark import views


@pytest.fixture
def database_down():
    """Every new cursor fails, as when the database server is unreachable."""
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=OperationalError("could not connect to server"),
    ):
        yield


def test_healthz_is_200_when_the_database_answers(db, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


def test_healthz_is_503_when_the_database_is_down(db, client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert b"database unavailable" in response.content


@pytest.fixture
def sqlite_file_database(tmp_path, django_db_blocker):
    """The default database swapped for a SQLite file, its connection kept
    open between requests as CONN_MAX_AGE keeps a server's."""
    path = tmp_path / "waymark.sqlite3"
    with sqlite3.connect(path) as creating:
        creating.execute("CREATE TABLE example (id INTEGER)")
    creating.close()
    settings_dict = connections.configure_settings(
        {DEFAULT_DB_ALIAS: {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path), "CONN_MAX_AGE": 60}}
    )[DEFAULT_DB_ALIAS]
    file_connection = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, DEFAULT_DB_ALIAS)
    test_connection = connections[DEFAULT_DB_ALIAS]
    connections[DEFAULT_DB_ALIAS] = file_connection
    try:
        with django_db_blocker.unblock():
            yield path
    finally:
        file_connection.close()
        connections[DEFAULT_DB_ALIAS] = test_connection


def test_healthz_is_503_as_soon_as_the_sqlite_file_is_gone(sqlite_file_database, client):
    assert client.get("/healthz").status_code == 200
    connections[DEFAULT_DB_ALIAS].ensure_connection()  # as a request would have left it
    sqlite_file_database.unlink()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"database unavailable\n"
    # The check must not leave a new, empty database in the file's place.
    assert not sqlite_file_database.exists()


def test_healthz_answers_any_host_name(db, client):
    """Container probes call the container's own address, not the public host."""
    assert client.get("/healthz", HTTP_HOST="10.1.2.3:8000").status_code == 200


def test_unknown_page_is_a_friendly_404(db, client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert '<a href="/">' in html


def test_404_and_500_pages_render_with_the_database_down(db, database_down):
    request = RequestFactory().get("/anything/")
    not_found = views.page_not_found(request, Exception("gone"))
    error = views.server_error(request)
    assert not_found.status_code == 404 and b"Page not found" in not_found.content
    assert error.status_code == 500 and b"Something went wrong" in error.content
    assert b"999" in error.content


PUBLIC_HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "Permissions-Policy": "camera=()",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def assert_public_headers(response):
    for name, expected in PUBLIC_HEADERS.items():
        assert expected in response.get(name, ""), (name, dict(response.headers))


def test_healthz_carries_the_public_security_headers(db, client):
    assert_public_headers(client.get("/healthz"))


def test_healthz_carries_them_when_the_database_is_down(db, client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert_public_headers(response)


def test_static_files_carry_the_public_security_headers(client):
    """whitenoise answers before the page middleware; an SVG is a document a
    browser runs scripts in, so it needs the policy too."""
    for path in ("/static/css/waymark.css", "/static/icons/favicon.svg"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert_public_headers(response)


@pytest.fixture
def static_manifest_missing(settings, tmp_path):
    """Production's storage with nothing collected: every {% static %} fails."""
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }


def test_500_page_renders_with_headers_when_static_files_are_missing(db, client, static_manifest_missing):
    client.raise_request_exception = False
    response = client.get("/search/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html and "999" in html
    assert 'href="https://www.bbc.co.uk/weather"' in html  # the exit still works
    assert_public_headers(response)


def test_500_handler_sets_the_headers_itself(db, database_down):
    assert_public_headers(views.server_error(RequestFactory().get("/anything/")))
