"""In the location editor, unticking "confidential address" on a location
saved as confidential is refused unless "Yes, make this address public" is
ticked too. Plain form posts, as a browser without JavaScript sends them."""

import html as html_lib

import pytest
from django.urls import reverse

from directory.models import Location, ServiceAtLocation

from .factories import LocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db
SECRET = "7 Example Secret Lane"
CONFIRM = "Yes, make this address public"


@pytest.fixture
def refuge():
    service = ServiceFactory(name="Example Form Refuge")
    location = LocationFactory(name="Example refuge house", address_1=SECRET, confidential_address=True)
    ServiceAtLocation.objects.create(service=service, location=location)
    return location


def edit_url(location):
    return f"/admin/snippets/directory/location/edit/{location.pk}/"


def post(admin_client, location, **fields):
    data = {
        "name_en": location.name,
        "address_1": location.address_1,
        "address_2": "",
        "town": location.town,
        "postcode": location.postcode,
        "latitude": "",
        "longitude": "",
        **fields,
    }
    return admin_client.post(edit_url(location), {key: value for key, value in data.items() if value is not None})


def service_page(client, location):
    service = location.service_at_locations.get().service
    return client.get(reverse("directory:service", args=[service.uuid])).content.decode()


def test_the_confirmation_box_is_offered_only_for_a_confidential_location(admin_client, refuge):
    assert CONFIRM in admin_client.get(edit_url(refuge)).content.decode()
    public = LocationFactory()
    assert CONFIRM not in admin_client.get(edit_url(public)).content.decode()
    assert CONFIRM not in admin_client.get("/admin/snippets/directory/location/add/").content.decode()


def test_unticking_alone_is_refused_with_a_clear_error(admin_client, client, refuge):
    response = post(admin_client, refuge)  # confidential_address left out: unticked
    assert response.status_code == 200
    page = html_lib.unescape(response.content.decode())
    assert "The address was not made public." in page
    refuge.refresh_from_db()
    assert refuge.confidential_address
    assert SECRET not in service_page(client, refuge)


def test_unticking_with_the_confirmation_makes_it_public(admin_client, client, refuge):
    response = post(admin_client, refuge, make_public="on")
    assert response.status_code == 302
    refuge.refresh_from_db()
    assert not refuge.confidential_address
    assert SECRET in service_page(client, refuge)


def test_other_edits_of_a_confidential_location_need_no_confirmation(admin_client, refuge):
    response = post(admin_client, refuge, confidential_address="on", name_en="Example refuge (renamed)")
    assert response.status_code == 302
    refuge.refresh_from_db()
    assert refuge.confidential_address and refuge.name == "Example refuge (renamed)"


def test_a_public_location_can_be_made_confidential_without_confirmation(admin_client):
    public = LocationFactory()
    assert post(admin_client, public, confidential_address="on").status_code == 302
    assert Location.objects.get(pk=public.pk).confidential_address
