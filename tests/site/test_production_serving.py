"""The README's path to production, followed as a deployer would: `make
setup`, then gunicorn with production settings (`site/gunicorn_conf.py`)."""

import re

from .gunicorn_process import get, production_env

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'",
    "permissions-policy": "camera=()",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


def assert_security_headers(headers):
    for name, expected in SECURITY_HEADERS.items():
        assert expected in headers.get(name, ""), (name, headers)


def test_after_make_setup_gunicorn_serves_pages_and_static_files_with_production_settings(set_up_site, start_gunicorn):
    server = start_gunicorn(production_env(set_up_site, WEB_CONCURRENCY="1"))
    status, headers, body = get(server.port, "/")
    assert status == 200, server.log[-3000:]
    assert_security_headers(headers)
    html = body.decode()
    assert "Exit this page" in html
    # Production names static files by their content, from the manifest.
    stylesheet = re.search(r'href="(/static/css/waymark\.[0-9a-f]{12}\.css)"', html)
    assert stylesheet, html[:2000]
    status, headers, _ = get(server.port, stylesheet[1])
    assert status == 200
    assert "immutable" in headers["cache-control"] or "max-age=315360000" in headers["cache-control"]
    assert_security_headers(headers)
    status, headers, _ = get(server.port, "/healthz")
    assert status == 200
    assert_security_headers(headers)


# The TLS proxy's address; the server sees 127.0.0.1 as any other client.
PROXY = ".".join(["127", "0", "0", "2"])


def test_only_the_proxy_may_say_a_request_came_over_https(set_up_site, start_gunicorn):
    """A client that claims `X-Forwarded-Proto: https` is redirected to https
    like any plain-http request, and gets no HSTS; the same claim from the
    proxy in FORWARDED_ALLOW_IPS is believed."""
    env = production_env(set_up_site, WEB_CONCURRENCY="1", SECURE_SSL_REDIRECT="true", FORWARDED_ALLOW_IPS=PROXY)
    server = start_gunicorn(env)
    status, headers, _ = get(server.port, "/", source="127.0.0.1", X_Forwarded_Proto="https")
    assert status == 301 and headers["location"] == "https://127.0.0.1/"
    assert "strict-transport-security" not in headers
    status, headers, _ = get(server.port, "/", source=PROXY, X_Forwarded_Proto="https")
    assert status == 200
    assert "max-age=31536000" in headers["strict-transport-security"]
    status, _, _ = get(server.port, "/", source=PROXY)
    assert status == 301
