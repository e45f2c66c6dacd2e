"""Contact routes (issue 16, item 4): every way to make contact is data,
with its own link, hours and status; cards offer the route that fits what
the visitor asked for; the directory filters for routes that need no
speaking, BSL, wheelchair access, interpreters and the visitor's age."""

import datetime
import html as html_lib
import re

import pytest
from django.core.exceptions import ValidationError

from directory import listings, presentation
from directory.models import ContactRoute, Service
from directory.models.service import WeeklyHoursFormField

from .factories import ContactRouteFactory, ServiceFactory

URL = "/directory/"
# A Wednesday, 11:00 in London (GMT in March).
WEDNESDAY_MORNING = datetime.datetime(2027, 3, 3, 11, 0, tzinfo=datetime.UTC)
WEDNESDAY_NIGHT = datetime.datetime(2027, 3, 3, 23, 0, tzinfo=datetime.UTC)
WEEKDAYS_9_TO_5 = [{"weekday": day, "opens_at": "09:00", "closes_at": "17:00"} for day in range(5)]


def errors_of(route):
    try:
        route.full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


def text(response):
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def cards(response):
    """(name, the card's contact link, its text) for every result card."""
    found = []
    html = response.content.decode()
    for card in re.findall(
        r'<li class="service-card"[^>]*>(.*?)</li>\s*(?=<li class="service-card"|</ol>)', html, re.S
    ):
        name = re.search(r'class="service-card__name">(?:<a|<button)[^>]*>([^<]+)</', card)[1]
        link = re.search(r'<li class="service-card__route"><a href="([^"]+)"[^>]*>(.*?)</a>', card, re.S)
        found.append((name, link and link[1], link and " ".join(re.sub(r"<[^>]+>", " ", link[2]).split())))
    return found


# The model: what each kind needs.


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"kind": "text"}, "number", "Give the number for this route."),
        ({"kind": "whatsapp"}, "number", "Give the number for this route."),
        ({"kind": "chat"}, "address", "Give this route's web address, starting https://."),
        ({"kind": "web-form", "address": "http://form.example.org/"}, "address", "starting https://"),
        ({"kind": "email"}, "email", "Give the email address for this route."),
        ({"kind": "text", "number": "01632 960001", "label": "helpline"}, "label", "Only a phone is a helpline"),
        (
            {"kind": "call", "number": "01632 960001", "open_24_7": True, "weekly_hours": WEEKDAYS_9_TO_5},
            "weekly_hours",
            "has no weekly hours",
        ),
        ({"kind": "call", "number": "01632 960001", "weekly_hours": [{"weekday": 9}]}, "weekly_hours", "Mon-Fri"),
    ],
)
def test_each_kind_of_route_says_what_it_needs(fields, field, message):
    errors = errors_of(ContactRoute(service=ServiceFactory(), **fields))
    assert any(message in error for error in errors.get(field, [])), errors


@pytest.mark.django_db
def test_a_route_keeps_only_what_its_kind_uses_and_own_hours_replace_the_services():
    route = ContactRoute(
        service=ServiceFactory(),
        kind="chat",
        number="01632 960001",
        address="https://chat.example.org/",
        email="help@example.org",
        weekly_hours=WEEKDAYS_9_TO_5,
    )
    route.full_clean()
    assert (route.number, route.address, route.email) == ("", "https://chat.example.org/", "")
    assert route.same_hours_as_service is False


def test_weekly_hours_are_typed_as_one_line_and_shown_back_the_same_way():
    field = WeeklyHoursFormField(required=False)
    stored = field.clean("Mon-Fri 09:00-17:00; Sat 10:00-13:00, 14:00-16:00; Sun 22:00-24:00")
    assert stored[:1] == [{"weekday": 0, "opens_at": "09:00", "closes_at": "17:00"}]
    assert stored[-1] == {"weekday": 6, "opens_at": "22:00", "closes_at": "00:00"}
    assert field.prepare_value(stored) == "Mon-Fri 09:00-17:00; Sat 10:00-13:00, 14:00-16:00; Sun 22:00-00:00"
    assert field.clean("") == []
    with pytest.raises(ValidationError, match="“Someday 9-5” is not like"):
        field.clean("Mon 09:00-10:00; Someday 9-5")


# Links.


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "href"),
    [
        ({"kind": "call", "number": "0808 2000 247"}, "tel:08082000247"),
        ({"kind": "textphone", "number": "18001 01632 960001"}, "tel:1800101632960001"),
        ({"kind": "text", "number": "01632 960001"}, "sms:01632960001"),
        ({"kind": "whatsapp", "number": "07700 900123"}, "https://wa.me/447700900123"),
        ({"kind": "whatsapp", "number": "+44 7700 900123"}, "https://wa.me/447700900123"),
        ({"kind": "email", "email": "help@example.org"}, "mailto:help@example.org"),
        ({"kind": "chat", "address": "https://chat.example.org/start"}, "https://chat.example.org/start"),
        ({"kind": "app", "address": "https://app.example.org/"}, "https://app.example.org/"),
    ],
)
def test_each_kind_links_the_way_a_phone_or_browser_opens_it(fields, href):
    route = ContactRouteFactory(**fields)
    assert route.href == href
    (listed,) = listings.of(route.service).routes
    assert presentation.route_href(listed) == href


# Status per route.


@pytest.mark.django_db
def test_the_status_is_that_of_the_route_with_its_own_hours_or_the_services():
    service = ServiceFactory(open_24_7=True)
    call = ContactRouteFactory(service=service)  # the service's hours: round the clock
    ContactRouteFactory(service=service, kind="text", number="01632 960001", weekly_hours=WEEKDAYS_9_TO_5)
    ContactRouteFactory(service=service, kind="email", email="help@example.org", same_hours_as_service=False)
    ContactRouteFactory(
        service=service, kind="chat", address="https://chat.example.org/", same_hours_as_service=False, hours="Evenings"
    )
    listing = listings.of(service)
    by_kind = {route.kind: route for route in listing.routes}
    assert presentation.status(listing, WEDNESDAY_NIGHT, by_kind["call"]) == ("open", "Open now · 24 hours")
    assert presentation.status(listing, WEDNESDAY_MORNING, by_kind["text"]) == ("open", "Open until 5pm")
    assert presentation.status(listing, WEDNESDAY_NIGHT, by_kind["text"]) == ("closed", "Closed – opens 9am tomorrow")
    # Unknown hours are never "Closed"; "call to check" only where one can call.
    assert presentation.status(listing, WEDNESDAY_NIGHT, by_kind["email"]) == ("", "Hours not listed")
    assert presentation.status(listing, WEDNESDAY_NIGHT, by_kind["chat"]) == ("", "Evenings")
    call.delete()
    unknown = listings.of(ContactRouteFactory(same_hours_as_service=False).service)
    assert presentation.status(unknown, WEDNESDAY_NIGHT) == ("", "Hours not listed – call to check")


@pytest.mark.django_db
def test_an_emergency_number_has_no_status_whatever_its_hours():
    route = ContactRouteFactory(number="999", open_24_7=True)
    assert presentation.status(listings.of(route.service), WEDNESDAY_NIGHT) == ("", "")


@pytest.mark.django_db
def test_listings_read_in_bulk_agree_with_a_single_service():
    service = ServiceFactory()
    ContactRouteFactory(service=service, kind="text", number="01632 960001", weekly_hours=WEEKDAYS_9_TO_5)
    ContactRouteFactory(service=service, kind="chat", address="https://chat.example.org/", open_24_7=True)
    assert listings.load(Service.objects.filter(pk=service.pk), WEDNESDAY_MORNING)[service.pk] == listings.of(service)


# The route a card offers.


@pytest.mark.django_db
def test_a_card_offers_the_helpline_or_for_someone_who_cant_talk_the_first_silent_route():
    service = ServiceFactory()
    ContactRouteFactory(service=service, kind="call", label="office", number="01632 960010")
    ContactRouteFactory(service=service, kind="callback", address="https://callback.example.org/")
    ContactRouteFactory(service=service, kind="call", label="helpline", number="01632 960011")
    ContactRouteFactory(service=service, kind="text", number="01632 960012")
    listing = listings.of(service)
    spoken = presentation.card(listing, WEDNESDAY_MORNING)
    assert (spoken["action"], spoken["href"], spoken["target"]) == ("Call", "tel:01632960011", "01632 960011")
    silent = presentation.card(listing, WEDNESDAY_MORNING, silent=True)
    assert (silent["action"], silent["href"], silent["target"]) == ("Text", "sms:01632960012", "01632 960012")
    # With no silent route (a national helpline shown when nothing matched), the phone.
    only_calls = listings.of(ContactRouteFactory(number="01632 960013").service)
    assert presentation.card(only_calls, WEDNESDAY_MORNING, silent=True)["href"] == "tel:01632960013"


# The public filters.


@pytest.fixture
def routes_directory(db):
    talk = ServiceFactory(name="Example Talk Only", summary="Domestic abuse advice.", minimum_age=18)
    ContactRouteFactory(service=talk, number="01632 960100")
    texting = ServiceFactory(
        name="Example Text Line",
        summary="Domestic abuse advice.",
        minimum_age=13,
        maximum_age=25,
        wheelchair_access=True,
    )
    ContactRouteFactory(service=texting, number="01632 960101")
    ContactRouteFactory(service=texting, kind="text", number="01632 960102", weekly_hours=WEEKDAYS_9_TO_5)
    chat = ServiceFactory(name="Example Chat", summary="Domestic abuse advice.", interpretation_available=True)
    ContactRouteFactory(service=chat, kind="chat", address="https://chat.example.org/")
    signing = ServiceFactory(name="Example Signing", summary="Domestic abuse advice.", maximum_age=12)
    ContactRouteFactory(service=signing, kind="bsl-video", address="https://bsl.example.org/")
    ServiceFactory(name="Example BSL Office", summary="Domestic abuse advice.", bsl=True)
    return {"talk": talk, "texting": texting, "chat": chat, "signing": signing}


def search(client, **data):
    return client.post(URL, {"q": "domestic abuse", **data})


def result_names(response):
    return sorted(name for name, _href, _words in cards(response))


def test_cant_talk_finds_only_services_with_a_silent_route_and_offers_that_route(client, routes_directory):
    response = search(client, silent="1")
    assert result_names(response) == ["Example Chat", "Example Signing", "Example Text Line"]
    offered = {name: (href, words) for name, href, words in cards(response)}
    assert offered["Example Text Line"] == ("sms:01632960102", "Text 01632 960102")
    assert offered["Example Chat"] == ("https://chat.example.org/", "Chat online chat.example.org")
    assert "Filters (1): I can't talk safely right now – Change" in text(response)
    # Without the filter the same card offers its phone.
    plain = {name: href for name, href, _words in cards(search(client))}
    assert plain["Example Text Line"] == "tel:01632960101"


def test_bsl_wheelchair_and_interpreters_filter_and_count(client, routes_directory):
    assert result_names(search(client, bsl="1")) == ["Example BSL Office", "Example Signing"]
    assert result_names(search(client, wheelchair="1")) == ["Example Text Line"]
    assert result_names(search(client, interpreters="1")) == ["Example Chat"]
    page = search(client).content.decode()
    for name, count in (("silent", 3), ("bsl", 2), ("wheelchair", 1), ("interpreters", 1)):
        assert re.search(rf'name="{name}" value="1"[^>]*> [^<]+ <span class="count">\({count}\)', page), name


def test_an_option_that_would_leave_nothing_cannot_be_ticked(client, routes_directory):
    page = search(client, wheelchair="1").content.decode()
    assert re.search(r'name="interpreters" value="1" disabled>', page)
    assert re.search(r'name="wheelchair" value="1" checked>', page)


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        ("16", ["Example BSL Office", "Example Chat", "Example Text Line"]),
        ("10", ["Example BSL Office", "Example Chat", "Example Signing"]),
        ("40", ["Example BSL Office", "Example Chat", "Example Talk Only"]),
        ("", ["Example BSL Office", "Example Chat", "Example Signing", "Example Talk Only", "Example Text Line"]),
    ],
)
def test_the_visitors_age_matches_services_whose_range_includes_it(client, routes_directory, age, expected):
    response = search(client, age=age)
    assert result_names(response) == expected
    if age:
        assert f"Filters (1): Age {age} – Change" in text(response)
        assert 'name="age" min="0" max="120"' in response.content.decode()
        assert f'value="{age}"' in response.content.decode()


@pytest.mark.parametrize("age", ["-1", "121", "sixteen", "1e2"])
def test_an_age_that_is_not_a_whole_number_of_years_is_ignored_and_named(client, routes_directory, age):
    response = search(client, age=age)
    assert len(result_names(response)) == 5
    assert f"We ignored filters we don't recognise: {age}." in text(response)


# The service page.


@pytest.mark.django_db
def test_the_service_page_lists_every_route_with_its_link_hours_free_and_bill_note(client):
    service = ServiceFactory(name="Example Many Ways")
    ContactRouteFactory(service=service, number="0808 000 0000", free=True, hours="24 hours", open_24_7=True)
    ContactRouteFactory(
        service=service,
        kind="text",
        number="01632 960001",
        weekly_hours=WEEKDAYS_9_TO_5,
        may_appear_on_bills_note="Texts show on bills as a normal text.",
    )
    ContactRouteFactory(service=service, kind="email", email="help@example.org", same_hours_as_service=False)
    html = client.get(f"/directory/service/{service.uuid}/").content.decode()
    routes = [
        " ".join(re.sub(r"<[^>]+>", " ", item).split())
        for item in re.findall(r'<li class="contact-route">(.*?)</li>', html, re.S)
    ]
    assert routes[0].startswith("Helpline: 0808 000 0000") and "Free from landlines and mobiles." in routes[0]
    assert "Hours: Monday to Friday: 9am to 5pm; Saturday to Sunday: Closed" in routes[1]
    assert "Texts show on bills as a normal text." in routes[1]
    assert routes[2] == "Email: help@example.org Hours not listed"
    assert 'href="sms:01632960001" dir="ltr"' in html and 'href="mailto:help@example.org" dir="ltr"' in html


# Revisions saved before contact routes.


def test_a_revision_saved_with_phones_keeps_them_as_contact_routes():
    import importlib

    migration = importlib.import_module("directory.migrations.0010_contact_route_kinds")
    content = {
        "name": "Example",
        "phones": [
            {"pk": 1, "number": "01632 960001", "label": "minicom", "free_from_landlines_and_mobiles": True},
            {"pk": 2, "number": "01632 960002", "label": "office", "free_from_landlines_and_mobiles": False},
        ],
    }
    assert migration._route_from_phone(content)
    assert "phones" not in content
    assert [(r["kind"], r["label"], r["free"]) for r in content["contact_routes"]] == [
        ("textphone", "", True),
        ("call", "office", False),
    ]
    assert migration._phone_from_route(content)
    assert [(p["label"], p["free_from_landlines_and_mobiles"]) for p in content["phones"]] == [
        ("minicom", True),
        ("office", False),
    ]


def test_open_referral_phones_and_waymark_routes_become_contact_routes():
    from directory.importing import hsds

    item = {
        "id": "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a",
        "name": "Example",
        "phones": [
            {"number": "01632 960001", "type": "voice"},
            {"number": "01632 960002", "type": "sms"},
            # What Waymark exported before contact routes.
            {"number": "01632 960003", "x_waymark": {"label": "minicom", "free_from_landlines_and_mobiles": True}},
            {"number": "01632 960004", "x_waymark": {"kind": "whatsapp", "label": "", "weekly_hours": WEEKDAYS_9_TO_5}},
        ],
        "x_waymark": {"contact_routes": [{"kind": "chat", "address": "https://chat.example.org/", "open_24_7": True}]},
    }
    record, errors = hsds.service_to_record(item, "Item 1")
    assert errors == []
    routes = record["contact_routes"]
    assert [(r["kind"], r.get("number") or r.get("address")) for r in routes] == [
        ("call", "01632 960001"),
        ("text", "01632 960002"),
        ("textphone", "01632 960003"),
        ("whatsapp", "01632 960004"),
        ("chat", "https://chat.example.org/"),
    ]
    assert routes[2]["free"] is True and routes[3]["weekly_hours"] == WEEKDAYS_9_TO_5 and routes[4]["open_24_7"]
