"""Query parameters of the API, checked strictly: anything wrong is a 400
that says which parameter and why, never a guess and never a 500."""

import datetime
import uuid

from django.utils.dateparse import parse_date, parse_datetime
from django.utils.timezone import is_naive, make_aware

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_SEARCH_LENGTH = 200
MAX_PROXIMITY_METRES = 200_000
TRUE, FALSE = {"true", "1", "yes"}, {"false", "0", "no"}


class BadRequest(Exception):
    def __init__(self, message, parameter=None):
        super().__init__(message)
        self.message = message
        self.parameter = parameter


def check_names(query, allowed):
    unknown = sorted(set(query) - set(allowed))
    if unknown:
        accepted = ", ".join(sorted(allowed)) or "none"
        raise BadRequest(f"Unknown parameter: {', '.join(unknown)}. This endpoint accepts: {accepted}.", unknown[0])
    for name in query:
        if len(query.getlist(name)) > 1:
            raise BadRequest(f"Give {name} once only.", name)


def check_values(query):
    """No parameter may hold a NUL character: PostgreSQL refuses text with
    one, and no real value needs it."""
    for name, value in query.items():
        if "\x00" in value:
            raise BadRequest(f"{name} must not contain a NUL character (%00).", name)


def integer(query, name, default, low, high):
    text = query.get(name)
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number, not “{text[:50]}”.", name) from None
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}.", name)
    return value


def page(query):
    return (
        integer(query, "page", 1, 1, 1_000_000),
        integer(query, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
    )


def boolean(query, name):
    text = query.get(name, "").strip().lower()
    if text == "":
        return False
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise BadRequest(f"{name} must be true or false.", name)


def uuid_value(text, name):
    try:
        return uuid.UUID(text.strip())
    except (ValueError, AttributeError):
        raise BadRequest(f"{name} must be a UUID (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427), not “{text[:50]}”.", name) from None


def optional_uuid(query, name):
    text = query.get(name)
    return uuid_value(text, name) if text else None


def moment(query, name):
    """An ISO 8601 date or date-time; a date means its first moment, UTC."""
    text = query.get(name, "").strip()
    if not text:
        return None
    try:
        value = parse_datetime(text)
        if value is None and (day := parse_date(text)) is not None:
            value = datetime.datetime.combine(day, datetime.time())
    except ValueError:
        value = None
    if value is None:
        raise BadRequest(f"{name} must be an ISO 8601 date or date-time, such as 2026-01-31T09:00:00Z.", name)
    value = make_aware(value, datetime.timezone.utc) if is_naive(value) else value
    try:
        # Databases compare in UTC. An offset can carry a moment at either
        # end of the calendar past Python's years 1 to 9999, which broke
        # SQLite's adapter (OverflowError): convert here, where it is a 400.
        return value.astimezone(datetime.timezone.utc)
    except OverflowError:
        raise BadRequest(f"{name} must fall between 0001-01-01 and 9999-12-31 in UTC.", name) from None


def search(query):
    text = " ".join(query.get("search", "").split())
    if len(text) > MAX_SEARCH_LENGTH:
        raise BadRequest(f"search must be at most {MAX_SEARCH_LENGTH} characters.", "search")
    return text
