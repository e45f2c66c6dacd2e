"""Exports import back unchanged: the Open Referral API's full services, and
the admin's CSV export, each re-imported into an empty directory give the
same records. Confidential addresses are never in either file."""

import io
import json

from django.core.management import call_command
from django.db.models import Prefetch

from directory.importing.csv_format import COLUMNS
from directory.models import Location, Organisation, Service, ServiceAtLocation

from .conftest import SECRET_ADDRESS, SECRET_LATITUDE

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
            "phones",
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
            "phones": [fields(phone, skip) for phone in service.phones.all()],
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


def test_open_referral_export_reimports_into_an_empty_directory_unchanged(demo_site, client, tmp_path):
    before = snapshot()
    assert len(before) >= 40
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

    empty_the_directory()
    import_file(path)

    after = snapshot()
    assert after.keys() == before.keys()
    for service_id, record in before.items():
        assert after[service_id] == record, differences(record, after[service_id])


def test_open_referral_export_never_holds_a_confidential_address(directory, client):
    exported = json.dumps(api_export(client))
    assert SECRET_ADDRESS not in exported and SECRET_LATITUDE not in exported and "CV1 9ZZ" not in exported


def csv_export(admin_client, **filters):
    response = admin_client.get("/admin/snippets/directory/service/", {"export": "csv", **filters})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return b"".join(response.streaming_content).decode()


def test_admin_csv_export_is_the_import_format_and_reimports_unchanged(demo_site, admin_client, tmp_path):
    before = snapshot(withheld=True, child_ids=False)
    text = csv_export(admin_client)
    assert text.splitlines()[0].split(",") == COLUMNS
    path = tmp_path / "services.csv"
    path.write_text(text, encoding="utf-8")

    empty_the_directory()
    import_file(path)

    after = snapshot(withheld=True, child_ids=False)
    assert after.keys() == before.keys()
    for service_id, record in before.items():
        assert after[service_id] == record, differences(record, after[service_id])


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
