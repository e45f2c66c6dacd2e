"""Values that used to end an import in a traceback: each now gives a
message naming the row or item and the field, changes nothing, and the
service page and API still show no confidential address."""

import csv
import datetime
import json
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from directory.importing.csv_format import COLUMNS, service_to_row
from directory.models import Service

from .conftest import SECRET_ADDRESS
from .factories import OrganisationFactory
from .helpers import new_service_form
from .test_import_services import import_error

API = "/api/openreferral/v3/"


def write_json(tmp_path, data, text=None):
    path = tmp_path / "services.json"
    path.write_text(text if text is not None else json.dumps(data), encoding="utf-8")
    return path


def hsds_service(**changes):
    service = {
        "id": "6f1c2a54-3b8e-4d0a-9c1e-2a7b5d9e0f11",
        "name": "Example Imported Helpline",
        "organization": {"id": "0b9d4e2c-7a1f-4c3b-8e5d-6f2a1c9b3d21", "name": "Example Organisation"},
    }
    service.update(changes)
    return service


def assert_nothing_changed(client, directory):
    """No service was added or altered, and the refuge is still hidden."""
    assert not Service.objects.filter(name="Example Imported Helpline").exists()
    hidden = directory["hidden"]
    assert Service.objects.get(pk=hidden.pk).name == hidden.name
    page = client.get(reverse("directory:service", args=[hidden.uuid])).content.decode()
    api = client.get(f"{API}services/{hidden.uuid}").content.decode()
    assert hidden.name in page and SECRET_ADDRESS not in page and SECRET_ADDRESS not in api


def test_a_last_verified_date_too_late_for_a_review_date_is_a_row_error(directory, client, tmp_path):
    row = service_to_row(directory["hidden"])
    row.update(last_verified="9999-12-31", name="Example renamed refuge")
    path = tmp_path / "services.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerow(row)
    message = import_error(path)
    assert "Row 2, last verified: This date is too late to set a review date after it." in message
    assert_nothing_changed(client, directory)


def test_service_clean_gives_a_field_error_for_that_date(db):
    service = Service(
        organisation=OrganisationFactory(), name="Example Service", last_verified=datetime.date(9999, 12, 31)
    )
    with pytest.raises(ValidationError) as caught:
        service.full_clean()
    assert list(caught.value.message_dict) == ["last_verified"]


def test_the_admin_form_shows_that_date_as_a_field_error(admin_client):
    data = new_service_form(
        organisation=OrganisationFactory().pk,
        name_en="Example Late Helpline",
        languages="en",
        last_verified="9999-12-31",
    )
    response = admin_client.post("/admin/snippets/directory/service/add/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["last_verified"] == [
        "This date is too late to set a review date after it. Enter the date the service was last checked."
    ]
    assert not Service.objects.filter(name="Example Late Helpline").exists()


def test_deeply_nested_json_is_refused_with_where_it_happens(directory, client, tmp_path):
    depth = 100_000
    message = import_error(write_json(tmp_path, None, text="[" * depth + "]" * depth))
    assert "services.json is not usable JSON: lists and objects nest more than" in message
    assert "at line 1, column " in message
    assert_nothing_changed(client, directory)


def test_json_nested_deeply_inside_one_field_names_the_item_and_field(directory, client, tmp_path):
    nested = "x"
    for _level in range(200):
        nested = [nested]
    message = import_error(write_json(tmp_path, [hsds_service(), hsds_service(id=str(uuid.uuid4()), alert=nested)]))
    assert "Item 2, alert: nested more than" in message
    assert_nothing_changed(client, directory)


@pytest.mark.parametrize("text", ["1e400", "-1e400", "Infinity", "NaN", "1" + "0" * 5000])
def test_a_number_no_field_can_hold_names_the_item_and_field(directory, client, tmp_path, text):
    content = json.dumps(hsds_service()).replace('"name"', f'"minimum_age": {text}, "name"', 1)
    message = import_error(write_json(tmp_path, None, text=content))
    assert "Item 1, minimum age:" in message
    assert_nothing_changed(client, directory)


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"organization": "notadict"}, "Item 1, organization: expected an object."),
        ({"organization": ["Example"]}, "Item 1, organization: expected an object."),
        ({"service_at_locations": [{"location": "here"}]}, "Item 1, service_at_locations: expected"),
        (
            {
                "service_at_locations": [
                    {"location": {"id": str(uuid.uuid4()), "name": "Example", "addresses": ["1 Example Street"]}}
                ]
            },
            "Item 1, location 1 addresses: expected a list of objects.",
        ),
        (
            {"schedules": [{"byday": "MO", "opens_at": {"h": 9}, "closes_at": "17:00"}]},
            "Item 1, opening period 1 opens at:",
        ),
        ({"attributes": [{"taxonomy_term": "idva"}]}, "Item 1, attributes: expected"),
        ({"languages": [{"code": {"en": True}}]}, "Item 1, languages spoken:"),
    ],
)
def test_objects_of_the_wrong_shape_name_the_item_and_field(directory, client, tmp_path, changes, expected):
    message = import_error(write_json(tmp_path, hsds_service(**changes)))
    assert expected in message
    assert_nothing_changed(client, directory)


def test_two_links_to_one_location_in_one_service_is_an_item_error(directory, client, tmp_path):
    location = {
        "id": str(uuid.uuid4()),
        "name": "Example Centre",
        "addresses": [
            {"address_1": "1 Example Street", "city": "Coventry", "postal_code": "CV1 1AA", "address_type": "physical"}
        ],
    }
    data = hsds_service(
        service_at_locations=[
            {"id": str(uuid.uuid4()), "location": location},
            {"id": str(uuid.uuid4()), "location": location},
        ]
    )
    message = import_error(write_json(tmp_path, data))
    assert "Item 1, location 2 id: this service already lists this location as location 1." in message
    assert_nothing_changed(client, directory)
