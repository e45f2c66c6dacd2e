from django.db import DatabaseError

from .models import SiteSettings


def site_context(request):
    """Site settings for every template. Error pages must render with the
    database down, or for a host no Site matches, so fall back to defaults."""
    try:
        site_settings = SiteSettings.for_request(request)
    except (DatabaseError, SiteSettings.DoesNotExist):
        site_settings = SiteSettings()
    return {"site_settings": site_settings}
