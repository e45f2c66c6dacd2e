"""Settings shared by every environment. Values that differ between
deployments come only from environment variables (see README)."""

from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO

from .env import env_bool, env_list, env_str, language_choices, origin_of

BASE_DIR = Path(__file__).resolve().parents[2]

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    # modeltranslation patches models as they load, so it goes first.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "waymark",
    "directory",
    "campaigns",
    "translations",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
]
# The fictional partnership that `make run` shows. Last, and imported by
# nothing else, so a real site can leave it out.
DEMO_CONTENT = env_bool("DEMO_CONTENT", True)
if DEMO_CONTENT:
    INSTALLED_APPS.append("demo")

MIDDLEWARE = [
    # Outermost, so /healthz, static files and error pages get the headers too.
    "waymark.middleware.public_headers",
    "waymark.middleware.health_check",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below whitenoise, so it sees every page response but not static files.
    "waymark.middleware.public_privacy",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Inside LocaleMiddleware, so it knows the page's language.
    "translations.middleware.isolate_left_to_right",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "directory.api.middleware.JSONErrors",
]

ROOT_URLCONF = "waymark.urls"
WSGI_APPLICATION = "waymark.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "waymark.context_processors.site_context",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters sent apart from the SQL let psycopg prepare the queries a
    # worker repeats, which PostgreSQL then need not parse and plan again:
    # a fifth off a directory search. PgBouncer in transaction mode needs
    # max_prepared_statements set, or this switched off.
    DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = env_bool(
        "DATABASE_SERVER_SIDE_BINDING", True
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. English is the default and the fallback; the others are the
# languages of the communities Waymark serves, each named in itself. URLs
# carry the language (/cy/..., /ur/...); English has no prefix. A deployment
# may choose its own set with LANGUAGES=en,cy,pl,... (see README).
LANGUAGE_CODE = "en"
LANGUAGE_NAMES = {
    "en": "English",
    "cy": "Cymraeg",
    "pl": "Polski",
    "ur": "اردو",
    "pa": "ਪੰਜਾਬੀ",
    "bn": "বাংলা",
    "ar": "العربية",
    "so": "Soomaali",
    "ro": "Română",
    "zh-hans": "中文",
}
# Django describes most languages itself; add those it lacks, so that
# get_language_info() and the language switcher know their own names.
LANG_INFO.setdefault("so", {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"})
LANGUAGES = language_choices(env_list("LANGUAGES", LANGUAGE_NAMES), LANGUAGE_CODE, LANGUAGE_NAMES)
LOCALE_PATHS = [BASE_DIR / "translations" / "locale"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# The admin's language toggles are the project's own, named "Cymraeg (Welsh)"
# rather than "CY" (translations/wagtail_hooks.py).
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Waymark"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ADMIN_PATH = env_str("WAGTAIL_ADMIN_PATH", "admin/").strip("/") + "/"
# The admin calls no other site: no Gravatar avatars, no check for new
# Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_I18N_ENABLED = False  # languages are handled by modeltranslation
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "rtf", "pptx", "xlsx", "csv"]

# Privacy. Public pages set no cookies: the middleware strips any that
# slip through. Admin and preview cookies are scoped to the admin path.
# Behind a proxy that ends TLS, Django may see plain http while the browser
# says https: trust the admin's own public address as an origin for forms.
CSRF_TRUSTED_ORIGINS = list(dict.fromkeys([origin_of(WAGTAILADMIN_BASE_URL), *env_list("CSRF_TRUSTED_ORIGINS")]))
SESSION_COOKIE_PATH = "/" + WAGTAIL_ADMIN_PATH
CSRF_COOKIE_PATH = "/" + WAGTAIL_ADMIN_PATH
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Strict"
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# A CDN may keep public pages for this many seconds (CDN-Cache-Control);
# browsers are always told no-store. 0 turns it off.
CDN_CACHE_SECONDS = int(env_str("CDN_CACHE_SECONDS", "0"))

# The Open Referral API's per-client limit, "requests/seconds", counted in
# memory per process (directory/api/throttle.py). Behind a proxy, name the
# header it puts the client's address in, as Django spells it, such as
# HTTP_X_FORWARDED_FOR; otherwise every client counts as the proxy.
API_THROTTLE_RATE = env_str("API_THROTTLE_RATE", "120/60")
API_CLIENT_ADDRESS_HEADER = env_str("API_CLIENT_ADDRESS_HEADER", "")
# Error reports carry no request bodies, query strings, cookies, client
# addresses or local variables (which may hold search terms).
DEFAULT_EXCEPTION_REPORTER = "waymark.privacy.PrivateExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "waymark.privacy.PrivateExceptionReporterFilter"

# Admin sign-in: lock an account after repeated failures (django-axes). It
# locks by username and never records client addresses, so nothing about
# visitors, or editors' locations, is stored.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_CLIENT_IP_CALLABLE = "waymark.privacy.no_client_address"
AXES_DISABLE_ACCESS_LOG = True
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "waymark.sign_in.locked_out"
# axes.W006 suggests adding the client address to the lock-out key. We lock by
# username alone on purpose: storing addresses is what we promise not to do,
# and a per-username limit cannot be dodged by changing address or browser.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]


# Search: Wagtail's database backend (SQLite FTS5 or PostgreSQL full-text)
# unless an Elasticsearch 9 cluster is configured.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env_str("ELASTICSEARCH_INDEX_PREFIX", "waymark_"),
            "TIMEOUT": 5,
            "AUTO_UPDATE": True,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_query_strings": {"()": "waymark.privacy.RedactQueryStrings"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["no_query_strings"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
