import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from directory import demo
from directory.importing import national
from directory.models import AUDIENCES, SERVICE_TYPES, Location, Phone, PostcodeDistrict, Service, TaxonomyTerm

pytestmark = pytest.mark.django_db


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def national_ids():
    if not demo.NATIONAL_SERVICES.exists():
        return set()
    return {record["uuid"] for record in national.records(json.loads(demo.NATIONAL_SERVICES.read_text()))}


def fictional_services():
    return Service.objects.exclude(uuid__in=national_ids())


def test_demo_services_are_fictional_and_loading_twice_keeps_editors_changes():
    load_demo()
    services = list(fictional_services())
    assert len(services) >= 43
    assert all(service.name.startswith("Example") for service in services)
    assert all(phone.number.startswith("01632 960") for phone in Phone.objects.filter(service__in=services))
    assert all(service.email.endswith("example.org") for service in services)
    assert all(service.url == "" or ".example.org/" in service.url for service in services)

    refuge = Service.objects.get(name="Example Refuge")
    refuge.summary = "Example summary written by an editor."
    refuge.save()
    counts = (Service.objects.count(), Location.objects.count(), Phone.objects.count())
    load_demo()
    assert (Service.objects.count(), Location.objects.count(), Phone.objects.count()) == counts
    assert Service.objects.get(pk=refuge.pk).summary == "Example summary written by an editor."


def test_demo_refuge_address_is_confidential():
    load_demo()
    location = Service.objects.get(name="Example Refuge").service_at_locations.get().location
    assert location.confidential_address and location.public_address is None
    coventry = Service.objects.get(name="Example Coventry Women's Refuge").service_at_locations.get().location
    assert coventry.confidential_address and coventry.public_coordinates is None


def test_demo_local_services_cover_every_type_and_audience_in_coventry():
    load_demo()
    services = fictional_services().exclude(name__in=["Example Refuge", "Example Domestic Abuse Helpline",
                                                       "Example Young People's Counselling"])
    for taxonomy, field in ((SERVICE_TYPES, "service_types"), (AUDIENCES, "audiences")):
        used = {
            term.code for service in services for term in getattr(service, field).all()
        }
        assert used == set(TaxonomyTerm.objects.filter(taxonomy__code=taxonomy).values_list("code", flat=True))
    assert {code for service in services for code in service.languages} >= {"en", "pl", "ur", "ar", "so", "bn"}
    assert services.filter(open_24_7=True).exists() and services.filter(schedule_periods__weekday=0).exists()
    assert services.filter(next_review_due__lt=timezone.localdate()).count() == 1
    postcodes = Location.objects.filter(service_at_locations__service__in=services).values_list("postcode", flat=True)
    assert {postcode.split()[0] for postcode in postcodes} == {"CV1", "CV2", "CV3", "CV4", "CV5", "CV6"}
    assert set(PostcodeDistrict.objects.values_list("outcode", flat=True)) >= set(demo.DISTRICTS)


def test_demo_dates_are_relative_to_today():
    records = demo.local_records(datetime.date(2027, 3, 3))
    assert len(records) >= 40
    assert min(record["service"]["last_verified"] for record in records) == datetime.date(2027, 3, 3) - datetime.timedelta(days=400)
