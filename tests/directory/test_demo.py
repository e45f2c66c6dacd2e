import io

import pytest
from django.core.management import call_command

from directory.models import Location, Organisation, Phone, Service

pytestmark = pytest.mark.django_db


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def test_demo_services_are_fictional_and_loading_twice_keeps_editors_changes():
    load_demo()
    services = list(Service.objects.all())
    assert len(services) == 3
    assert all(service.name.startswith("Example") for service in services)
    assert all(phone.number.startswith("01632 960") for phone in Phone.objects.all())
    assert all(service.email.endswith("example.org") for service in services)

    refuge = Service.objects.get(name="Example Refuge")
    refuge.summary = "Example summary written by an editor."
    refuge.save()
    load_demo()
    assert Service.objects.count() == 3 and Organisation.objects.count() == 2 and Location.objects.count() == 2
    assert Service.objects.get(pk=refuge.pk).summary == "Example summary written by an editor."


def test_demo_refuge_address_is_confidential():
    load_demo()
    location = Service.objects.get(name="Example Refuge").service_at_locations.get().location
    assert location.confidential_address and location.public_address is None
