"""The "open now" filter runs in SQL; it must agree with what the cards
say, including periods past midnight, closed days and bank holidays."""

import datetime

import pytest

from directory.models import ClosedDay, SchedulePeriod, Service
from directory.opening_hours import UK
from directory.search.filters import open_now_q

from .factories import ServiceFactory
from .test_opening_hours import opening_status

pytestmark = pytest.mark.django_db
MONDAY = datetime.date(2027, 3, 1)
# Good Friday is 26 March 2027, a bank holiday.
EASTER_WEEK = datetime.date(2027, 3, 22)


def test_open_now_filter_agrees_with_opening_status():
    office = ServiceFactory(name="Office")
    for day in range(5):
        SchedulePeriod.objects.create(service=office, weekday=day, opens_at="09:00", closes_at="17:00")
    night = ServiceFactory(name="Night")
    SchedulePeriod.objects.create(service=night, weekday=4, opens_at="22:00", closes_at="02:00")
    # Closed on the Friday: no Friday night, so none of it after midnight.
    night_off = ServiceFactory(name="Night, closed Friday")
    SchedulePeriod.objects.create(service=night_off, weekday=4, opens_at="22:00", closes_at="02:00")
    ClosedDay.objects.create(service=night_off, date=MONDAY + datetime.timedelta(days=4))
    always = ServiceFactory(name="Always", open_24_7=True)
    ClosedDay.objects.create(service=always, date=MONDAY + datetime.timedelta(days=2))
    ClosedDay.objects.create(service=office, date=MONDAY + datetime.timedelta(days=1))
    ServiceFactory(name="Never")

    checked = 0
    for week in (MONDAY, EASTER_WEEK):
        for day in range(7):
            for hour in (0, 1, 8, 9, 12, 16, 17, 21, 22, 23):
                moment = datetime.time(hour, 30)
                now = datetime.datetime.combine(week + datetime.timedelta(days=day), moment, tzinfo=UK)
                in_sql = set(Service.objects.filter(open_now_q(now)).values_list("name", flat=True))
                # Open only when known to be: a bank holiday leaves weekly hours unknown.
                in_python = {s.name for s in Service.objects.all() if (opening_status(s, now) or (False,))[0]}
                assert in_sql == in_python, now
                checked += bool(in_sql)
    assert checked > 40
    good_friday = datetime.datetime(2027, 3, 26, 12, 30, tzinfo=UK)
    assert set(Service.objects.filter(open_now_q(good_friday)).values_list("name", flat=True)) == {"Always"}
