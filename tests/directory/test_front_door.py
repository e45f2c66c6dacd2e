"""The home page's front door: the helplines editors choose, with their
number and true status, and a search form whose every button the
directory's search understands."""

import datetime
import html as html_lib
import re

import pytest
from django.http import QueryDict
from django.urls import reverse

from directory import opening_hours
from directory.models import DirectorySettings, HeadlineHelpline
from directory.search import parameters
from tests.site.factories import HomePageFactory

from .factories import ContactRouteFactory, SchedulePeriodFactory, ServiceFactory

# A Wednesday at 10:22 in November (UK time is UTC then).
WEDNESDAY_MORNING = datetime.datetime(2026, 11, 25, 10, 22, tzinfo=datetime.UTC)


def text(fragment):
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def choose(*services):
    settings = DirectorySettings.load()
    for order, service in enumerate(services):
        HeadlineHelpline.objects.create(settings=settings, service=service, sort_order=order)


def helplines_html(client):
    response = client.get("/")
    assert response.status_code == 200
    found = re.search(r'<ul class="helplines">.*?</ul>', response.content.decode(), re.S)
    return found[0] if found else ""


def settings_url():
    """The admin's page for the directory settings (Settings menu)."""
    return reverse("wagtailsettings:edit", args=["directory", "directorysettings", DirectorySettings.load().pk])


@pytest.fixture
def home(db, monkeypatch):
    monkeypatch.setattr(opening_hours, "now", lambda: WEDNESDAY_MORNING)
    return HomePageFactory()


def test_chosen_helplines_show_in_the_editors_order_with_number_and_status(client, home):
    round_the_clock = ServiceFactory(name="Example 24-hour Helpline", open_24_7=True)
    ContactRouteFactory(service=round_the_clock, number="01632 960001", label="helpline")
    office = ServiceFactory(name="Example Office Hours Line")
    ContactRouteFactory(service=office, number="01632 960002", label="helpline")
    for weekday in range(5):
        SchedulePeriodFactory(service=office, weekday=weekday, opens_at=datetime.time(9), closes_at=datetime.time(17))
    choose(office, round_the_clock)

    helplines = helplines_html(client)
    assert text(helplines) == (
        "Example Office Hours Line 01632 960002 Open until 5pm "
        "Example 24-hour Helpline 01632 960001 Open now · 24 hours"
    )
    assert '<a class="helpline" href="tel:01632960002">' in helplines
    assert '<span class="helpline__number" dir="ltr">01632 960001</span>' in helplines


def test_unknown_hours_are_never_closed_and_an_emergency_number_has_no_status(client, home):
    unknown = ServiceFactory(name="Example Line Without Hours")
    ContactRouteFactory(service=unknown, number="01632 960003")
    emergency = ServiceFactory(name="Example Emergency Line")
    ContactRouteFactory(service=emergency, number="999")
    choose(unknown, emergency)

    shown = text(helplines_html(client))
    assert (
        shown == "Example Line Without Hours 01632 960003 Hours not listed – call to check Example Emergency Line 999"
    )
    assert "Closed" not in shown


def test_a_closed_line_says_when_it_opens(client, home, monkeypatch):
    monkeypatch.setattr(opening_hours, "now", lambda: WEDNESDAY_MORNING.replace(hour=20))
    office = ServiceFactory(name="Example Office Hours Line")
    ContactRouteFactory(service=office, number="01632 960002")
    for weekday in range(5):
        SchedulePeriodFactory(service=office, weekday=weekday, opens_at=datetime.time(9), closes_at=datetime.time(17))
    choose(office)
    assert text(helplines_html(client)) == "Example Office Hours Line 01632 960002 Closed – opens 9am tomorrow"


def test_only_services_the_public_may_see_are_shown(client, home):
    draft = ServiceFactory(name="Example Draft Line", live=False)
    ContactRouteFactory(service=draft, number="01632 960004")
    public = ServiceFactory(name="Example Public Line", open_24_7=True)
    ContactRouteFactory(service=public, number="01632 960005")
    choose(draft, public)
    shown = text(helplines_html(client))
    assert "Example Public Line" in shown and "Draft" not in shown


def test_a_home_page_with_no_helplines_chosen_still_offers_the_search(client, home):
    content = client.get("/").content.decode()
    assert 'class="helplines"' not in content
    assert f'action="{reverse("directory:search")}"' in content
    assert 'method="post"' in content and 'name="where"' in content


def test_every_topic_button_is_a_search_the_directory_understands(client, home):
    content = client.get("/").content.decode()
    buttons = re.findall(r'<button type="submit" class="topic" name="(\w+)" value="([^"]+)">([^<]+)</button>', content)
    assert [label for _name, _value, label in buttons] == [
        "Domestic abuse",
        "Sexual violence",
        "Forced marriage and honour",
        "Stalking",
        "For young people",
        "Worried about my own behaviour",
    ]
    known = parameters.known_terms()
    for name, value, _label in buttons:
        data = QueryDict(mutable=True)
        data.update({"where": "CV1 2AB", name: value})
        params, messages = parameters.parse(data, known)
        assert messages == [], value
        assert params.query or any(params.terms.values()), value


def test_enter_in_the_postcode_box_searches_by_place_alone(client, home):
    """The first submit button is the one Enter presses: it carries no topic."""
    content = client.get("/").content.decode()
    form = re.search(r'<form class="front-door__search".*?</form>', content, re.S)[0]
    first = re.search(r"<button type=\"submit\"[^>]*>", form)[0]
    assert "name=" not in first


def test_the_topics_post_to_the_directory_in_the_visitors_language(client, home):
    content = client.get("/ar/").content.decode()
    assert 'action="/ar/directory/"' in content
    assert "الإساءة المنزلية" in content


def test_an_editor_chooses_the_headline_helplines_in_the_settings(admin_client, db):
    first = ServiceFactory(name="Example First Line")
    second = ServiceFactory(name="Example Second Line")
    url = settings_url()
    page = admin_client.get(url)
    assert page.status_code == 200
    assert "Headline helplines" in page.content.decode()

    response = admin_client.post(
        url,
        {
            "review_interval_months": "6",
            "headline_helplines-TOTAL_FORMS": "2",
            "headline_helplines-INITIAL_FORMS": "0",
            "headline_helplines-MIN_NUM_FORMS": "0",
            "headline_helplines-MAX_NUM_FORMS": "3",
            "headline_helplines-0-service": str(second.pk),
            "headline_helplines-0-ORDER": "1",
            "headline_helplines-1-service": str(first.pk),
            "headline_helplines-1-ORDER": "2",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    chosen = DirectorySettings.load().headline_helplines.order_by("sort_order")
    assert [line.service.name for line in chosen] == ["Example Second Line", "Example First Line"]


def test_no_more_than_three_helplines_may_be_chosen(admin_client, db):
    services = [ServiceFactory() for _ in range(4)]
    url = settings_url()
    data = {
        "review_interval_months": "6",
        "headline_helplines-TOTAL_FORMS": "4",
        "headline_helplines-INITIAL_FORMS": "0",
        "headline_helplines-MIN_NUM_FORMS": "0",
        "headline_helplines-MAX_NUM_FORMS": "3",
    }
    for index, service in enumerate(services):
        data[f"headline_helplines-{index}-service"] = str(service.pk)
        data[f"headline_helplines-{index}-ORDER"] = str(index + 1)
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert not HeadlineHelpline.objects.exists()
    assert "Headline helplines" in response.content.decode()
