"""The home page's front door (waymark.extensions.HOME_FRONT_DOOR): the
partnership's headline helplines with their true status, a postcode or town
box with "Use my location", and topic buttons that run the directory's
search already filtered. The form posts to the directory's search with the
same field names as its own form, so the words travel in the body, never in
an address. With JavaScript the results are swapped into the home page as on
the directory's own page, and waymark.js brings in the directory's
stylesheet and script with them; the home page itself loads neither."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from . import listings, opening_hours, presentation
from .models import DirectorySettings, Service

# Each topic is a submit button of the front door's form, carrying one
# value the directory's form already understands: the words of a search,
# or an audience term (directory/taxonomies.py).
TOPICS = (
    (_("Domestic abuse"), "q", "domestic abuse"),
    (_("Sexual violence"), "q", "sexual violence"),
    (_("Forced marriage and honour"), "q", "forced marriage"),
    (_("Stalking"), "q", "stalking"),
    (_("For young people"), "audience", "young-people"),
    (_("Worried about my own behaviour"), "audience", "own-behaviour"),
)


def headline_helplines(request, now):
    """The cards of the helplines editors chose, in their order: only
    services the public may see, each read as the directory reads a card."""
    chosen = [
        line.service_id
        for line in DirectorySettings.load(request_or_site=request).headline_helplines.order_by("sort_order")
    ]
    if not chosen:
        return []
    loaded = listings.load(Service.objects.public().filter(pk__in=chosen), now)
    return [presentation.card(loaded[pk], now) for pk in chosen if pk in loaded]


def render(request):
    context = {
        "helplines": headline_helplines(request, opening_hours.now()),
        "topics": [{"label": label, "name": name, "value": value} for label, name, value in TOPICS],
    }
    return render_to_string("directory/front_door.html", context, request=request)
