"""Is a service open now, and when does that change? Opening periods are in
UK time; the answer is computed on concrete dates so clock changes, periods
past midnight and closed days fall out naturally."""

import datetime
import functools
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


def status_known(
    open_24_7: bool, periods: Collection[Period], closed: Container[datetime.date], now: datetime.datetime
) -> Status | None:
    """status_at(), or None when a bank holiday makes it unknown. Weekly
    hours do not say whether a service opens on a bank holiday, so the
    answer stands only where it is the same whether or not the service opens
    on them: open either way (until the earlier closing), or closed either
    way (with no reopening time when that depends on a bank holiday). A
    service open round the clock is open on bank holidays too."""
    usual = status_at(open_24_7, periods, closed, now)
    if open_24_7:
        return usual
    if_shut = status_at(open_24_7, periods, _ClosedOrHoliday(closed), now)
    if usual == if_shut:
        return usual
    if usual[0] != if_shut[0]:
        return None
    return if_shut if if_shut[0] else (False, None)


def is_bank_holiday(day: datetime.date) -> bool:
    return day in bank_holidays(day.year)


@functools.cache
def bank_holidays(year: int) -> frozenset[datetime.date]:
    """The bank holidays of `year` in any UK nation: a national helpline
    serves all four, and a day off in one nation may be a day off for a
    service in another. A fixed-date holiday on a weekend moves to the next
    weekday that is not already one. One-off holidays a government adds
    (a coronation, a jubilee) are not known here: an editor adds them as
    closed days."""
    easter = _easter(year)
    moving = {
        easter - datetime.timedelta(days=2),  # Good Friday
        easter + datetime.timedelta(days=1),  # Easter Monday (not in Scotland)
        _monday(year, 5, first=True),  # early May
        _monday(year, 5, first=False),  # spring
        _monday(year, 8, first=True),  # summer, in Scotland
        _monday(year, 8, first=False),  # summer, elsewhere
    }
    fixed = [
        (1, 1),  # New Year's Day
        (1, 2),  # in Scotland
        (3, 17),  # St Patrick's Day, in Northern Ireland
        (7, 12),  # Battle of the Boyne, in Northern Ireland
        (11, 30),  # St Andrew's Day, in Scotland
        (12, 25),
        (12, 26),
    ]
    days = set(moving) | {datetime.date(year, month, day) for month, day in fixed}
    for month, day in fixed:
        date = datetime.date(year, month, day)
        if date.weekday() >= 5:
            substitute = date + datetime.timedelta(days=1)
            while substitute.weekday() >= 5 or substitute in days:
                substitute += datetime.timedelta(days=1)
            days.add(substitute)
    return frozenset(days)


def _easter(year: int) -> datetime.date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm
    published in Nature, 1876)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return datetime.date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def _monday(year: int, month: int, first: bool) -> datetime.date:
    """The first or last Monday of a month."""
    if first:
        day = datetime.date(year, month, 1)
        return day + datetime.timedelta(days=-day.weekday() % 7)
    end = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
    return end - datetime.timedelta(days=end.weekday())


class _ClosedOrHoliday:
    """Closed days and every bank holiday, as status_at reads closed days."""

    def __init__(self, closed: Container[datetime.date]) -> None:
        self.closed = closed

    def __contains__(self, day: object) -> bool:
        return day in self.closed or (isinstance(day, datetime.date) and is_bank_holiday(day))


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
