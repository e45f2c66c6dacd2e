"""Nothing a visitor sends reaches a log or an error report: no client
address, no query string, no request body."""

import logging
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.views.debug import get_exception_reporter_class

from waymark.privacy import RedactQueryStrings

from .gunicorn_process import production_env, raw_request

# Built at run time, so the source lines that reports quote don't hold them.
SECRET_TERMS = " ".join(["forced", "marriage"])
CLIENT_ADDRESS = ".".join(["203", "0", "113", "77"])
# A second loopback address: the server sees it as another client.
CLIENT_SOURCE = ".".join(["127", "0", "0", "2"])


def test_development_server_log_lines_lose_their_query_strings():
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /search/?q=forced+marriage HTTP/1.1", "200", "512"),
        None,
    )
    RedactQueryStrings().filter(record)
    assert record.getMessage() == '"GET /search/ HTTP/1.1" 200 512'


def test_error_reports_hold_no_query_string_body_address_or_locals(db):
    request = RequestFactory().post(
        "/search/?" + urlencode({"q": SECRET_TERMS}),
        {"q": SECRET_TERMS},
        REMOTE_ADDR=CLIENT_ADDRESS,
        HTTP_X_FORWARDED_FOR=CLIENT_ADDRESS,
    )
    terms = SECRET_TERMS  # a local variable the traceback would otherwise show
    try:
        raise RuntimeError("search backend failed")
    except RuntimeError:
        reporter = get_exception_reporter_class(request)(request, *sys.exc_info())
        text = reporter.get_traceback_text()
        html = reporter.get_traceback_html()
    for report in (text, html):
        assert "search backend failed" in report
        assert terms not in report and urlencode({"q": terms}) not in report
        assert CLIENT_ADDRESS not in report


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_gunicorn_access_log_has_no_addresses_or_query_strings(tmp_path):
    port = free_port()
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    database = tmp_path / "db.sqlite3"
    # /healthz is 503 while the database file is missing; an empty one will do.
    sqlite3.connect(database).close()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "waymark.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "WEB_CONCURRENCY": "1",
    }
    log_path = tmp_path / "gunicorn.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [gunicorn, "--config", "python:waymark.gunicorn_conf", "--bind", f"127.0.0.1:{port}", "waymark.wsgi"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    if fetch(base + "/healthz") == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            else:
                pytest.fail("gunicorn did not start: " + log_path.read_text())
            fetch(base + "/healthz?q=forced+marriage", **{"X-Forwarded-For": CLIENT_ADDRESS})
            fetch(base + "/static/css/waymark.css?q=forced+marriage")
        finally:
            server.terminate()
            server.wait(timeout=10)
    access_lines = [line for line in log_path.read_text().splitlines() if '"GET ' in line]
    assert len(access_lines) >= 3, log_path.read_text()
    for line in access_lines:
        assert "?" not in line and "forced" not in line, line
        assert "127.0.0.1" not in line and CLIENT_ADDRESS not in line, line
    assert any('"GET /healthz HTTP/1.1" 200' in line for line in access_lines)


# Request lines and headers a careless or hostile client sends as they are.
SEARCH_WORDS = ["forced", "marriage", "help", "café"]
MALFORMED_REQUESTS = {
    "unencoded spaces": "GET /directory/?q=forced marriage help café HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    "invalid method": "FORCED(MARRIAGE) /directory/?q=help+café HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    "over-long line": "GET /directory/?q=forced+marriage+" + "help+" * 2000 + "café HTTP/1.1\r\n\r\n",
    "bad header": "GET /directory/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Note: forced marriage\x01help café\r\n\r\n",
}


def test_gunicorn_error_log_holds_no_address_or_search_words(tmp_path, start_gunicorn):
    """gunicorn logs 'Invalid request from ip=...' with the request line it
    could not parse. At debug level, the most it ever says, none of it may
    name a client or what they searched for."""
    env = production_env(tmp_path / "db.sqlite3", WEB_CONCURRENCY="1", GUNICORN_LOG_LEVEL="debug")
    server = start_gunicorn(env)
    for name, request in MALFORMED_REQUESTS.items():
        for source in ("127.0.0.1", CLIENT_SOURCE):
            answer = raw_request(server.port, request.encode(), source=source)
            assert answer.startswith(b"HTTP/1.1 4"), (name, answer[:200])
    log = server.log
    assert "Invalid request from" in log and "Request Line is too large" in log, log
    for word in SEARCH_WORDS:
        assert word not in log.lower(), log
    for address in ("127.0.0.1", CLIENT_SOURCE, "::1"):
        assert address not in log, log


def test_admin_lockout_after_repeated_failures_stores_no_address(db, client, django_user_model):
    from axes.models import AccessAttempt

    django_user_model.objects.create_superuser("editor", "editor@example.org", "the right long password")
    for _ in range(5):
        client.post("/admin/login/", {"username": "editor", "password": "wrong"}, REMOTE_ADDR=CLIENT_ADDRESS)
    locked = client.post("/admin/login/", {"username": "editor", "password": "the right long password"})
    assert locked.status_code == 429
    attempts = AccessAttempt.objects.all()
    assert attempts.count() >= 1
    assert all(attempt.ip_address is None for attempt in attempts)


def test_public_visits_leave_no_lockout_records(safety_page, client):
    from axes.models import AccessAttempt, AccessLog

    client.get("/")
    client.post("/search/", {"q": "help"})
    assert not AccessAttempt.objects.exists()
    assert not AccessLog.objects.exists()


@pytest.mark.parametrize(
    "line, kept",
    [
        ("Listening at: http://[::1]:8000 (12)", "Listening at: http://[[address]]:8000 (12)"),
        ("Proxy request from ('2001:db8::7', 51234, 0, 0) not allowed", "Proxy request from [address] not allowed"),
        ("peer ::ffff:203.0.113.77 closed", "peer [address] closed"),
        ("Error handling request GET /search/?q=forced", "Error handling request GET /search/ [withheld]"),
        (
            '[29/Nov/2026:12:26:26 +0000] "GET /healthz HTTP/1.1" 200 3 6ms',
            '[29/Nov/2026:12:26:26 +0000] "GET /healthz HTTP/1.1" 200 3 6ms',
        ),
    ],
)
def test_gunicorn_log_scrubbing_keeps_times_and_paths_but_no_address(line, kept):
    from waymark.gunicorn_logging import scrub

    assert scrub(line) == kept
