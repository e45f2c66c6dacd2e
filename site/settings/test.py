"""Settings for the test suite (pytest-django)."""

from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, STORAGES, env_str

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

# On SQLite the tests use a database file, as a server would. An in-memory
# test database is one connection that live servers share across threads:
# a browser test writing while the server still read from the same table got
# "database table is locked". A file gives each thread its own connection,
# which waits for a lock instead. (It also made a directory search about
# 25 ms faster than in memory; `make bench` names its own file.)
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    test_file = Path(env_str("TEST_DATABASE_FILE") or BASE_DIR / "var" / "test.sqlite3")
    test_file.parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": str(test_file)}
