"""The "Get help" box that ends every easy read page: one tappable number
for the page's own topic, the young people's helpline on pages for young
people, and 999.

Every number except 999 is a directory service's, read as the directory
reads its cards (directory.presentation), so the number and whether the
line is open now are the directory's own, never typed into a page. Which
services they are is the editors' choice, in this order:

1. the topic's helpline: the first service chosen on the page itself (its
   "Get help" and quiz blocks) with a phone marked "Helpline", else with
   any phone, since the editor picked them for this topic; else the first
   of the directory's headline helplines;
2. on a page for young people, the service chosen in the "easy read help"
   setting (Childline in the demo).

A service the public may not see, or with no phone, is left out rather
than replaced by a guess."""

from typing import Any

from directory import listings, opening_hours, presentation
from directory.models import ContactRoute, DirectorySettings, Service

from .models import EasyReadHelpSettings

YOUNG_PEOPLE = "young-people"
# Blocks whose chosen services are the page's own route to help.
SERVICE_BLOCKS = ("services", "quiz")


def _page_services(page) -> list[int]:
    chosen: list[int] = []
    for block in page.body:
        if block.block_type in SERVICE_BLOCKS:
            chosen.extend(service.pk for service in block.value.get("services") or [] if service is not None)
    return chosen


def _headline_services(request) -> list[int]:
    settings = DirectorySettings.load(request_or_site=request)
    return [line.service_id for line in settings.headline_helplines.order_by("sort_order")]


def _phone_cards(service_ids, now) -> list[dict[str, Any]]:
    """The directory's cards of these services, in this order, keeping only
    the public ones with a number to call."""
    loaded = listings.load(Service.objects.public().filter(pk__in=service_ids), now)
    cards = [presentation.card(loaded[pk], now) for pk in dict.fromkeys(service_ids) if pk in loaded]
    return [card for card in cards if card["phone"] and card["route"].kind == ContactRoute.Kind.CALL]


def helplines(page, request) -> list[dict[str, Any]]:
    """The directory cards the box shows above 999, at most one per source."""
    now = opening_hours.now()
    shown = []
    topic = _phone_cards(_page_services(page), now) or _phone_cards(_headline_services(request), now)
    # A line marked as a helpline before an office number, each in the
    # editor's order: it is the one that answers people in trouble.
    topic.sort(key=lambda card: card["route"].label != ContactRoute.Label.HELPLINE)
    shown.extend(topic[:1])
    if page.audiences.filter(slug=YOUNG_PEOPLE).exists():
        young = EasyReadHelpSettings.load(request_or_site=request).young_people_helpline_id
        if young:
            shown.extend(_phone_cards([young], now))
    # One service picked by two routes is shown once.
    unique = {card["service"].pk: card for card in shown}
    return list(unique.values())
