"""Settings for the test suite (pytest-django)."""

from .base import *  # noqa: F403
from .base import DATABASES, STORAGES, env_str

SECRET_KEY = env_str("SECRET_KEY", "test-only-key-not-for-any-deployment")
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Every test client shares one address; the throttle has its own tests.
API_THROTTLE_RATE = "1000000/60"

# `make bench` runs against a database file, as a server would. On SQLite,
# Django's test database is otherwise a shared-cache in-memory one, which
# made a directory search about 25 ms slower than the same search on disk.
if env_str("TEST_DATABASE_FILE") and DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["TEST"] = {"NAME": env_str("TEST_DATABASE_FILE")}
