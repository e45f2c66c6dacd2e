"""The national helplines' status on a phone, at hours when a wrong
"Closed" would send someone away: a Sunday morning, the middle of the
night, Christmas Day and the night the clocks go back. The server's clock
is set through opening_hours.now, which the live server's threads read."""

import datetime
import json

import pytest

from directory import opening_hours
from tests.shared_data import shared_file

UK = opening_hours.UK
PHONE = {"width": 360, "height": 640}
CHRISTMAS = datetime.date(2026, 12, 25)
MOMENTS = {
    "a Sunday at 10:22": datetime.datetime(2026, 11, 29, 10, 22, tzinfo=UK),
    "a Wednesday at 03:00": datetime.datetime(2026, 12, 2, 3, 0, tzinfo=UK),
    "Christmas Day at 12:00": datetime.datetime.combine(CHRISTMAS, datetime.time(12), tzinfo=UK),
    # 25 October 2026: the clock shows 1:30am twice, in summer time and then in winter time.
    "the first 01:30 of the night the clocks go back": datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UK),
    "the second 01:30 of that night": datetime.datetime(2026, 10, 25, 1, 30, fold=1, tzinfo=UK),
}
EMERGENCY = "Silent Solution (999, then 55)"


def national_file():
    return json.loads(shared_file("national-services.json").read_text(encoding="utf-8"))["services"]


def schedules(item):
    """The schedules of a service's phones, where the file publishes them."""
    verified = item.get("verification") or {}
    if verified.get("phone") != "VERIFIED" or verified.get("hours") != "VERIFIED":
        return []
    return [phone.get("schedule") for phone in item.get("phones") or []]


def periods_of(item):
    return [period for schedule in schedules(item) if schedule for period in schedule.get("periods") or []]


def national_cards(page):
    """{service name: its status as shown, or None}, from the directory's
    list of national helplines."""
    cards = {}
    for card in page.locator("[data-national-results] .service-card").all():
        name = card.locator(".service-card__name").inner_text().strip()
        status = card.locator(".service-card__facts li:not(:has(a)):not(:has-text('miles'))")
        cards[name] = status.inner_text().strip() if status.count() else None
    return cards


@pytest.mark.parametrize("moment", MOMENTS.values(), ids=MOMENTS.keys())
def test_round_the_clock_helplines_show_as_open(site, browser, monkeypatch, moment):
    items = national_file()
    always = {
        item["name"]
        for item in items
        if item["name"] != EMERGENCY and (found := schedules(item)) and all(s == {"open_24_7": True} for s in found)
    }
    weekly = {item["name"] for item in items if any(s and s.get("periods") for s in schedules(item))}
    assert len(always) >= 5, "the shared file should list several round-the-clock helplines"
    monkeypatch.setattr(opening_hours, "now", lambda: moment)
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site + "/directory/")
    cards = national_cards(page)
    context.close()

    assert always <= cards.keys()
    assert {name: cards[name] for name in always} == dict.fromkeys(always, "Open now · 24 hours")
    assert cards[EMERGENCY] is None, "an emergency number shows no status"
    # "Closed" only where the hours are known as a weekly schedule.
    assert {name for name, status in cards.items() if status and status.startswith("Closed")} <= weekly
    if moment.date() == CHRISTMAS:
        # Christmas Day 2026 is a Friday: weekly hours that include Fridays
        # do not say whether the line is open on a bank holiday. (Lines of
        # one phone: a service whose phones differ has no schedule at all.)
        fridays = {
            item["name"]
            for item in items
            if len(schedules(item)) == 1 and any("fri" in period["days"] for period in periods_of(item))
        }
        assert fridays, "the shared file should list a weekday helpline"
        assert {name: cards[name] for name in fridays} == dict.fromkeys(
            fridays, "Holiday hours may differ – call to check"
        )


def test_emergency_numbers_on_the_home_page_show_no_status(site, page):
    page.set_viewport_size(PHONE)
    page.goto(site + "/")
    # The front door's helplines above have their status; 999 has none.
    emergency = page.locator(".get-help").inner_text()
    assert "999" in emergency
    for word in ("Open now", "Closed", "Open until"):
        assert word not in emergency
