"""What an editor sees when django-axes has locked their account."""

from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    """A page in the admin's own style that says what happened, for how long,
    and who can help: a bare "Account locked" line leaves an editor stuck."""
    minutes = round(settings.AXES_COOLOFF_TIME * 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    return render(request, "waymark/admin/locked_out.html", context, status=429)
