"""What a visitor reads about a service: open or closed now, the main phone,
badges, opening hours by day, and where it works. Never a confidential
address."""

import datetime

from django.utils import formats
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from waymark.templatetags.waymark_tags import tel_href

from .models import Phone, ReferralRoute, Weekday
from .opening_hours import UK


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


def _when(moment, now):
    moment = moment.astimezone(UK)
    days = (moment.date() - now.astimezone(UK).date()).days
    time = format_time(moment.time())
    if days == 0:
        return time
    if days == 1:
        return _("%(time)s tomorrow") % {"time": time}
    if days < 7:
        return _("%(day)s %(time)s") % {"day": formats.date_format(moment, "l"), "time": time}
    return _("%(date)s %(time)s") % {"date": formats.date_format(moment, "j F"), "time": time}


# Numbers that always answer. No status goes beside them: nothing should
# make someone in danger hesitate to ring, and they have no opening hours.
EMERGENCY_NUMBERS = frozenset({"999", "112"})


def status(listing, now):
    """(state, text) of the route a card offers, its main phone: "open" or
    "closed" with "Open now · 24 hours", "Open until 8pm" or "Closed – opens
    9am tomorrow" only when the service's hours are kept as a schedule.
    Otherwise the state is "" and the text is the phone's hours in words,
    says the hours are not listed, or that a bank holiday may change them:
    unknown hours are never "Closed". An emergency number has neither."""
    phone = main_phone(listing)
    if phone and "".join(phone.number.split()) in EMERGENCY_NUMBERS:
        return "", ""
    if not listing.open_24_7 and not listing.periods:
        if phone and phone.hours:
            return "", phone.hours
        return "", _("Hours not listed – call to check") if phone else _("Hours not listed")
    known = listing.opening_at(now)
    if known is None:
        return "", _("Holiday hours may differ – call to check")
    is_open, change = known
    if is_open:
        if change is None:
            return "open", _("Open now · 24 hours") if listing.open_24_7 else _("Open now")
        return "open", _("Open until %(when)s") % {"when": _when(change, now)}
    if change is None:
        return "closed", _("Closed")
    return "closed", _("Closed – opens %(when)s") % {"when": _when(change, now)}


def main_phone(listing):
    """The ListedPhone a card offers: the helpline, else the office, else
    the first."""
    for label in (Phone.Label.HELPLINE, Phone.Label.OFFICE):
        for phone in listing.phones:
            if phone.label == label:
                return phone
    return listing.phones[0] if listing.phones else None


def card(listing, now, miles=None, by_area=False):
    """What a result card shows of a listing (directory.listings)."""
    state, status_text = status(listing, now)
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
            else _("Covers an area %(miles)s miles away") % {"miles": f"{miles:.1f}"}
        )
    else:
        distance = _("%(miles)s miles away") % {"miles": f"{miles:.1f}"}
    phone = main_phone(listing)
    return {
        "service": listing,
        "state": state,
        "status": status_text,
        "phone": phone.number if phone else "",
        "tel": tel_href(phone.number) if phone else "",
        "badges": badges,
        "distance": distance,
    }


def opening_hours(service):
    """[(weekday name, "9am to 5pm, 6pm to 8pm" or "Closed")] Monday first.
    Hours kept for one of the service's places say which, so nobody takes a
    drop-in session for the helpline's hours; a confidential place is only
    "a private address"."""
    places = {link.location_id: link.location for link in service.service_at_locations.all()}
    by_day = {day: [] for day in Weekday}
    for period in sorted(service.schedule_periods.all(), key=lambda p: (p.weekday, p.opens_at)):
        hours = _("%(opens)s to %(closes)s") % {
            "opens": format_time(period.opens_at),
            "closes": format_time(period.closes_at),
        }
        place = (places.get(period.location_id) or period.location) if period.location_id else None
        if place and place.confidential_address:
            hours = _("%(hours)s at a private address") % {"hours": hours}
        elif place:
            hours = _("%(hours)s at %(place)s") % {"hours": hours, "place": place.name}
        by_day[Weekday(period.weekday)].append(hours)
    return [(day.label, ", ".join(times) if times else _("Closed")) for day, times in by_day.items()]


def upcoming_closed_days(service, today):
    return [day for day in sorted(service.closed_days.all(), key=lambda d: d.date) if day.date >= today][:10]


def checked(date):
    return formats.date_format(date, "j F Y") if isinstance(date, datetime.date) else ""


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
