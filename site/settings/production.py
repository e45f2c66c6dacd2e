"""Production: configured entirely from the environment (see README)."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_list, env_required

SECRET_KEY = env_required(
    "SECRET_KEY",
    "Production needs a long random secret: generate one with "
    "`python -c 'import secrets; print(secrets.token_urlsafe(50))'` and set it in the environment.",
)
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters long.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. Give the site's host names, comma-separated, e.g. ALLOWED_HOSTS=help.example.org"
    )

# TLS ends at the proxy in front of gunicorn. Whether a request came over
# https is decided by gunicorn, which believes X-Forwarded-Proto only from the
# proxy's addresses (FORWARDED_ALLOW_IPS, see gunicorn_conf.py) and sets
# wsgi.url_scheme, which Django reads. SECURE_PROXY_SSL_HEADER is not set on
# purpose: with it, Django would believe the header from any client.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
