"""The Open Referral UK filters for ages, days and times (issue 14, finding
10), on /services and /service_at_locations alike: for each, a service that
should match and one that shouldn't, and a clear 400 for a bad value."""

import datetime
import json

import pytest

from directory.models import SchedulePeriod, Service

from .factories import SchedulePeriodFactory, ServiceFactory, place

API = "/api/openreferral/v3/"
LISTS = ["services", "service_at_locations"]
AFTER_START = "end_time must be after start_time, on the same day."


@pytest.fixture
def services(db):
    """Services with known ages and hours, each at a public location so
    /service_at_locations lists them too."""
    made = {
        "young": ServiceFactory(name="Example Young People", minimum_age=16, maximum_age=25),
        "adults": ServiceFactory(name="Example Adults", minimum_age=18),
        "children": ServiceFactory(name="Example Children", maximum_age=15),
        "anyone": ServiceFactory(name="Example Anyone"),
        "weekdays": ServiceFactory(name="Example Monday Office"),
        "late": ServiceFactory(name="Example Friday Night Line"),
        "always": ServiceFactory(name="Example Round The Clock", open_24_7=True),
        "refuge": ServiceFactory(name="Example Refuge Hours"),
    }
    for service in made.values():
        place(service, "52.41", "-1.51")
    SchedulePeriodFactory(service=made["weekdays"], weekday=0, opens_at=datetime.time(9), closes_at=datetime.time(17))
    SchedulePeriodFactory(service=made["late"], weekday=4, opens_at=datetime.time(22), closes_at=datetime.time(2))
    # Hours kept only for a confidential location are never published, so they match nothing.
    hidden = place(made["refuge"], "52.40", "-1.52", confidential=True, address="9 Secret Row")
    SchedulePeriod.objects.create(
        service=made["refuge"], location=hidden, weekday=2, opens_at=datetime.time(10), closes_at=datetime.time(12)
    )
    return made


def names(endpoint, client, **query):
    response = client.get(API + endpoint, {**query, "per_page": "200"})
    assert response.status_code == 200, response.content
    contents = json.loads(response.content)["contents"]
    return {item["service"]["name"] if endpoint == "service_at_locations" else item["name"] for item in contents}


def matching(endpoint, client, services, **query):
    """Which of the fixture's services match, by key."""
    found = names(endpoint, client, **query)
    return {key for key, service in services.items() if service.name in found}


@pytest.mark.parametrize("endpoint", LISTS)
@pytest.mark.parametrize(
    "query, expected",
    [
        # A service matches an age when it takes people of that age.
        ({"minimum_age": "16"}, {"young", "anyone", "weekdays", "late", "always", "refuge"}),
        ({"minimum_age": "18"}, {"young", "adults", "anyone", "weekdays", "late", "always", "refuge"}),
        ({"maximum_age": "30"}, {"adults", "anyone", "weekdays", "late", "always", "refuge"}),
        ({"maximum_age": "10"}, {"children", "anyone", "weekdays", "late", "always", "refuge"}),
        # Both: it takes everyone from one age to the other.
        ({"minimum_age": "16", "maximum_age": "18"}, {"young", "anyone", "weekdays", "late", "always", "refuge"}),
        ({"minimum_age": "10", "maximum_age": "20"}, {"anyone", "weekdays", "late", "always", "refuge"}),
    ],
)
def test_ages(services, client, endpoint, query, expected):
    assert matching(endpoint, client, services, **query) == expected


@pytest.mark.parametrize("endpoint", LISTS)
@pytest.mark.parametrize(
    "query, expected",
    [
        ({"day": "MO"}, {"weekdays", "always"}),
        ({"day": "FR"}, {"late", "always"}),
        ({"day": "SA"}, {"late", "always"}),  # Friday's late line runs into Saturday's early hours
        ({"day": "WE"}, {"always"}),  # the refuge's hours are confidential, like its address
        ({"day": "TU"}, {"always"}),
        ({"start_time": "10:00"}, {"weekdays", "always"}),
        ({"start_time": "17:00"}, {"always"}),  # the office closes at 17:00
        ({"end_time": "17:00"}, {"weekdays", "always"}),  # but is open until then
        ({"start_time": "09:00", "end_time": "17:00"}, {"weekdays", "always"}),
        ({"start_time": "08:30", "end_time": "12:00"}, {"always"}),  # not open at 08:30
        ({"start_time": "23:00"}, {"late", "always"}),
        ({"start_time": "01:00", "end_time": "02:00"}, {"late", "always"}),
        ({"day": "SA", "start_time": "01:00"}, {"late", "always"}),
        ({"day": "FR", "start_time": "01:00"}, {"always"}),
        ({"day": "MO", "start_time": "10:00", "end_time": "12:00"}, {"weekdays", "always"}),
        ({"day": "TU", "start_time": "10:00"}, {"always"}),
        ({"start_time": "11:00", "end_time": "11:30"}, {"weekdays", "always"}),  # not the refuge's
    ],
)
def test_days_and_times(services, client, endpoint, query, expected):
    assert matching(endpoint, client, services, **query) == expected


def test_the_filters_combine_with_each_other(services, client):
    Service.objects.filter(pk=services["weekdays"].pk).update(minimum_age=18)
    assert matching("services", client, services, day="MO", minimum_age="16") == {"always"}
    assert matching("services", client, services, day="MO", minimum_age="18") == {"weekdays", "always"}


@pytest.mark.parametrize("endpoint", LISTS)
@pytest.mark.parametrize(
    "query, parameter, message",
    [
        ({"minimum_age": "-1"}, "minimum_age", "minimum_age must be between 0 and 120."),
        ({"minimum_age": "121"}, "minimum_age", "minimum_age must be between 0 and 120."),
        ({"minimum_age": "16.5"}, "minimum_age", "minimum_age must be a whole number, not “16.5”."),
        ({"maximum_age": "old"}, "maximum_age", "maximum_age must be a whole number, not “old”."),
        (
            {"minimum_age": "18", "maximum_age": "16"},
            "maximum_age",
            "maximum_age must be the same as or above minimum_age.",
        ),
        ({"day": "monday"}, "day", "day must be one of MO, TU, WE, TH, FR, SA, SU, not “monday”."),
        ({"day": "mo"}, "day", "day must be one of MO, TU, WE, TH, FR, SA, SU, not “mo”."),
        (
            {"start_time": "25:00"},
            "start_time",
            "start_time must be a time of day as HH:MM or HH:MM:SS, such as 17:30, not “25:00”.",
        ),
        (
            {"end_time": "5pm"},
            "end_time",
            "end_time must be a time of day as HH:MM or HH:MM:SS, such as 17:30, not “5pm”.",
        ),
        ({"start_time": "17:00", "end_time": "09:00"}, "end_time", AFTER_START),
        ({"start_time": "09:00", "end_time": "09:00"}, "end_time", AFTER_START),
        ({"day": ""}, "day", "day is empty: give it a value, or leave it out."),
    ],
)
def test_bad_values_get_a_clear_400(services, client, endpoint, query, parameter, message):
    response = client.get(API + endpoint, query)
    assert response.status_code == 400
    assert json.loads(response.content) == {"error": "bad_request", "message": message, "parameter": parameter}


def test_proximity_without_a_postcode_names_the_missing_postcode(services, client):
    response = client.get(API + "service_at_locations", {"proximity": "1000"})
    assert response.status_code == 400
    assert json.loads(response.content) == {
        "error": "bad_request",
        "message": "postcode is missing: proximity is a distance from a postcode, so give both.",
        "parameter": "postcode",
    }


def test_a_bad_value_is_refused_even_when_the_search_finds_nothing(services, client):
    # Punctuation alone leaves nothing to search for, which once returned an
    # empty page before the other parameters were read.
    for endpoint in LISTS:
        response = client.get(API + endpoint, {"search": "!!", "modified_after": "last tuesday"})
        assert response.status_code == 400 and json.loads(response.content)["parameter"] == "modified_after"
