"""Site settings for every template.

Finding the request's site and reading its settings took two queries, a
few milliseconds, on every page, for values that change a few times a
year. So each process keeps them for a short while: a change saved in the
admin clears this process's copy at once, and reaches every other worker
process within KEEP_SECONDS."""

import time

from django.db import DatabaseError

from .models import SiteSettings

KEEP_SECONDS = 30
MAX_HOSTS = 20  # ALLOWED_HOSTS may hold a wildcard: keep the store small
_kept: dict[str, tuple[float, SiteSettings]] = {}  # host: (monotonic time it expires, SiteSettings)


def site_settings_for(request):
    host = request.get_host()
    now = time.monotonic()
    kept = _kept.get(host)
    if kept and kept[0] > now:
        return kept[1]
    site_settings = SiteSettings.for_request(request)
    if len(_kept) >= MAX_HOSTS:
        _kept.clear()
    _kept[host] = (now + KEEP_SECONDS, site_settings)
    return site_settings


def forget_site_settings(**_signal):
    """Drop the kept settings: connected to saving sites, settings and
    pages (the settings link to a safety page)."""
    _kept.clear()


def site_context(request):
    """Error pages must render with the database down, or for a host no
    Site matches, so fall back to defaults."""
    try:
        site_settings = site_settings_for(request)
    except (DatabaseError, SiteSettings.DoesNotExist):
        site_settings = SiteSettings()
    return {"site_settings": site_settings}
