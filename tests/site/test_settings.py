"""Settings come from the environment only. Each case imports the settings
module in a fresh interpreter, as a deployment would."""

import json
import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

GOOD_KEY = secrets.token_urlsafe(50)


def load_settings(module, env, names):
    script = (
        "import json, importlib, sys\n"
        f"s = importlib.import_module({module!r})\n"
        f"print(json.dumps({{n: repr(getattr(s, n, None)) for n in {names!r}}}))\n"
    )
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DATABASE_URL",
            "ELASTICSEARCH_URL",
            "WAGTAIL_ADMIN_PATH",
            "WAGTAILADMIN_BASE_URL",
            "DJANGO_SETTINGS_MODULE",
            "DATABASE_SERVER_SIDE_BINDING",
            "CSRF_TRUSTED_ORIGINS",
        }
    }
    return subprocess.run(
        [sys.executable, "-c", script], env={**clean, **env}, capture_output=True, text=True, timeout=60
    )


def settings_values(module, env, *names):
    result = load_settings(module, env, list(names))
    assert result.returncode == 0, result.stderr
    return {k: eval(v) for k, v in json.loads(result.stdout).items()}


def test_production_refuses_to_start_without_secret_key():
    result = load_settings("waymark.settings.production", {"ALLOWED_HOSTS": "help.example.org"}, ["DEBUG"])
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = load_settings("waymark.settings.production", {"SECRET_KEY": "short", "ALLOWED_HOSTS": "x.org"}, ["DEBUG"])
    assert "at least 50 characters" in result.stderr


def test_production_requires_allowed_hosts():
    result = load_settings("waymark.settings.production", {"SECRET_KEY": GOOD_KEY}, ["DEBUG"])
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_production_reads_hosts_admin_path_and_base_url_from_environment():
    values = settings_values(
        "waymark.settings.production",
        {
            "SECRET_KEY": GOOD_KEY,
            "ALLOWED_HOSTS": "help.example.org, www.help.example.org",
            "WAGTAIL_ADMIN_PATH": "/editors",
            "WAGTAILADMIN_BASE_URL": "https://help.example.org",
        },
        "ALLOWED_HOSTS",
        "WAGTAIL_ADMIN_PATH",
        "WAGTAILADMIN_BASE_URL",
        "DEBUG",
        "SECRET_KEY",
    )
    assert values["ALLOWED_HOSTS"] == ["help.example.org", "www.help.example.org"]
    assert values["WAGTAIL_ADMIN_PATH"] == "editors/"
    assert values["WAGTAILADMIN_BASE_URL"] == "https://help.example.org"
    assert values["DEBUG"] is False
    assert values["SECRET_KEY"] == GOOD_KEY


def test_admin_path_defaults_to_admin():
    values = settings_values("waymark.settings.base", {}, "WAGTAIL_ADMIN_PATH")
    assert values["WAGTAIL_ADMIN_PATH"] == "admin/"


def test_database_is_sqlite_by_default_and_postgresql_from_database_url():
    default = settings_values("waymark.settings.base", {}, "DATABASES")["DATABASES"]["default"]
    assert default["ENGINE"] == "django.db.backends.sqlite3"
    postgres = settings_values(
        "waymark.settings.base", {"DATABASE_URL": "postgres://waymark:pw@db.internal:5432/waymark"}, "DATABASES"
    )["DATABASES"]["default"]
    assert postgres["ENGINE"] == "django.db.backends.postgresql"
    assert (postgres["HOST"], postgres["NAME"], postgres["USER"]) == ("db.internal", "waymark", "waymark")
    assert postgres["OPTIONS"]["server_side_binding"] is True
    assert "server_side_binding" not in default.get("OPTIONS", {})


def test_postgresql_server_side_binding_can_be_switched_off_for_a_transaction_pooler():
    postgres = settings_values(
        "waymark.settings.base",
        {
            "DATABASE_URL": "postgres://waymark:pw@pgbouncer.internal:6432/waymark",
            "DATABASE_SERVER_SIDE_BINDING": "false",
        },
        "DATABASES",
    )["DATABASES"]["default"]
    assert postgres["OPTIONS"]["server_side_binding"] is False


def test_search_uses_database_backend_unless_elasticsearch_url_is_set():
    default = settings_values("waymark.settings.base", {}, "WAGTAILSEARCH_BACKENDS")["WAGTAILSEARCH_BACKENDS"]
    assert default["default"]["BACKEND"] == "wagtail.search.backends.database"
    elastic = settings_values(
        "waymark.settings.base", {"ELASTICSEARCH_URL": "https://search.internal:9200"}, "WAGTAILSEARCH_BACKENDS"
    )["WAGTAILSEARCH_BACKENDS"]["default"]
    assert elastic["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert elastic["URLS"] == ["https://search.internal:9200"]


def test_dev_generates_a_key_when_none_is_given():
    values = settings_values("waymark.settings.dev", {}, "SECRET_KEY", "DEBUG")
    assert len(values["SECRET_KEY"]) >= 50
    assert values["DEBUG"] is True


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_boolean_settings_reject_unclear_values(value):
    result = load_settings(
        "waymark.settings.production",
        {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "x.org", "SECURE_SSL_REDIRECT": value},
        ["DEBUG"],
    )
    assert "SECURE_SSL_REDIRECT must be true or false" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "waymark.settings.production",
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "help.example.org",
        "WAGTAILADMIN_BASE_URL": "https://help.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_admin_cookies_are_secure_httponly_and_same_site():
    values = settings_values(
        "waymark.settings.production",
        {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "help.example.org"},
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "CSRF_COOKIE_SAMESITE",
        "SESSION_COOKIE_PATH",
        "SECURE_HSTS_SECONDS",
    )
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"] and values["SESSION_COOKIE_HTTPONLY"]
    assert values["SESSION_COOKIE_SAMESITE"] in ("Lax", "Strict")
    assert values["CSRF_COOKIE_SAMESITE"] in ("Lax", "Strict")
    assert values["SESSION_COOKIE_PATH"] == "/admin/"
    assert values["SECURE_HSTS_SECONDS"] >= 31536000


def test_admin_forms_trust_the_admin_address_that_a_tls_proxy_serves():
    values = settings_values(
        "waymark.settings.production",
        {
            "SECRET_KEY": GOOD_KEY,
            "ALLOWED_HOSTS": "help.example.org",
            "WAGTAILADMIN_BASE_URL": "https://help.example.org/",
            "CSRF_TRUSTED_ORIGINS": "https://editors.example.org",
        },
        "CSRF_TRUSTED_ORIGINS",
    )
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://help.example.org", "https://editors.example.org"]


def test_an_admin_base_url_that_is_not_a_web_address_is_refused():
    result = load_settings("waymark.settings.dev", {"WAGTAILADMIN_BASE_URL": "help.example.org"}, ["DEBUG"])
    assert result.returncode != 0
    assert "is not an http(s) address" in result.stderr
