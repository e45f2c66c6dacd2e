import datetime
from zoneinfo import ZoneInfo

import pytest

from directory import listings, opening_hours, presentation

from .factories import ClosedDayFactory, ContactRouteFactory, LocationFactory, SchedulePeriodFactory, ServiceFactory

UK = ZoneInfo("Europe/London")
MONDAY, TUESDAY, FRIDAY, SATURDAY = 0, 1, 4, 5
pytestmark = pytest.mark.django_db


def opening_status(service, now):
    """What the service's card and page go by: (is_open, next_change)."""
    return listings.of(service).opening_at(now)


def at(*args):
    return datetime.datetime(*args, tzinfo=UK)


def period(service, weekday, opens, closes, **kwargs):
    return SchedulePeriodFactory(
        service=service, weekday=weekday, opens_at=datetime.time(*opens), closes_at=datetime.time(*closes), **kwargs
    )


# 2025-03-03 is a Monday.
def test_open_during_a_period_and_closes_at_its_end():
    service = ServiceFactory()
    period(service, MONDAY, (9,), (17,))
    assert opening_status(service, at(2025, 3, 3, 10)) == (True, at(2025, 3, 3, 17))


def test_closed_before_opening_says_when_it_opens():
    service = ServiceFactory()
    period(service, MONDAY, (9,), (17,))
    assert opening_status(service, at(2025, 3, 3, 8, 59)) == (False, at(2025, 3, 3, 9))


def test_closed_at_the_closing_minute_and_next_opening_is_a_week_later():
    service = ServiceFactory()
    period(service, MONDAY, (9,), (17,))
    assert opening_status(service, at(2025, 3, 3, 17)) == (False, at(2025, 3, 10, 9))


def test_several_periods_a_day_with_a_lunch_break():
    service = ServiceFactory()
    period(service, MONDAY, (9,), (12,))
    period(service, MONDAY, (13,), (17,))
    assert opening_status(service, at(2025, 3, 3, 11)) == (True, at(2025, 3, 3, 12))
    assert opening_status(service, at(2025, 3, 3, 12, 30)) == (False, at(2025, 3, 3, 13))


def test_back_to_back_periods_count_as_one_opening():
    service = ServiceFactory()
    period(service, MONDAY, (9,), (13,))
    period(service, MONDAY, (13,), (17,))
    assert opening_status(service, at(2025, 3, 3, 10)) == (True, at(2025, 3, 3, 17))


def test_overnight_period_is_open_after_midnight_and_closes_next_morning():
    service = ServiceFactory()
    period(service, FRIDAY, (22,), (2,))
    # Friday 7 March 23:00 and Saturday 8 March 01:00 are both inside it.
    assert opening_status(service, at(2025, 3, 7, 23)) == (True, at(2025, 3, 8, 2))
    assert opening_status(service, at(2025, 3, 8, 1)) == (True, at(2025, 3, 8, 2))
    assert opening_status(service, at(2025, 3, 8, 3)) == (False, at(2025, 3, 14, 22))


def test_open_24_7_has_no_next_change():
    service = ServiceFactory(open_24_7=True)
    assert opening_status(service, at(2025, 3, 3, 3)) == (True, None)


def test_open_24_7_closed_on_a_closed_day_until_the_next_midnight():
    service = ServiceFactory(open_24_7=True)
    ClosedDayFactory(service=service, date=datetime.date(2025, 12, 25))
    assert opening_status(service, at(2025, 12, 24, 20)) == (True, at(2025, 12, 25, 0))
    assert opening_status(service, at(2025, 12, 25, 12)) == (False, at(2025, 12, 26, 0))


def test_open_24_7_closed_on_days_in_a_row_reopens_after_the_last():
    service = ServiceFactory(open_24_7=True)
    for day in (25, 26):
        ClosedDayFactory(service=service, date=datetime.date(2025, 12, day))
    assert opening_status(service, at(2025, 12, 20, 12)) == (True, at(2025, 12, 25, 0))
    assert opening_status(service, at(2025, 12, 25, 12)) == (False, at(2025, 12, 27, 0))
    assert opening_status(service, at(2025, 12, 26, 23, 59)) == (False, at(2025, 12, 27, 0))


def test_closed_day_skips_to_the_next_open_day():
    service = ServiceFactory()
    period(service, MONDAY, (9,), (17,))
    period(service, TUESDAY, (9,), (17,))
    ClosedDayFactory(service=service, date=datetime.date(2025, 3, 3))
    assert opening_status(service, at(2025, 3, 3, 10)) == (False, at(2025, 3, 4, 9))


def test_closed_day_keeps_the_tail_of_the_night_before():
    service = ServiceFactory()
    period(service, FRIDAY, (22,), (2,))
    ClosedDayFactory(service=service, date=datetime.date(2025, 3, 8))
    assert opening_status(service, at(2025, 3, 8, 1)) == (True, at(2025, 3, 8, 2))


def test_no_periods_means_closed_with_no_reopening():
    # What status_at says; a card never asks it of hours that are not known
    # (test_unknown_hours_are_never_closed).
    assert opening_status(ServiceFactory(), at(2025, 3, 3, 10)) == (False, None)


def card_status(service, now):
    """(state, text) that a card and a service page show."""
    return presentation.status(listings.of(service), now)


def test_known_hours_show_a_status():
    always = ServiceFactory(open_24_7=True)
    ContactRouteFactory(service=always, number="0808 111 2222")
    office = ServiceFactory()
    ContactRouteFactory(service=office, number="0808 111 3333")
    period(office, MONDAY, (9,), (20,))
    assert card_status(always, at(2025, 3, 9, 10, 22)) == ("open", "Open now · 24 hours")
    assert card_status(office, at(2025, 3, 3, 10)) == ("open", "Open until 8pm")
    assert card_status(office, at(2025, 3, 8, 10)) == ("closed", "Closed – opens Monday 9am")


def test_unknown_hours_are_never_closed():
    words = ServiceFactory()
    ContactRouteFactory(service=words, number="0808 111 2222", hours="Every day, evening until midnight")
    # Hours kept only for one place say nothing about the phone.
    unlisted = ServiceFactory()
    ContactRouteFactory(service=unlisted, number="0808 111 3333", hours="")
    period(unlisted, SATURDAY, (10,), (12,), location=LocationFactory())
    app = ServiceFactory()
    now = at(2025, 3, 9, 10, 22)
    assert card_status(words, now) == ("", "Every day, evening until midnight")
    assert card_status(unlisted, now) == ("", "Hours not listed – call to check")
    assert card_status(app, now) == ("", "Hours not listed")


def test_bank_holidays_of_every_uk_nation():
    # The published lists for 2026 (England and Wales, Scotland, Northern
    # Ireland), and 2027, when Christmas falls on a Saturday.
    assert sorted(opening_hours.bank_holidays(2026)) == [
        datetime.date(2026, month, day)
        for month, day in [
            (1, 1),
            (1, 2),
            (3, 17),
            (4, 3),
            (4, 6),
            (5, 4),
            (5, 25),
            (7, 12),
            (7, 13),  # Battle of the Boyne, moved from the Sunday
            (8, 3),
            (8, 31),
            (11, 30),
            (12, 25),
            (12, 26),
            (12, 28),  # Boxing Day, moved from the Saturday
        ]
    ]
    assert {datetime.date(2027, 12, day) for day in (27, 28)} <= opening_hours.bank_holidays(2027)
    assert datetime.date(2027, 1, 4) in opening_hours.bank_holidays(2027)  # 2 January, in Scotland


def test_a_bank_holiday_leaves_weekly_hours_unknown_but_not_round_the_clock():
    always = ServiceFactory(open_24_7=True)
    ContactRouteFactory(service=always, number="0808 111 2222")
    office = ServiceFactory()
    ContactRouteFactory(service=office, number="0808 111 3333")
    for day in range(5):
        period(office, day, (9,), (17,))
    christmas = at(2026, 12, 25, 12)  # a Friday
    assert card_status(always, christmas) == ("open", "Open now · 24 hours")
    assert card_status(office, christmas) == ("", "Holiday hours may differ – call to check")
    # Closed on the Sunday; whether it opens on Monday 28th, a bank holiday, is not known.
    assert card_status(office, at(2026, 12, 27, 12)) == ("closed", "Closed")
    # An editor's closed day is known: closed, and open again after the bank holidays.
    ClosedDayFactory(service=office, date=datetime.date(2026, 12, 25))
    ClosedDayFactory(service=office, date=datetime.date(2026, 12, 28))
    assert card_status(office, christmas) == ("closed", "Closed – opens Tuesday 9am")


def test_an_emergency_number_shows_no_status():
    for number in ("999", "112"):
        service = ServiceFactory(open_24_7=True)
        ContactRouteFactory(service=service, number=number, hours="Any time")
        assert card_status(service, at(2025, 3, 9, 10, 22)) == ("", "")


def test_times_are_uk_time_across_the_clock_change():
    service = ServiceFactory()
    period(service, MONDAY, (9,), (17,))
    # 31 March 2025 is British Summer Time: 09:00 UK is 08:00 UTC.
    now = datetime.datetime(2025, 3, 31, 8, 30, tzinfo=datetime.UTC)
    assert opening_status(service, now) == (True, at(2025, 3, 31, 17))


def test_periods_tied_to_one_location_do_not_decide_the_services_status():
    # A card speaks for the whole service: hours kept for one of its places
    # do not make the whole service "open now".
    service = ServiceFactory()
    period(service, SATURDAY, (10,), (12,), location=LocationFactory())
    period(service, MONDAY, (9,), (17,))
    assert opening_status(service, at(2025, 3, 8, 11)) == (False, at(2025, 3, 10, 9))
