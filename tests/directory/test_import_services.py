import csv
import datetime
import io
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from directory.importing.csv_format import COLUMNS
from directory.models import ContactRoute, Location, Organisation, SchedulePeriod, Service, ServiceArea

TEMPLATE = Path(__file__).parents[2] / "directory" / "fixtures" / "services-template.csv"
pytestmark = pytest.mark.django_db


def template_rows():
    return list(csv.DictReader(TEMPLATE.open(encoding="utf-8")))


def write_csv(tmp_path, rows, columns=None, name="services.csv"):
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns or list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path, *args):
    out = io.StringIO()
    call_command("import_services", str(path), *args, stdout=out)
    return out.getvalue()


def import_error(path, *args):
    with pytest.raises(CommandError) as caught:
        run(path, *args)
    return str(caught.value)


def test_template_header_is_every_known_column():
    assert list(template_rows()[0]) == COLUMNS


def test_template_imports_every_field_a_visitor_sees():
    output = run(TEMPLATE)
    assert "Created 3 and updated 0 services." in output
    refuge = Service.objects.get(name="Example Refuge")
    assert refuge.organisation.name == "Example Women's Aid"
    assert refuge.referral_route == "both"
    assert refuge.languages == ["ar", "en", "so"]
    assert refuge.minimum_age == 18 and refuge.maximum_age is None
    assert {term.code for term in refuge.audiences.all()} == {"women", "children"}
    assert [term.code for term in refuge.service_types.all()] == ["accommodation"]
    assert refuge.next_review_due == datetime.date(2025, 8, 1)
    assert refuge.live
    location = refuge.service_at_locations.get().location
    assert location.confidential_address is True
    assert location.public_address is None
    assert refuge.service_areas.get().local_authority == "Example City Council"

    helpline = Service.objects.get(name="Example Domestic Abuse Helpline")
    assert helpline.open_24_7
    assert [(p.kind, p.label, p.target, p.free) for p in helpline.contact_routes.all()] == [
        ("call", "helpline", "01632 960000", True),
        ("text", "", "01632 960001", False),
        ("chat", "", "https://helpline.example.org/chat", True),
    ]
    text, chat = helpline.contact_routes.all()[1:]
    assert text.weekly_hours == [{"weekday": day, "opens_at": "09:00", "closes_at": "17:00"} for day in range(5)]
    assert not text.same_hours_as_service and helpline.contact_routes.first().same_hours_as_service
    assert chat.hours == "Monday to Friday 10am to 8pm"
    assert helpline.service_areas.get().nations == ["england", "wales"]

    counselling = Service.objects.get(name="Example Young People's Counselling")
    thursday = counselling.schedule_periods.filter(weekday=3).order_by("opens_at")
    assert [(p.opens_at.hour, p.closes_at.hour) for p in thursday] == [(10, 18), (18, 20)]
    assert counselling.schedule_periods.count() == 6
    assert counselling.closed_days.count() == 2
    assert counselling.service_areas.get().postcode_districts == ["CV1", "CV2", "CV3"]
    # Two services share one organisation, created once.
    assert Organisation.objects.filter(name="Example Women's Aid").count() == 1


def test_importing_again_updates_and_duplicates_nothing(tmp_path):
    run(TEMPLATE)
    counts = [
        model.objects.count() for model in (Service, Organisation, Location, ContactRoute, SchedulePeriod, ServiceArea)
    ]
    rows = template_rows()
    rows[1]["summary"] = "Example changed summary."
    output = run(write_csv(tmp_path, rows))
    assert "Created 0 and updated 3 services." in output
    assert [
        model.objects.count() for model in (Service, Organisation, Location, ContactRoute, SchedulePeriod, ServiceArea)
    ] == counts
    assert Service.objects.get(name="Example Refuge").summary == "Example changed summary."


def test_dry_run_reports_and_changes_nothing():
    output = run(TEMPLATE, "--dry-run")
    assert "would create 3 and update 0 services" in output
    assert "Row 3: would create “Example Refuge”" in output
    assert not Service.objects.exists()
    assert not Organisation.objects.exists()


def test_dry_run_after_import_reports_updates():
    run(TEMPLATE)
    assert "would create 0 and update 3 services" in run(TEMPLATE, "--dry-run")


def test_one_bad_row_imports_nothing_and_names_the_row_and_field(tmp_path):
    rows = template_rows()
    rows[1]["minimum_age"], rows[1]["maximum_age"] = "18", "16"
    message = import_error(write_csv(tmp_path, rows))
    assert "Nothing was imported" in message
    assert "Row 3, maximum age: The maximum age must be the same as or above the minimum age." in message
    assert not Service.objects.exists() and not Organisation.objects.exists() and not Location.objects.exists()


def test_a_bad_row_leaves_earlier_imports_untouched(tmp_path):
    run(TEMPLATE)
    rows = template_rows()
    rows[0]["summary"] = "Example changed summary."
    rows[2]["route1_contact"] = "call us"
    message = import_error(write_csv(tmp_path, rows))
    assert "Row 4, contact route 1 number:" in message
    assert Service.objects.get(name="Example Domestic Abuse Helpline").summary != "Example changed summary."


@pytest.mark.parametrize(
    "column, value, expected",
    [
        ("languages", "en; english", "Row 2, languages spoken: english: not a two-letter ISO 639-1"),
        ("audiences", "women; martians", "Row 2, audiences: “martians” is not a known code"),
        ("status", "open", "Row 2, status:"),
        ("is_free", "maybe", "Row 2, is_free: “maybe” should be yes or no."),
        ("opening_hours", "Mondays 9-5", "Row 2, opening_hours: “Mondays 9-5” is not like"),
        ("last_verified", "15/01/2025", "Row 2, last verified:"),
        ("postcode", "NOT A POSTCODE", "Row 2, location 1 postcode:"),
        ("id", "not-a-uuid", "Row 2, id: “not-a-uuid” is not a UUID"),
        ("organisation_name", "", "Row 2, organisation id: no organisation has this id, and no name was given"),
    ],
)
def test_cell_errors_name_row_and_field_in_plain_english(tmp_path, column, value, expected):
    rows = template_rows()[:1]
    rows[0][column] = value
    if column == "postcode":
        rows[0]["location_name"] = "Example Office"
    assert expected in import_error(write_csv(tmp_path, rows))


def test_the_same_id_twice_is_an_error(tmp_path):
    rows = template_rows()
    rows[1]["id"] = rows[0]["id"]
    assert "Row 3, id: the same id is already used by Row 2." in import_error(write_csv(tmp_path, rows))


def test_columns_left_out_keep_their_values(tmp_path):
    run(TEMPLATE)
    refuge = template_rows()[1]
    row = {"id": refuge["id"], "name": "Example Refuge (renamed)", "organisation_name": refuge["organisation_name"]}
    run(write_csv(tmp_path, [row]))
    service = Service.objects.get(uuid=refuge["id"])
    assert service.name == "Example Refuge (renamed)"
    assert service.contact_routes.count() == 2 and service.audiences.count() == 2
    assert service.service_at_locations.get().location.confidential_address


def test_location_without_an_id_is_updated_not_duplicated(tmp_path):
    rows = template_rows()[:1]
    rows[0].update(location_name="Example Office", address_1="3 Example Way", postcode="CV3 3CC")
    path = write_csv(tmp_path, rows)
    run(path)
    run(path)
    assert Location.objects.filter(name="Example Office").count() == 1


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "is empty"),
        (b"id,name,organisation_name,favourite_colour\n", "Unknown columns: favourite_colour"),
        (b"id,summary\n", "Missing required columns: name, organisation_name"),
        (b"id,name,organisation_name\n", "has a header but no services"),
        ("id,name,organisation_name\nx,Caf\u00e9,Example\n".encode("latin-1"), "is not UTF-8 text"),
        (b'id,name,organisation_name\n"unclosed,Example,Example\n', "not a readable CSV file"),
        (b"id,name,organisation_name\n1,2,3,4\n", "Row 2: has 4 cells but the header names 3 columns."),
    ],
)
def test_unusable_files_give_a_clear_error(tmp_path, content, expected):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert expected in import_error(path)


def test_missing_file_gives_a_clear_error(tmp_path):
    assert "Cannot read" in import_error(tmp_path / "nowhere.csv")


def test_spreadsheet_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + TEMPLATE.read_bytes())
    assert "Created 3" in run(path)


def test_importing_the_same_file_twice_in_one_go_is_idempotent_for_new_organisations(tmp_path):
    rows = template_rows()[:1]
    rows[0]["organisation_id"] = ""
    rows.append(dict(rows[0], id=str(uuid.uuid4()), name="Example Second Helpline"))
    run(write_csv(tmp_path, rows))
    run(write_csv(tmp_path, rows))
    assert Organisation.objects.filter(name="Example Women's Aid").count() == 1


def test_a_file_made_before_contact_routes_still_imports_its_phones(tmp_path):
    row = {
        "id": "0f7c1f3e-1b2a-4c3d-8e4f-5a6b7c8d9e01",
        "name": "Example Old Export",
        "organisation_name": "Example Org",
        "phone1_label": "helpline",
        "phone1_number": "01632 960300",
        "phone1_hours": "Weekdays",
        "phone1_free": "yes",
        "phone1_bill_note": "Not on bills.",
        "phone2_label": "minicom",
        "phone2_number": "01632 960301",
        "phone3_label": "other",
        "phone3_number": "01632 960302",
    }
    run(write_csv(tmp_path, [row]))
    routes = Service.objects.get(name="Example Old Export").contact_routes.all()
    assert [(r.kind, r.label, r.number, r.free) for r in routes] == [
        ("call", "helpline", "01632 960300", True),
        ("textphone", "", "01632 960301", False),
        ("call", "", "01632 960302", False),
    ]
    assert routes[0].may_appear_on_bills_note == "Not on bills." and routes[0].same_hours_as_service


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"route1_kind": "chat", "route1_contact": "http://chat.example.org/"}, "starting https://"),
        ({"route1_kind": "text"}, "Give the number for this route."),
        (
            {"route1_kind": "email", "route1_contact": "help@example.org", "route1_schedule": "Weekdays"},
            "route1_schedule",
        ),
        ({"route1_kind": "pigeon", "route1_contact": "https://example.org/"}, "contact route 1 kind"),
    ],
)
def test_route_cells_that_do_not_fit_their_kind_are_errors_naming_the_row(tmp_path, cells, expected):
    row = {"id": "0f7c1f3e-1b2a-4c3d-8e4f-5a6b7c8d9e02", "name": "Example Route", "organisation_name": "Example Org"}
    message = import_error(write_csv(tmp_path, [{**row, **cells}]))
    assert "Row 2" in message and expected in message
