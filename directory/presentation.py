"""What a visitor reads about a service: open or closed now, the main route,
badges, opening hours by day, and where it works. Never a confidential
address."""

import datetime

from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from translations import formats

from . import listings
from .models import ContactRoute, ReferralRoute, Weekday
from .models.service import contact_href
from .opening_hours import UK, status_known

Kind = ContactRoute.Kind


def format_time(time):
    """'8pm', '9:30am', 'midnight', 'midday' in English; 20:00 elsewhere."""
    if not (get_language() or "en").startswith("en"):
        return f"{time:%H:%M}"
    if time.hour == 0 and time.minute == 0:
        return _("midnight")
    if time.hour == 12 and time.minute == 0:
        return _("midday")
    hour = time.hour % 12 or 12
    suffix = "am" if time.hour < 12 else "pm"
    return f"{hour}{suffix}" if time.minute == 0 else f"{hour}:{time.minute:02d}{suffix}"


def list_separator():
    """ ", " between names in a list; "، " in Arabic and Urdu, "、" in Chinese."""
    return pgettext("between the names in a list", ", ")


def long_list_separator():
    """ "; " between names that may hold commas themselves; "؛ " in Arabic."""
    return pgettext("between names that may hold commas", "; ")


def _when(moment, now):
    moment = moment.astimezone(UK)
    days = (moment.date() - now.astimezone(UK).date()).days
    time = format_time(moment.time())
    if days == 0:
        return time
    if days == 1:
        return _("%(time)s tomorrow") % {"time": time}
    if days < 7:
        return _("%(day)s %(time)s") % {"day": formats.weekday(moment.date()), "time": time}
    return _("%(date)s %(time)s") % {"date": formats.day_month(moment.date()), "time": time}


# Numbers that always answer. No status goes beside them: nothing should
# make someone in danger hesitate to ring, and they have no opening hours.
EMERGENCY_NUMBERS = frozenset({"999", "112"})


# Routes whose unknown hours are best checked by calling.
VOICE_KINDS = frozenset({Kind.CALL, Kind.TEXTPHONE})


def is_emergency(route):
    return route is not None and "".join(route.number.split()) in EMERGENCY_NUMBERS


def status(listing, now, route=None):
    """(state, text) of a route, by default the one a card offers: "open" or
    "closed" with "Open now · 24 hours", "Open until 8pm" or "Closed – opens
    9am tomorrow" only when the route's hours are kept as a schedule, its
    own or the service's. Otherwise the state is "" and the text is the
    route's hours in words, says the hours are not listed, or that a bank
    holiday may change them: unknown hours are never "Closed". An
    emergency number has neither."""
    route = route or main_route(listing)
    if is_emergency(route):
        return "", ""
    if route and (route.open_24_7 or route.periods):
        return _scheduled(route.open_24_7, route.periods, listing.closed, now)
    if (route is None or route.same_hours_as_service) and (listing.open_24_7 or listing.periods):
        return _scheduled(listing.open_24_7, listing.periods, listing.closed, now)
    if route and route.hours:
        return "", route.hours
    if route and route.kind in VOICE_KINDS:
        return "", _("Hours not listed – call to check")
    return "", _("Hours not listed")


def status_in_english(route, text):
    """Whether a status is the route's own hours in words shown in English
    for want of the visitor's language: marked `lang="en"` where shown."""
    return route is not None and route.hours_in_english and text == route.hours


def _scheduled(open_24_7, periods, closed, now):
    known = status_known(open_24_7, periods, closed, now)
    if known is None:
        return "", _("Holiday hours may differ – call to check")
    is_open, change = known
    if is_open:
        if change is None:
            return "open", _("Open now · 24 hours") if open_24_7 else _("Open now")
        return "open", _("Open until %(when)s") % {"when": _when(change, now)}
    if change is None:
        return "closed", _("Closed")
    return "closed", _("Closed – opens %(when)s") % {"when": _when(change, now)}


def main_route(listing, silent=False):
    """The ListedRoute a card offers. For someone who can't talk, the first
    route that needs no speaking; otherwise the helpline, else the office,
    else the first phone, else the first route of any kind."""
    if silent:
        return next((route for route in listing.routes if route.is_silent), None)
    calls = [route for route in listing.routes if route.kind == Kind.CALL]
    for label in (ContactRoute.Label.HELPLINE, ContactRoute.Label.OFFICE):
        for route in calls:
            if route.label == label:
                return route
    return (calls or listing.routes or [None])[0]


def route_href(route):
    """Where a route's link goes: tel:, sms:, https://wa.me/, mailto: or
    its web address."""
    return contact_href(route.kind, route.number, route.email, route.address)


def route_action(route):
    """The words on a card's button for a route: "Call", "Text", "Chat online"…"""
    return {
        Kind.CALL: _("Call"),
        Kind.TEXT: _("Text"),
        Kind.WHATSAPP: _("WhatsApp"),
        Kind.TEXTPHONE: _("Textphone"),
        Kind.CHAT: _("Chat online"),
        Kind.EMAIL: _("Email"),
        Kind.WEB_FORM: _("Fill in a form online"),
        Kind.CALLBACK: _("Ask them to call you back"),
        Kind.BSL_VIDEO: _("BSL video call"),
        Kind.APP: _("Get the app"),
    }.get(route.kind, _("Contact"))


def route_name(route):
    """ "Helpline", "Office", else the kind: "Text message", "Live chat"."""
    if route.label:
        return ContactRoute.Label(route.label).label
    return ContactRoute.Kind(route.kind).label


def shown_target(route):
    """What a link shows: a number or email address in full, a web address
    without its https:// ("chat.example.org/start")."""
    target = route.target
    return (
        target.removeprefix("https://").removeprefix("www.").rstrip("/")
        if route.kind in ContactRoute.ADDRESS_KINDS
        else target
    )


def routes(service, now):
    """Every contact route of a service as its page and the sheet show them:
    each with its link, its own hours or status, free and bill note."""
    listing = listings.of(service)
    shown = []
    for listed, route in zip(listing.routes, service.contact_routes.all(), strict=True):
        state, status_text = status(listing, now, listed)
        shown.append(
            {
                "route": route,
                "name": route_name(listed),
                "href": route_href(listed),
                "target": shown_target(listed),
                "is_number": listed.kind in ContactRoute.NUMBER_KINDS,
                "state": state,
                "status": status_text,
                "status_in_english": status_in_english(listed, status_text),
                "hours": listed.hours,
                "own_hours": compact_hours(_by_day(listed.periods)) if listed.periods else [],
                "open_24_7": listed.open_24_7,
            }
        )
    return shown


def card(listing, now, miles=None, by_area=False, silent=False):
    """What a result card shows of a listing (directory.listings): the route
    that fits what the visitor asked for, with its status."""
    # A service with no silent route (a national helpline listed when
    # nothing matched) still offers its phone.
    route = main_route(listing, silent) or main_route(listing)
    state, status_text = status(listing, now, route)
    badges = []
    if listing.is_free:
        badges.append(_("Free"))
    if listing.open_24_7:
        badges.append(_("24/7"))
    if listing.referral_route == ReferralRoute.PROFESSIONAL:
        badges.append(_("Referral needed"))
    if miles is None:
        distance = ""
    elif by_area:
        distance = (
            _("Covers your area")
            if miles < 0.5
            else _("Covers an area %(miles)s miles away") % {"miles": formats.decimal(miles)}
        )
    else:
        distance = _("%(miles)s miles away") % {"miles": formats.decimal(miles)}
    return {
        "service": listing,
        "state": state,
        "status": status_text,
        "status_in_english": status_in_english(route, status_text),
        "route": route,
        "action": route_action(route) if route else "",
        "href": route_href(route) if route else "",
        "target": shown_target(route) if route else "",
        "is_number": route is not None and route.kind in ContactRoute.NUMBER_KINDS,
        # The number alone, for the front door's helplines.
        "phone": route.number if route and route.kind in ContactRoute.NUMBER_KINDS else "",
        "tel": route_href(route) if route and route.kind in ContactRoute.NUMBER_KINDS else "",
        "badges": badges,
        "distance": distance,
    }


def opening_hours(service):
    """[(weekday name, "9am to 5pm, 6pm to 8pm" or "Closed")] Monday first.
    Hours kept for one of the service's places say which, so nobody takes a
    drop-in session for the helpline's hours; a confidential place is only
    "a private address"."""
    places = {link.location_id: link.location for link in service.service_at_locations.all()}

    def where(period, hours):
        place = (places.get(period.location_id) or period.location) if period.location_id else None
        if place and place.confidential_address:
            return _("%(hours)s at a private address") % {"hours": hours}
        if place:
            return _("%(hours)s at %(place)s") % {"hours": hours, "place": place.name}
        return hours

    return _by_day(service.schedule_periods.all(), where)


def _by_day(periods, where=lambda period, hours: hours):
    """[(weekday name, "9am to 5pm, 6pm to 8pm" or "Closed")] Monday first."""
    by_day = {day: [] for day in Weekday}
    for period in sorted(periods, key=lambda p: (p.weekday, p.opens_at)):
        hours = _("%(opens)s to %(closes)s") % {
            "opens": format_time(period.opens_at),
            "closes": format_time(period.closes_at),
        }
        by_day[Weekday(period.weekday)].append(where(period, hours))
    return [(day.label, list_separator().join(times) if times else _("Closed")) for day, times in by_day.items()]


def upcoming_closed_days(service, today):
    """[{"date": "25 grudnia 2026", "note": …}] for the next ten closed days."""
    days = [day for day in sorted(service.closed_days.all(), key=lambda d: d.date) if day.date >= today][:10]
    return [{"date": formats.day_month_year(day.date), "note": day.note} for day in days]


def checked(date):
    return formats.day_month_year(date) if isinstance(date, datetime.date) else ""


def compact_hours(hours):
    """opening_hours() with runs of days that share the same times joined:
    [("Monday to Friday", "9am to 5pm"), ("Saturday to Sunday", "Closed")]."""
    runs = []
    for day, times in hours:
        if runs and runs[-1][2] == times:
            runs[-1][1] = day
        else:
            runs.append([day, day, times])
    return [
        (first if first == last else _("%(first)s to %(last)s") % {"first": first, "last": last}, times)
        for first, last, times in runs
    ]
