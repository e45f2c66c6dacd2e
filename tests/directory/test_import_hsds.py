"""Open Referral (HSDS 3) JSON imports, built at test time from the UK
profile's published example, which is read but never copied."""

import copy
import datetime
import io
import json
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from directory.models import Location, Organisation, Service, TaxonomyTerm

EXAMPLE = Path("/work/shared/data/openreferral-uk/examples/service_full.json")
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not EXAMPLE.exists(), reason="Open Referral UK examples are not available"),
]


def example_service(**changes):
    """The published example, with the fields Waymark rightly rejects made
    valid: its latitude is 100 and its postcode is not a UK one."""
    service = json.loads(EXAMPLE.read_text())
    location = service["service_at_locations"][0]["location"]
    location.update(latitude=52.408054, longitude=-1.510556)
    location["addresses"][0]["postal_code"] = "CV1 1AA"
    service.update(changes)
    return service


def another(service, name):
    other = copy.deepcopy(service)
    other.update(id=str(uuid.uuid4()), name=name)
    return other


def run(tmp_path, data, *args):
    path = tmp_path / "services.json"
    path.write_text(json.dumps(data))
    out = io.StringIO()
    call_command("import_services", str(path), *args, stdout=out)
    return out.getvalue()


def import_error(tmp_path, data):
    with pytest.raises(CommandError) as caught:
        run(tmp_path, data)
    return str(caught.value)


def test_single_service_object(tmp_path):
    assert "Created 1 and updated 0 services." in run(tmp_path, example_service())
    service = Service.objects.get(uuid="ac148810-d857-441c-9679-408f346de14b")
    assert service.name == "Community Counselling"
    assert service.organisation.uuid == uuid.UUID("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
    assert (service.minimum_age, service.maximum_age) == (12, 100)
    assert service.last_verified == datetime.date(2005, 1, 1)
    assert service.next_review_due == datetime.date(2005, 7, 1)
    assert service.alert.startswith("Following COVID-19")
    # byday TH,FR, 10:00 to 18:00
    assert sorted(period.weekday for period in service.schedule_periods.all()) == [3, 4]
    assert "public holidays" in service.hours_note
    location = service.service_at_locations.get().location
    assert (location.name, location.town, location.postcode) == ("MyCity Civic Center", "MyCity", "CV1 1AA")
    assert service.service_areas.get().local_authority.startswith("The service is available")


def test_list_of_services(tmp_path):
    first = example_service()
    output = run(tmp_path, [first, another(first, "Example Second Service")])
    assert "Created 2 and updated 0 services." in output
    assert Organisation.objects.count() == 1
    assert Location.objects.count() == 1


def test_paginated_api_response(tmp_path):
    first = example_service()
    page = {
        "total_items": 2,
        "total_pages": 1,
        "page_number": 1,
        "size": 2,
        "first_page": True,
        "last_page": True,
        "empty": False,
        "contents": [first, another(first, "Example Second Service")],
    }
    assert "Created 2 and updated 0 services." in run(tmp_path, page)


def test_reimport_updates_by_id(tmp_path):
    run(tmp_path, example_service())
    output = run(tmp_path, example_service(name="Example Renamed Counselling"))
    assert "Created 0 and updated 1 services." in output
    assert Service.objects.get().name == "Example Renamed Counselling"
    assert Location.objects.count() == 1


def test_the_raw_example_is_rejected_for_its_impossible_latitude(tmp_path):
    raw = json.loads(EXAMPLE.read_text())
    message = import_error(tmp_path, raw)
    assert "Item 1, location 1 latitude: Latitude must be between -90 and 90." in message
    assert "Item 1, location 1 postcode:" in message
    assert not Service.objects.exists()


def test_errors_name_the_item_index_and_nothing_is_saved(tmp_path):
    first = example_service()
    bad = another(first, "Example Bad Service")
    bad["minimum_age"], bad["maximum_age"] = 30, 20
    message = import_error(tmp_path, [first, bad])
    assert "Item 2, maximum age:" in message
    assert not Service.objects.exists()


def test_phones_and_known_taxonomy_terms_and_language_codes(tmp_path):
    idva = TaxonomyTerm.objects.get(code="idva")
    data = example_service(
        phones=[{"id": str(uuid.uuid4()), "number": "01632 960300", "description": "Weekdays 9 to 5"}],
        languages=[{"id": str(uuid.uuid4()), "code": "cy"}, {"id": str(uuid.uuid4()), "code": "en"}],
    )
    data["attributes"].append({"id": str(uuid.uuid4()), "taxonomy_term": {"id": str(idva.uuid), "name": "IDVA"}})
    run(tmp_path, data)
    service = Service.objects.get()
    assert [(p.number, p.hours) for p in service.contact_routes.all()] == [("01632 960300", "Weekdays 9 to 5")]
    assert service.languages == ["cy", "en"]
    assert list(service.specialist_roles.all()) == [idva]


def test_reimport_shows_phones_in_the_files_new_order(tmp_path):
    # Order is what a card goes by (its first helpline): an editor who moves
    # a number to the top of their feed must see it there, ids and all.
    helpline = {"id": str(uuid.uuid4()), "number": "01632 960301", "description": "24 hours"}
    text = {"id": str(uuid.uuid4()), "number": "01632 960302", "description": "Weekdays"}
    run(tmp_path, example_service(phones=[helpline, text]))
    run(tmp_path, example_service(phones=[text, helpline]))
    service = Service.objects.get()
    assert [phone.number for phone in service.contact_routes.all()] == ["01632 960302", "01632 960301"]
    assert str(service.contact_routes.first().uuid) == text["id"]


def test_confidential_location_keeps_its_flag_on_reimport_without_it(tmp_path):
    data = example_service()
    data["service_at_locations"][0]["location"]["confidential_address"] = True
    run(tmp_path, data)
    assert Location.objects.get().confidential_address
    run(tmp_path, example_service())  # a feed that knows nothing of the flag
    location = Location.objects.get()
    assert location.confidential_address
    assert location.public_address is None


def test_dry_run_changes_nothing(tmp_path):
    assert "would create 1 and update 0" in run(tmp_path, example_service(), "--dry-run")
    assert not Service.objects.exists() and not Organisation.objects.exists()


@pytest.mark.parametrize(
    "content, expected",
    [
        ('{"id": "x", ', "is not valid JSON"),
        ('"just a string"', "Missing required columns"),
        ("[1, 2]", "Expected an Open Referral service"),
        ('{"contents": {"id": 1}}', "Expected an Open Referral service"),
        ('{"name": "Example"}', "Item 1, id: missing"),
        (
            '[{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Example", "phones": "01632 960000"}]',
            "Item 1, phones: expected a list of objects.",
        ),
    ],
)
def test_malformed_json_gives_a_clear_error(tmp_path, content, expected):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(CommandError) as caught:
        call_command("import_services", str(path), stdout=io.StringIO())
    assert expected in str(caught.value)
