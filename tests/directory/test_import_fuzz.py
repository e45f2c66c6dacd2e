"""Whatever bytes arrive, the importer answers with a CommandError (or a
successful import), never a traceback."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory.importing.csv_format import COLUMNS

pytestmark = pytest.mark.django_db

cell = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)
header_cells = st.lists(st.sampled_from(COLUMNS + ["unknown"]), min_size=1, max_size=8, unique=True)


def csv_text(header, rows):
    def quote(value):
        return '"' + value.replace('"', '""') + '"'

    lines = [",".join(header)] + [",".join(quote(value) for value in row) for row in rows]
    return "\n".join(lines).encode("utf-8")


spreadsheets = st.builds(
    csv_text,
    st.just(["id", "name", "organisation_name"]) | header_cells.map(lambda h: ["id", "name", "organisation_name", *h]),
    st.lists(st.lists(cell, max_size=12), max_size=3),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=300) | spreadsheets)
def test_any_bytes_give_a_command_error_or_an_import(tmp_path, content):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(content)
    try:
        call_command("import_services", str(path), "--dry-run", stdout=io.StringIO())
    except CommandError as error:
        assert str(error)


TEMPLATE_ROW = [
    "6f1c2a54-3b8e-4d0a-9c1e-2a7b5d9e0f11",
    "Example Helpline",
    "Example Organisation",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    column=st.sampled_from(COLUMNS[3:]),
    value=cell | st.sampled_from(["nan", "inf", "-1", "1e9", "99999", "Mon-Sun 25:00-26:00"]),
)
def test_any_single_cell_value_gives_a_command_error_or_an_import(tmp_path, column, value):
    """Deeper than random bytes: a valid row with one cell set to anything."""
    path = tmp_path / "cell.csv"
    path.write_bytes(csv_text(["id", "name", "organisation_name", column], [[*TEMPLATE_ROW, value]]))
    try:
        call_command("import_services", str(path), "--dry-run", stdout=io.StringIO())
    except CommandError as error:
        assert str(error)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=6,
)
SERVICE_KEYS = [
    "id",
    "name",
    "description",
    "url",
    "email",
    "status",
    "fees",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "organization",
    "organization_id",
    "languages",
    "phones",
    "contacts",
    "attributes",
    "service_areas",
    "service_at_locations",
    "schedules",
    "x_waymark",
    "interpretation_services",
]
LINK_KEYS = ["id", "location", "schedules"]
LOCATION_KEYS = ["id", "name", "addresses", "latitude", "longitude", "confidential_address"]


def open_referral_service(service_changes, link_changes, location_changes):
    location = {
        "id": "2b4e28ba-2fa1-11d2-883f-0016d3cca427",
        "name": "Example Centre",
        "addresses": [{"address_1": "1 Example Street", "postal_code": "CV1 1AA"}],
        **location_changes,
    }
    link = {
        "id": "3b4e28ba-2fa1-11d2-883f-0016d3cca427",
        "location": location,
        "schedules": [{"byday": "MO", "opens_at": "09:00", "closes_at": "17:00"}],
        **link_changes,
    }
    return {
        "id": TEMPLATE_ROW[0],
        "name": "Example Helpline",
        "organization": {"id": "4b4e28ba-2fa1-11d2-883f-0016d3cca427", "name": "Example Organisation"},
        "phones": [{"number": "01632 960000"}],
        "service_at_locations": [link],
        **service_changes,
    }


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    service_changes=st.dictionaries(st.sampled_from(SERVICE_KEYS), json_values, max_size=2),
    link_changes=st.dictionaries(st.sampled_from(LINK_KEYS), json_values, max_size=1),
    location_changes=st.dictionaries(st.sampled_from(LOCATION_KEYS), json_values, max_size=2),
)
def test_any_open_referral_field_value_gives_a_command_error_or_an_import(
    tmp_path, service_changes, link_changes, location_changes
):
    """An Open Referral service with any field, at any of its levels, set to
    any JSON value: a message or an import, never a traceback."""
    path = tmp_path / "service.json"
    path.write_text(json.dumps(open_referral_service(service_changes, link_changes, location_changes)))
    try:
        call_command("import_services", str(path), "--dry-run", stdout=io.StringIO())
    except CommandError as error:
        assert str(error)
