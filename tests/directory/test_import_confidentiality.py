"""A confidential address stays confidential through every import: only an
explicit "no" together with --allow-lifting-confidentiality makes it public,
and the dry run and the real run say so in capitals.

Each test starts from what an outside tester did: the admin's own CSV export
row for a refuge, edited in one cell."""

import csv
import io
import json

import pytest
from django.urls import reverse

from directory.importing import records
from directory.importing.csv_format import COLUMNS
from directory.models import Location

from .conftest import SECRET_ADDRESS, SECRET_LATITUDE
from .test_import_services import import_error, run

API = "/api/openreferral/v3/"
LIFT = "--allow-lifting-confidentiality"


def exported_row(admin_client, service):
    """The service's row in the admin's own CSV export, as a tester downloads it."""
    response = admin_client.get("/admin/snippets/directory/service/", {"export": "csv"})
    rows = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    return next(row for row in rows if row["id"] == str(service.uuid))


def write_csv(tmp_path, rows):
    path = tmp_path / "services.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_json(tmp_path, data):
    path = tmp_path / "services.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def refuge_location(directory):
    return Location.objects.get(pk=directory["hidden"].service_at_locations.get().location_id)


def assert_address_hidden_everywhere(client, service):
    """What a visitor and an API client see: no address, no position."""
    location = Location.objects.get(pk=service.service_at_locations.get().location_id)
    assert location.confidential_address
    assert location.address_1 == SECRET_ADDRESS, "the stored address is kept for the editors"
    page = client.get(reverse("directory:service", args=[service.uuid])).content.decode()
    assert service.name in page and SECRET_ADDRESS not in page
    api = client.get(f"{API}services/{service.uuid}").content.decode()
    assert service.name in api
    assert SECRET_ADDRESS not in api and SECRET_LATITUDE not in api and "address_1" not in api


def hsds_refuge(service, confidential):
    location = service.service_at_locations.get().location
    return {
        "id": str(service.uuid),
        "name": service.name,
        "organization": {"id": str(service.organisation.uuid), "name": service.organisation.name},
        "service_at_locations": [
            {"location": {"id": str(location.uuid), "name": location.name, "confidential_address": confidential}}
        ],
    }


def test_a_blank_cell_keeps_a_refuge_confidential(admin_client, directory, client, tmp_path):
    row = exported_row(admin_client, directory["hidden"])
    assert row["confidential_address"] == "yes"
    row["confidential_address"] = ""
    path = write_csv(tmp_path, [row])
    dry_run = run(path, "--dry-run")
    assert "PUBLIC" not in dry_run
    run(path)
    assert_address_hidden_everywhere(client, directory["hidden"])


def test_a_blank_cell_keeps_it_confidential_even_with_the_flag(admin_client, directory, client, tmp_path):
    row = exported_row(admin_client, directory["hidden"])
    row["confidential_address"] = ""
    assert "PUBLIC" not in run(write_csv(tmp_path, [row]), LIFT)
    assert_address_hidden_everywhere(client, directory["hidden"])


@pytest.mark.parametrize("word", ["no", "No", "false", "n", "0"])
def test_an_explicit_no_without_the_flag_is_a_row_error_and_changes_nothing(
    admin_client, directory, client, tmp_path, word
):
    near, hidden = exported_row(admin_client, directory["near"]), exported_row(admin_client, directory["hidden"])
    near["summary"] = "Example summary that must not be saved."
    hidden["confidential_address"] = word
    path = write_csv(tmp_path, [near, hidden])
    for args in ((), ("--dry-run",)):
        message = import_error(path, *args)
        assert "Nothing was imported" in message
        assert "Row 3, location 1 confidential_address:" in message
        assert LIFT in message
    directory["near"].refresh_from_db()
    assert directory["near"].summary != "Example summary that must not be saved."
    assert_address_hidden_everywhere(client, directory["hidden"])


def test_dry_run_with_the_flag_names_the_row_in_capitals_and_changes_nothing(admin_client, directory, client, tmp_path):
    near, hidden = exported_row(admin_client, directory["near"]), exported_row(admin_client, directory["hidden"])
    hidden["confidential_address"] = "no"
    output = run(write_csv(tmp_path, [near, hidden]), "--dry-run", LIFT)
    lines = [line for line in output.splitlines() if "PUBLIC" in line]
    assert len(lines) == 1
    assert lines[0].strip() == (
        "ROW 3, LOCATION 1: WOULD MAKE A CONFIDENTIAL ADDRESS PUBLIC (“EXAMPLE HIDDEN REFUGE BUILDING”)."
    )
    assert_address_hidden_everywhere(client, directory["hidden"])


def test_the_flag_and_an_explicit_no_lift_it_and_say_so(admin_client, directory, client, tmp_path):
    row = exported_row(admin_client, directory["hidden"])
    row.update(confidential_address="no", address_1="1 Example Public Street", postcode="CV1 2AB")
    output = run(write_csv(tmp_path, [row]), LIFT)
    assert "ROW 2, LOCATION 1: MADE A CONFIDENTIAL ADDRESS PUBLIC (“EXAMPLE HIDDEN REFUGE BUILDING”)." in output
    location = refuge_location(directory)
    assert not location.confidential_address
    page = client.get(reverse("directory:service", args=[directory["hidden"].uuid])).content.decode()
    assert "1 Example Public Street" in page


def test_lifting_publishes_only_the_address_the_file_gives(admin_client, directory, client, tmp_path):
    """The export withholds the address: lifting from that row must not
    publish the address that was kept secret."""
    row = exported_row(admin_client, directory["hidden"])
    row["confidential_address"] = "no"
    run(write_csv(tmp_path, [row]), LIFT)
    location = refuge_location(directory)
    assert not location.confidential_address
    assert location.address_1 == "" and location.latitude is None
    page = client.get(reverse("directory:service", args=[directory["hidden"].uuid])).content.decode()
    assert SECRET_ADDRESS not in page


@pytest.mark.parametrize("value", [None, "false", 0])
def test_open_referral_null_or_a_non_boolean_never_lifts_it(directory, client, tmp_path, value):
    path = write_json(tmp_path, hsds_refuge(directory["hidden"], value))
    if value is None:
        run(path, LIFT)
    else:
        assert "Item 1, location 1 confidential_address: should be true or false" in import_error(path, LIFT)
    assert_address_hidden_everywhere(client, directory["hidden"])


def test_open_referral_false_needs_the_flag(directory, client, tmp_path):
    path = write_json(tmp_path, hsds_refuge(directory["hidden"], False))
    message = import_error(path)
    assert "Item 1, location 1 confidential_address:" in message and LIFT in message
    assert_address_hidden_everywhere(client, directory["hidden"])
    assert "ITEM 1, LOCATION 1: WOULD MAKE A CONFIDENTIAL ADDRESS PUBLIC" in run(path, "--dry-run", LIFT)
    assert_address_hidden_everywhere(client, directory["hidden"])
    run(path, LIFT)
    assert not refuge_location(directory).confidential_address


def test_the_importing_api_takes_the_option_as_a_keyword(directory):
    """The admin upload will pass its checkbox the same way."""
    record = {
        "where": "Row 2",
        "id": str(directory["hidden"].uuid),
        "organisation": {"id": str(directory["hidden"].organisation.uuid)},
        "locations": [{"id": str(refuge_location(directory).uuid), "confidential_address": False}],
    }
    with pytest.raises(records.ImportFailed) as failure:
        records.prepare([record])
    assert failure.value.lifting_refused
    prepared = records.prepare([record], allow_lifting_confidentiality=True)
    assert records.lifting_warnings(prepared, done=False) == [
        "ROW 2, LOCATION 1: WOULD MAKE A CONFIDENTIAL ADDRESS PUBLIC (“EXAMPLE HIDDEN REFUGE BUILDING”)."
    ]
