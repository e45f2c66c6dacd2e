"""Is a service open now, and when does that change? Opening periods are in
UK time; the answer is computed on concrete dates so clock changes, periods
past midnight and closed days fall out naturally."""

import datetime
from collections.abc import Collection, Container, Iterator
from typing import Protocol
from zoneinfo import ZoneInfo

from django.utils import timezone

UK = ZoneInfo("Europe/London")
UTC = datetime.UTC
MINUTE = datetime.timedelta(minutes=1)
# How far ahead to look for the next change. A service with no opening in
# this window is reported as closed with no known reopening.
HORIZON_DAYS = 60

# (start, end) of an opening, as aware datetimes.
Interval = tuple[datetime.datetime, datetime.datetime]
# (is_open, next_change): see status_at.
Status = tuple[bool, datetime.datetime | None]


def now() -> datetime.datetime:
    """The moment a page's opening statuses are worked out for. Views read
    it once, so every card on a page agrees, and only here, so tests can
    set the clock for the status alone."""
    return timezone.now()


class Period(Protocol):
    """An opening period: a SchedulePeriod, or a listing's plain copy of one."""

    @property
    def weekday(self) -> int: ...
    @property
    def opens_at(self) -> datetime.time: ...
    @property
    def closes_at(self) -> datetime.time: ...


def status_at(
    open_24_7: bool, periods: Collection[Period], closed: Container[datetime.date], now: datetime.datetime
) -> Status:
    """(is_open, next_change) at the aware datetime `now`, for a service open
    round the clock or not, with these opening periods and closed dates.

    next_change is when the service next opens (if closed) or closes (if
    open), as a UK-time datetime, or None when nothing changes within the
    horizon. A closed day cancels the periods that start on it; a period
    that began the evening before still runs to its closing time."""
    now_utc = now.astimezone(UTC)
    today = now.astimezone(UK).date()
    if open_24_7:
        return _round_the_clock(closed, today)
    open_interval: Interval | None = None
    for start, end in _intervals(periods, closed, today - datetime.timedelta(days=1)):
        if open_interval is not None:
            # Extend the current opening while the next one follows on without a gap.
            if start <= open_interval[1]:
                open_interval = (open_interval[0], max(open_interval[1], end))
                continue
            return True, open_interval[1].astimezone(UK)
        if start <= now_utc < end:
            open_interval = (start, end)
        elif start > now_utc:
            return False, start.astimezone(UK)
    return open_interval is not None, None


def _round_the_clock(closed: Container[datetime.date], today: datetime.date) -> Status:
    """status_at() for a service open 24 hours, 7 days: open unless today is
    a closed day, changing at the midnight that starts the next closed day
    (or the next open one) within the horizon. Walking the days instead
    built two datetimes for each day of the horizon, for every card."""
    horizon = [today + datetime.timedelta(days=offset) for offset in range(1, HORIZON_DAYS)]
    is_open = today not in closed
    change = next((day for day in horizon if (day in closed) == is_open), None)
    return is_open, _at(change, datetime.time()).astimezone(UK) if change else None


def _intervals(
    periods: Collection[Period], closed: Container[datetime.date], first_day: datetime.date
) -> Iterator[Interval]:
    """UTC (start, end) pairs in start order, day by day over the horizon."""
    for offset in range(HORIZON_DAYS + 1):
        day = first_day + datetime.timedelta(days=offset)
        if day in closed:
            continue
        todays = []
        for period in periods:
            if period.weekday != day.weekday():
                continue
            end_day = day if period.closes_at > period.opens_at else day + datetime.timedelta(days=1)
            todays.append((_at(day, period.opens_at), _at(end_day, period.closes_at)))
        yield from sorted(todays)


def _at(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """The moment the UK clock first shows `time` on `day`: in October, the
    first of the two (zoneinfo's fold=0). A time the clock skips in March is
    reached when the clock passes it, at the change; zoneinfo would read it
    in winter time, an hour after the clock showed it."""
    wall = datetime.datetime.combine(day, time)
    moment = wall.replace(tzinfo=UK).astimezone(UTC)
    if _shown(moment) != wall:
        while _shown(moment - MINUTE) >= wall:
            moment -= MINUTE
    return moment


def _shown(moment: datetime.datetime) -> datetime.datetime:
    """What the UK clock shows at `moment`."""
    return moment.astimezone(UK).replace(tzinfo=None)
