"""Exports import back unchanged: the Open Referral API's full services, and
the admin's CSV export, each re-imported into an empty directory give the
same records. Confidential addresses are never in either file. The same
round trips run over the whole demo directory in tests/demo."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.db.models import Prefetch

from directory.importing.csv_format import COLUMNS
from directory.models import Location, Organisation, Service, ServiceAtLocation, Status, Weekday

from .conftest import SECRET_ADDRESS, SECRET_LATITUDE
from .factories import ClosedDayFactory, ContactRouteFactory, SchedulePeriodFactory, ServiceAreaFactory

API = "/api/openreferral/v3/"
# Bookkeeping that an import sets afresh; everything else must survive.
NOT_CONTENT = {
    "id",
    "organisation",
    "latest_revision",
    "live_revision",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
    "last_modified",
}
LOCATION_WITHHELD = {"address_1", "address_2", "town", "postcode", "latitude", "longitude"}


def fields(instance, skip=frozenset()):
    # Empty text is stored as "" or NULL depending on the path (translation
    # fields are nullable); both mean "not given".
    return {
        field.name: None if getattr(instance, field.attname) == "" else getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if field.name not in NOT_CONTENT | {"service", "sort_order"} | set(skip) and not field.name.endswith("_id")
    }


def snapshot(withheld=False, child_ids=True):
    """Every live service as plain data. Confidential locations are in it
    by their public fields only, or left out entirely (`withheld`=False).
    The CSV format has no columns for the ids of phones, periods, closed
    days, areas or location links (`child_ids`=False leaves them out)."""
    skip = set() if child_ids else {"uuid"}
    links = ServiceAtLocation.objects.select_related("location").order_by("sort_order", "pk")
    services = (
        Service.objects.filter(live=True)
        .select_related("organisation")
        .prefetch_related(
            "contact_routes",
            "schedule_periods__location",
            "closed_days",
            "service_areas",
            "service_types",
            "audiences",
            "specialist_roles",
            Prefetch("service_at_locations", queryset=links),
        )
    )
    data = {}
    for service in services:
        locations = []
        for link in service.service_at_locations.all():
            confidential = link.location.confidential_address
            if confidential and not withheld:
                continue
            location = fields(link.location, skip=LOCATION_WITHHELD if confidential else ())
            locations.append({"link": str(link.uuid) if child_ids else None, **location})
        data[str(service.uuid)] = {
            **fields(service),
            "organisation": fields(service.organisation),
            "phones": [fields(phone, skip) for phone in service.contact_routes.all()],
            "periods": [
                {**fields(period, skip | {"location"}), "location": period.location and str(period.location.uuid)}
                for period in service.schedule_periods.all()
                if withheld or period.location is None or not period.location.confidential_address
            ],
            "closed_days": [fields(day, skip) for day in service.closed_days.all()],
            "areas": [fields(area, skip) for area in service.service_areas.all()],
            "locations": locations,
            "terms": {
                name: sorted(term.code for term in getattr(service, name).all())
                for name in ("service_types", "audiences", "specialist_roles")
            },
        }
    return data


def differences(before, after):
    """Only what differs, down to the field, so a failure names it."""
    if isinstance(before, dict) and isinstance(after, dict):
        return {key: differences(value, after.get(key)) for key, value in before.items() if after.get(key) != value}
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return [differences(b, a) for b, a in zip(before, after, strict=True) if b != a]
    return (before, after)


def empty_the_directory():
    Service.objects.all().delete()
    Location.objects.all().delete()
    Organisation.objects.all().delete()


def import_file(path):
    call_command("import_services", str(path), stdout=io.StringIO())


def api_export(client):
    services, page = [], 1
    while True:
        data = json.loads(client.get(API + "services", {"full": "true", "per_page": 200, "page": page}).content)
        services += data["contents"]
        if data["last_page"]:
            return services
        page += 1


def reimports_unchanged(path, **snapshot_options):
    """Empty the directory, import the exported file: every live service comes
    back as it was, down to the field."""
    before = snapshot(**snapshot_options)
    empty_the_directory()
    import_file(path)
    after = snapshot(**snapshot_options)
    assert after.keys() == before.keys()
    for service_id, record in before.items():
        assert after[service_id] == record, differences(record, after[service_id])


def open_referral_round_trip(client, tmp_path):
    """The API's full services hold nothing only a confidential location has,
    and import back unchanged."""
    exported = json.dumps(api_export(client), ensure_ascii=False)

    def values(locations):
        return {
            str(value) for place in locations for value in (place.address_1, place.postcode, place.latitude) if value
        }

    # What only confidential locations have (a sample refuge may share a street with a public office).
    secrets = values(Location.objects.filter(confidential_address=True)) - values(
        Location.objects.filter(confidential_address=False)
    )
    assert secrets and not [secret for secret in secrets if secret in exported]
    path = tmp_path / "services.json"
    path.write_text(exported, encoding="utf-8")
    reimports_unchanged(path)


def csv_round_trip(admin_client, tmp_path):
    """The admin's CSV export has the import format's columns and imports back
    unchanged, confidential locations included (kept by their ids)."""
    text = csv_export(admin_client)
    assert text.splitlines()[0].split(",") == COLUMNS
    path = tmp_path / "services.csv"
    path.write_text(text, encoding="utf-8")
    reimports_unchanged(path, withheld=True, child_ids=False)


@pytest.fixture
def what_a_csv_row_holds(directory):
    """The `directory` fixture with each field a CSV row holds set somewhere to
    something other than its default, and each kind of area. A row has no
    column for publication, so the draft is left out (see the xfail test)."""
    directory["draft"].delete()
    near = directory["near"]
    Organisation.objects.filter(pk=near.organisation_id).update(
        description="A fictional partnership of advice services.", email="hello@organisation.example.org"
    )
    Service.objects.filter(pk=near.pk).update(
        description="Advice by phone and in person.",
        url="https://near.example.org/",
        email="advice@near.example.org",
        application_process="Call the helpline.",
        what_happens_next="An adviser calls back within a day.",
        minimum_age=16,
        maximum_age=99,
        interpretation_available=True,
        wheelchair_access=True,
        bsl=True,
        text_relay=True,
        alert="Closed on Friday afternoon for training.",
        hours_note="Call first on a bank holiday.",
        verified_by="Example Reviewer",
    )
    ContactRouteFactory(
        service=near,
        number="01632 960124",
        kind="text",
        hours="Weekdays, 9am to 5pm",
        weekly_hours=[{"weekday": day, "opens_at": "09:00", "closes_at": "17:00"} for day in range(5)],
        same_hours_as_service=False,
        free=True,
        may_appear_on_bills_note="May appear on itemised bills.",
    )
    ContactRouteFactory(
        service=near, kind="chat", address="https://chat.example.org/start", open_24_7=True, same_hours_as_service=False
    )
    ContactRouteFactory(service=near, kind="email", email="help@near.example.org", same_hours_as_service=False)
    SchedulePeriodFactory(
        service=near, weekday=Weekday.SATURDAY, opens_at=datetime.time(10), closes_at=datetime.time(13, 30)
    )
    ClosedDayFactory(service=near)
    ServiceAreaFactory(service=near, local_authority="Coventry City Council", description="Coventry residents.")
    Service.objects.filter(pk=directory["far"].pk).update(
        fees="£40 a session, less for people on benefits.", status=Status.TEMPORARILY_CLOSED
    )
    return directory


@pytest.fixture
def every_kind_of_record(what_a_csv_row_holds):
    """And what only Open Referral holds: hours at one of the service's places
    (listed after the service's own, as Open Referral lists them; pages show
    hours by day, not in this order) and a closed day's note."""
    near = what_a_csv_row_holds["near"]
    SchedulePeriodFactory(service=near, location=near.service_at_locations.get().location, weekday=Weekday.MONDAY)
    ClosedDayFactory(service=near, date=datetime.date(2025, 12, 26), note="Boxing Day")
    return what_a_csv_row_holds


def test_open_referral_export_reimports_into_an_empty_directory_unchanged(every_kind_of_record, client, tmp_path):
    open_referral_round_trip(client, tmp_path)


def test_open_referral_export_never_holds_a_confidential_address(directory, client):
    exported = json.dumps(api_export(client))
    assert SECRET_ADDRESS not in exported and SECRET_LATITUDE not in exported and "CV1 9ZZ" not in exported


def csv_export(admin_client, **filters):
    response = admin_client.get("/admin/snippets/directory/service/", {"export": "csv", **filters})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return b"".join(response.streaming_content).decode()


def test_admin_csv_export_is_the_import_format_and_reimports_unchanged(what_a_csv_row_holds, admin_client, tmp_path):
    csv_round_trip(admin_client, tmp_path)


@pytest.mark.xfail(strict=True, reason="the CSV format has no column for publication, so importing publishes every row")
def test_a_draft_in_the_admin_csv_export_stays_unpublished_in_an_empty_directory(directory, admin_client, tmp_path):
    path = tmp_path / "services.csv"
    path.write_text(csv_export(admin_client), encoding="utf-8")
    empty_the_directory()
    import_file(path)
    assert not Service.objects.filter(name="Example Draft Service", live=True).exists()


def test_admin_csv_export_withholds_a_confidential_address_and_reimporting_keeps_it(directory, admin_client, tmp_path):
    text = csv_export(admin_client)
    assert SECRET_ADDRESS not in text and SECRET_LATITUDE not in text and "CV1 9ZZ" not in text
    assert "Example Hidden Refuge" in text
    path = tmp_path / "services.csv"
    path.write_text(text, encoding="utf-8")
    import_file(path)
    refuge = directory["hidden"].service_at_locations.get().location
    refuge.refresh_from_db()
    assert refuge.confidential_address and refuge.address_1 == SECRET_ADDRESS


def test_admin_csv_export_follows_the_listing_filters(directory, admin_client):
    rows = csv_export(admin_client, is_free="False").splitlines()[1:]
    assert len(rows) == 1 and "Example Far Counselling" in rows[0]
