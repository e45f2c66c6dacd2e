"""opening_hours.status_at agrees with a slow reference that is plainly
right: it reads the UK clock minute by minute.

The reference's rule: a period on day D opens the first minute the UK
clock shows D at its opening time or later, and closes the first minute
after that the clock shows its closing time or later (on D + 1 when the
closing time is at or before the opening time). A closed day cancels the
periods that start on it. Going forward in March, a time the clock skips
is reached when the clock passes it; going back in October, a time the
clock shows twice is reached the first time."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from directory.listings import Period
from directory.opening_hours import UK, status_at

UTC = datetime.UTC
MINUTE = datetime.timedelta(minutes=1)
# The reference reads the clock over this window from the start of the
# day before "now"; a change later than that is not compared.
WINDOW_DAYS = 10
# Around both clock changes of 2026, and ordinary weeks.
DAYS = st.sampled_from(
    [
        datetime.date(2026, 3, 26),  # Thursday before the clocks go forward (29 March)
        datetime.date(2026, 10, 21),  # Wednesday before they go back (25 October)
        datetime.date(2026, 12, 22),  # Christmas week
        datetime.date(2026, 6, 10),
    ]
)
TIMES = st.builds(datetime.time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45, 59]))


@st.composite
def periods(draw):
    found = []
    for _ in range(draw(st.integers(0, 4))):
        opens, closes = draw(TIMES), draw(TIMES)
        if opens != closes:  # the model refuses a period that closes when it opens
            found.append(Period(draw(st.integers(0, 6)), opens, closes))
    return found


def clock(start, minutes):
    """What the UK clock shows at each minute from `start` (UTC)."""
    return [(start + minute * MINUTE).astimezone(UK).replace(tzinfo=None) for minute in range(minutes)]


def first(shown, wall, after=0):
    """The first minute at or after `after` that the clock shows `wall` or later."""
    return next((minute for minute in range(after, len(shown)) if shown[minute] >= wall), len(shown))


def reference(open_24_7, found, closed, start, shown):
    """Open or not at each minute of `shown`, read from `start`."""
    is_open = [False] * len(shown)
    if open_24_7:
        return [moment.date() not in closed for moment in shown]
    first_day = shown[0].date()
    for offset in range(WINDOW_DAYS + 1):
        day = first_day + datetime.timedelta(days=offset)
        if day in closed:
            continue
        for period in found:
            if period.weekday != day.weekday():
                continue
            end_day = day if period.closes_at > period.opens_at else day + datetime.timedelta(days=1)
            opens = first(shown, datetime.datetime.combine(day, period.opens_at))
            closes = first(shown, datetime.datetime.combine(end_day, period.closes_at), after=opens + 1)
            for minute in range(opens, closes):
                is_open[minute] = True
    return is_open


def check(open_24_7, found, closed_offsets, day, later):
    """Compare status_at with the reference at `later` minutes into the
    day after `day`, with those days from `day` closed."""
    closed = {day + datetime.timedelta(days=offset) for offset in closed_offsets}
    # From the start of the day before "now", so last night's periods count.
    start = datetime.datetime.combine(day, datetime.time(), tzinfo=UK).astimezone(UTC)
    shown = clock(start, WINDOW_DAYS * 24 * 60)
    is_open = reference(open_24_7, found, closed, start, shown)
    now_minute = 24 * 60 + later
    now = start + now_minute * MINUTE

    expected_change = next(
        (minute for minute in range(now_minute + 1, len(shown)) if is_open[minute] != is_open[now_minute]), None
    )
    got_open, got_change = status_at(open_24_7, found, closed, now)
    # In UTC: Python never finds a time the clock shows twice equal to one in another zone.
    got_change = got_change and got_change.astimezone(UTC)
    assert got_open == is_open[now_minute], (now.astimezone(UK), found)
    if expected_change is None:
        window_end = start + len(shown) * MINUTE
        assert got_change is None or got_change >= window_end, (now.astimezone(UK), found, got_change)
    else:
        assert got_change == start + expected_change * MINUTE, (now.astimezone(UK), found, got_change)


@settings(max_examples=150, deadline=None)
@given(
    open_24_7=st.booleans(),
    found=periods(),
    day=DAYS,
    later=st.integers(0, 6 * 24 * 60 - 1),
    closed_offsets=st.sets(st.integers(0, 8), max_size=3),
)
def test_status_agrees_with_reading_the_clock_minute_by_minute(open_24_7, found, day, later, closed_offsets):
    check(open_24_7, found, closed_offsets, day, later)


SUNDAY = 6


def test_a_period_from_a_time_the_clock_skips_opens_when_the_clock_passes_it():
    # 29 March 2026: the clocks go from 1am straight to 2am. "Now" is 2:10am BST.
    check(False, [Period(SUNDAY, datetime.time(1, 30), datetime.time(3))], set(), datetime.date(2026, 3, 28), 70)


def test_a_period_closing_at_a_time_the_clock_shows_twice_closes_the_first_time():
    # 25 October 2026: 1:15am comes twice; "now" is the second, in GMT.
    night = [Period(5, datetime.time(22), datetime.time(1, 30))]
    check(False, night, set(), datetime.date(2026, 10, 24), 60 + 75)
