"""Local development: `make run`. Not for any server reachable by others."""

from django.core.management.utils import get_random_secret_key

from .base import *  # noqa: F403
from .base import BASE_DIR, SECRET_KEY, env_list

DEBUG = True
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])


def _local_secret_key():
    """A random key kept in an ignored file, so admin logins survive restarts."""
    path = BASE_DIR / ".dev-secret-key"
    if not path.exists():
        path.write_text(get_random_secret_key())
    return path.read_text().strip()


SECRET_KEY = SECRET_KEY or _local_secret_key()
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve files straight from static/ so CSS and JS edits show without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
