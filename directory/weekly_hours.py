"""A contact route's own weekly hours, written the way the services
spreadsheet writes a service's: "Mon-Fri 09:00-17:00; Sat 10:00-13:00,
14:00-16:00" (UK time; a closing time at or before the opening time runs
past midnight). Stored as a list of {"weekday", "opens_at", "closes_at"}
with times as "HH:MM", so the editor, the CSV cell and the database agree."""

import datetime
import re
from typing import Any, NamedTuple

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PART_RE = re.compile(r"^(?P<days>[a-z]{3}(?:\s*-\s*[a-z]{3})?)\s+(?P<times>.+)$")
RANGE_RE = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


class Period(NamedTuple):
    weekday: int
    opens_at: datetime.time
    closes_at: datetime.time


class BadPart(ValueError):
    """One part of the text is not like "Mon-Fri 09:00-17:00"; args[0] is the part."""


def parse(text: str) -> list[dict[str, Any]]:
    """The stored form of `text`, or BadPart naming the first part that is
    not understood."""
    periods: list[dict[str, Any]] = []
    for part in (piece.strip() for piece in (text or "").split(";")):
        if not part:
            continue
        match = PART_RE.match(part.lower())
        days = _days(match["days"]) if match else None
        times = [_range(piece) for piece in match["times"].split(",")] if match else []
        if not days or not times or any(time is None for time in times):
            raise BadPart(part)
        for day in days:
            for opens, closes in (time for time in times if time is not None):
                periods.append({"weekday": day, "opens_at": f"{opens:%H:%M}", "closes_at": f"{closes:%H:%M}"})
    return periods


def periods(stored: object) -> tuple[Period, ...]:
    """The stored list as Periods; anything malformed is left out (the
    model's validation keeps it from being saved)."""
    found = []
    for item in stored if isinstance(stored, list) else []:
        try:
            found.append(
                Period(
                    int(item["weekday"]),
                    datetime.time.fromisoformat(item["opens_at"]),
                    datetime.time.fromisoformat(item["closes_at"]),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(found)


def text(stored: object) -> str:
    """The stored list written back as "Mon-Fri 09:00-17:00; Sat 10:00-13:00",
    consecutive days with the same times joined."""
    by_day: dict[int, list[str]] = {}
    for period in sorted(periods(stored), key=lambda p: (p.weekday, p.opens_at)):
        by_day.setdefault(period.weekday, []).append(f"{period.opens_at:%H:%M}-{period.closes_at:%H:%M}")
    runs: list[list[Any]] = []  # [first day, last day, times]
    for day in sorted(by_day):
        times = ", ".join(by_day[day])
        if runs and runs[-1][1] == day - 1 and runs[-1][2] == times:
            runs[-1][1] = day
        else:
            runs.append([day, day, times])
    return "; ".join(
        f"{DAYS[first].title()}{'' if first == last else '-' + DAYS[last].title()} {times}"
        for first, last, times in runs
    )


def validate(stored: object) -> str | None:
    """None if `stored` is a well-formed list, else what is wrong."""
    if not isinstance(stored, list):
        return "not a list"
    if len(periods(stored)) != len(stored):
        return "a period is not a weekday with opening and closing times"
    if any(not 0 <= p.weekday <= 6 for p in periods(stored)):
        return "a weekday is not 0 (Monday) to 6 (Sunday)"
    if any(p.opens_at == p.closes_at for p in periods(stored)):
        return "a period closes at the time it opens"
    return None


def _days(text: str) -> list[int] | None:
    ends = [day.strip() for day in text.split("-")]
    if any(day not in DAYS for day in ends):
        return None
    first, last = DAYS.index(ends[0]), DAYS.index(ends[-1])
    return list(range(first, last + 1)) if first <= last else [*range(first, 7), *range(0, last + 1)]


def _range(text: str) -> tuple[datetime.time, datetime.time] | None:
    match = RANGE_RE.match(text.strip())
    if not match:
        return None
    try:
        opens = datetime.time(int(match[1]), int(match[2]))
        # "24:00" closes at midnight.
        closes = (
            datetime.time(0) if (match[3], match[4]) == ("24", "00") else datetime.time(int(match[3]), int(match[4]))
        )
    except ValueError:
        return None
    return opens, closes
