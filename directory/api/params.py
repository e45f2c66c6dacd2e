"""Query parameters of the API, checked strictly: anything wrong is a 400
that says which parameter and why, never a guess and never a 500.

The limits and patterns here are also what the OpenAPI description
(openapi.py) publishes, so the description says exactly what is checked.
"""

import datetime
import re
import uuid
from collections.abc import Collection
from typing import overload

from django.http import QueryDict
from django.utils.timezone import is_naive, make_aware

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_PAGE = 1_000_000
MAX_SEARCH_LENGTH = 200
MAX_PROXIMITY_METRES = 200_000
DEFAULT_PROXIMITY_METRES = 16_093  # ten miles, the site's default radius
MAX_AGE = 120  # as a service's own ages are kept (directory.models.service)
TRUE, FALSE = {"true", "1", "yes"}, {"false", "0", "no"}
# Open Referral's schedule `byday` codes, Monday first as Python counts weekdays.
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

# The syntaxes accepted, as ECMA-262 patterns for the OpenAPI description and
# matched in full here. [0-9], not \d: Python's \d also matches other
# scripts' digits, which the description would then wrongly promise.
UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"
MOMENT_PATTERN = (
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$"
)


class BadRequest(Exception):
    def __init__(self, message: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.parameter = parameter


def check_names(query: QueryDict, allowed: Collection[str]) -> None:
    unknown = sorted(set(query) - set(allowed))
    if unknown:
        accepted = ", ".join(sorted(allowed)) or "none"
        raise BadRequest(f"Unknown parameter: {', '.join(unknown)}. This endpoint accepts: {accepted}.", unknown[0])
    for name in query:
        if len(query.getlist(name)) > 1:
            raise BadRequest(f"Give {name} once only.", name)


def check_values(query: QueryDict) -> None:
    """No parameter may be empty: `?page=` is more likely a client's bug
    than a wish for the default, and one rule for every parameter is one
    the description can state. No parameter may hold a NUL character:
    PostgreSQL refuses text with one, and no real value needs it."""
    for name, value in query.items():
        if value == "":
            raise BadRequest(f"{name} is empty: give it a value, or leave it out.", name)
        if "\x00" in value:
            raise BadRequest(f"{name} must not contain a NUL character (%00).", name)


def _matches(pattern: str, text: str) -> bool:
    return re.fullmatch(pattern, text) is not None


@overload
def integer(query: QueryDict, name: str, default: int, low: int, high: int) -> int: ...
@overload
def integer(query: QueryDict, name: str, default: None, low: int, high: int) -> int | None: ...
def integer(query: QueryDict, name: str, default: int | None, low: int, high: int) -> int | None:
    text = query.get(name)
    if text is None:
        return default
    # int() would also take " 7", "+7", "7_000" and other scripts' digits.
    if not _matches("-?[0-9]+", text):
        raise BadRequest(f"{name} must be a whole number, not “{text[:50]}”.", name)
    # A long run of digits is out of range anyway, and int() refuses over
    # 4,300 digits with a ValueError.
    value = int(text) if len(text) <= 20 else (high + 1 if text[0] != "-" else low - 1)
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}.", name)
    return value


def page(query: QueryDict) -> tuple[int, int]:
    return (
        integer(query, "page", 1, 1, MAX_PAGE),
        integer(query, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
    )


def boolean(query: QueryDict, name: str) -> bool:
    text = query.get(name)
    if text is None:
        return False
    if text.lower() in TRUE:
        return True
    if text.lower() in FALSE:
        return False
    raise BadRequest(f"{name} must be true or false.", name)


def uuid_value(text: str, name: str) -> uuid.UUID:
    if not _matches(UUID_PATTERN, text):
        raise BadRequest(f"{name} must be a UUID (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427), not “{text[:50]}”.", name)
    return uuid.UUID(text)


def optional_uuid(query: QueryDict, name: str) -> uuid.UUID | None:
    text = query.get(name)
    return None if text is None else uuid_value(text, name)


def moment(query: QueryDict, name: str) -> datetime.datetime | None:
    """An ISO 8601 date or date-time (MOMENT_PATTERN); a date means its
    first moment, and a date-time without an offset is UTC."""
    text = query.get(name)
    if text is None:
        return None
    try:
        if not _matches(MOMENT_PATTERN, text):
            raise ValueError
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest(f"{name} must be an ISO 8601 date or date-time, such as 2026-01-31T09:00:00Z.", name) from None
    value = make_aware(value, datetime.UTC) if is_naive(value) else value
    try:
        # Databases compare in UTC. An offset can carry a moment at either
        # end of the calendar past Python's years 1 to 9999, which broke
        # SQLite's adapter (OverflowError): convert here, where it is a 400.
        return value.astimezone(datetime.UTC)
    except OverflowError:
        raise BadRequest(f"{name} must fall between 0001-01-01 and 9999-12-31 in UTC.", name) from None


def search(query: QueryDict) -> str:
    """The words searched for, spaces tidied. The length limit applies to
    the text as sent, as the description says."""
    text = query.get("search", "")
    if len(text) > MAX_SEARCH_LENGTH:
        raise BadRequest(f"search must be at most {MAX_SEARCH_LENGTH} characters.", "search")
    return " ".join(text.split())


def ages(query: QueryDict) -> tuple[int | None, int | None]:
    """(minimum_age, maximum_age), each None when not given."""
    low = integer(query, "minimum_age", None, 0, MAX_AGE)
    high = integer(query, "maximum_age", None, 0, MAX_AGE)
    if low is not None and high is not None and low > high:
        raise BadRequest("maximum_age must be the same as or above minimum_age.", "maximum_age")
    return low, high


def day(query: QueryDict) -> int | None:
    """The weekday asked for, 0 for Monday, or None."""
    text = query.get("day")
    if text is None:
        return None
    if text not in DAYS:
        raise BadRequest(f"day must be one of {', '.join(DAYS)}, not “{text[:50]}”.", "day")
    return DAYS.index(text)


def time_of_day(query: QueryDict, name: str) -> datetime.time | None:
    text = query.get(name)
    if text is None:
        return None
    if not _matches(TIME_PATTERN, text):
        raise BadRequest(f"{name} must be a time of day as HH:MM or HH:MM:SS, such as 17:30, not “{text[:50]}”.", name)
    return datetime.time.fromisoformat(text)


def times(query: QueryDict) -> tuple[datetime.time | None, datetime.time | None]:
    """(start_time, end_time), each None when not given."""
    start, end = time_of_day(query, "start_time"), time_of_day(query, "end_time")
    if start is not None and end is not None and start >= end:
        raise BadRequest("end_time must be after start_time, on the same day.", "end_time")
    return start, end
