import datetime
import html as html_lib
import re
import uuid

from django.urls import reverse

from directory.models import ClosedDay, SchedulePeriod


def text(response):
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def test_service_page_shows_how_to_get_help(client, directory):
    service = directory["near"]
    service.url = "https://near.example.org/"
    service.email = "help@near.example.org"
    service.application_process = "Call us yourself."
    service.what_happens_next = "An adviser answers and asks if it is safe to talk."
    service.bsl = True
    service.save()
    response = client.get(reverse("directory:service", args=[service.uuid]))
    page = text(response)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="tel:01632960123"' in html and 'href="mailto:help@near.example.org"' in html
    assert '<a href="https://near.example.org/" rel="noopener noreferrer">' in html
    assert "Checked 3 March 2027" in page
    # Each language in the visitor's language, then in itself, marked as such.
    assert 'Polish (<bdi lang="pl">polski</bdi>)' in html and "English" in page
    assert "Women" in page and "Men" in page
    assert "Call us yourself." in page and "asks if it is safe to talk" in page
    assert "British Sign Language (BSL) available." in page
    assert "Open 24 hours a day, 7 days a week." in page
    assert "1 Example Street, Coventry, CV1 1AA" in page
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S)[0]
    assert 'href="/directory/"' in crumbs and "Example Near Advice" in crumbs


def test_opening_hours_by_day_and_closed_days(client, directory):
    service = directory["far"]
    SchedulePeriod.objects.create(service=service, weekday=0, opens_at="09:00", closes_at="17:00")
    SchedulePeriod.objects.create(service=service, weekday=3, opens_at="18:00", closes_at="20:30")
    ClosedDay.objects.create(service=service, date="2099-12-25", note="Christmas Day")
    page = text(client.get(reverse("directory:service", args=[service.uuid])))
    assert "Monday 9am to 5pm" in page and "Thursday 6pm to 8:30pm" in page and "Sunday Closed" in page
    assert "25 December 2099 (Christmas Day)" in page
    assert "Referral needed" in page


def test_hours_in_words_are_shown_without_a_status_and_unknown_hours_are_not_closed(client, directory):
    service = directory["helpline"]
    phone = service.contact_routes.get()
    phone.hours = "Every day, evening until midnight"
    phone.save()
    page = text(client.get(reverse("directory:service", args=[service.uuid])))
    opening = page.split("Opening hours", 1)[1]
    # text() leaves a space where the number's own element ends.
    assert f"Helpline {phone.number} : Every day, evening until midnight" in opening
    assert "not listed" not in page and "Closed" not in page and "Open" not in page.replace("Opening", "")
    phone.hours = ""
    phone.save()
    page = text(client.get(reverse("directory:service", args=[service.uuid])))
    assert "Hours not listed – call to check" in page and "Opening hours are not listed." in page
    assert "Closed" not in page


def test_drafts_and_unknown_services_are_not_found(client, directory):
    assert client.get(reverse("directory:service", args=[directory["draft"].uuid])).status_code == 404
    assert client.get(reverse("directory:service", args=[uuid.uuid4()])).status_code == 404
    assert client.get("/directory/service/not-a-uuid/").status_code == 404


def test_service_page_in_another_language(client, directory):
    assert client.get(f"/pl/directory/service/{directory['near'].uuid}/").status_code == 200


def test_national_service_page_in_every_language(client, directory):
    from django.conf import settings

    for code, _name in settings.LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        response = client.get(f"{prefix}/directory/service/{directory['helpline'].uuid}/")
        assert response.status_code == 200, code
        assert "England" in response.content.decode() or code != "en"


def test_page_and_sheet_say_what_a_service_offers_a_to_z_in_the_visitors_language(client, directory):
    from .conftest import term

    service = directory["near"]
    service.specialist_roles.set([term("specialist-roles", "counselling")])
    service.save()
    information = term("service-types", "information")
    offers = sorted([information.name, term("specialist-roles", "counselling").name], key=str.casefold)
    page = text(client.get(reverse("directory:service", args=[service.uuid])))
    assert f"Offers: {offers[0]}; {offers[1]}" in page
    sheet = text(client.get(reverse("directory:sheet") + f"?s={service.uuid}"))
    assert f"Offers: {offers[0]}; {offers[1]}" in sheet
    assert "Who it is for Men; Women." in sheet

    information.name_cy = "Gwybodaeth"
    information.save()
    assert "Gwybodaeth" in text(client.get(f"/cy{reverse('directory:service', args=[service.uuid])}"))


def welsh_service(children):
    """A public service with every text a visitor reads in Welsh, and
    `children` phones, closed days, areas and places."""
    from directory.models import ServiceAtLocation
    from directory.translation import ServiceTranslation

    from .factories import (
        ClosedDayFactory,
        ContactRouteFactory,
        LocationFactory,
        OrganisationFactory,
        ServiceAreaFactory,
        ServiceFactory,
    )

    welsh = {field: f"Cymraeg {field} {uuid.uuid4().hex[:6]}" for field in ServiceTranslation.fields}
    service = ServiceFactory(
        organisation=OrganisationFactory(name_cy="Sefydliad Enghreifftiol"),
        **{f"{field}_cy": value for field, value in welsh.items()},
    )
    for n in range(children):
        ContactRouteFactory(
            service=service,
            number=f"01632 96010{n}",
            hours_cy=f"Oriau ffôn {n}",
            may_appear_on_bills_note_cy=f"Nodyn bil {n}",
        )
        ClosedDayFactory(service=service, date=datetime.date(2099, 12, 20 + n), note_cy=f"Gŵyl {n}")
        ServiceAreaFactory(service=service, description_cy=f"Disgrifiad ardal {n}")
        ServiceAtLocation.objects.create(service=service, location=LocationFactory(name_cy=f"Canolfan {n}"))
    texts = [
        *welsh.values(),
        *(
            f"{label} {n}"
            for n in range(children)
            for label in ("Oriau ffôn", "Nodyn bil", "Gŵyl", "Disgrifiad ardal", "Canolfan")
        ),
    ]
    return service, texts


def test_service_page_reads_each_text_in_the_visitors_language_in_a_fixed_number_of_queries(
    db, client, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    one, _texts = welsh_service(children=1)
    client.get(f"/cy/directory/service/{one.uuid}/")  # the site and its settings, read once a while
    with CaptureQueriesContext(connection) as first:
        client.get(f"/cy/directory/service/{one.uuid}/")
    service, texts = welsh_service(children=3)
    with django_assert_num_queries(len(first.captured_queries)):
        page = text(client.get(f"/cy/directory/service/{service.uuid}/"))
    assert [welsh for welsh in texts if welsh not in page] == []


def test_hours_kept_for_one_place_say_which_and_never_name_a_confidential_one(client, directory):
    from directory.models import ServiceAtLocation

    from .factories import LocationFactory

    service = directory["far"]
    drop_in = LocationFactory(name="Example Drop-in Centre")
    refuge = LocationFactory(name="Example Safe House", confidential_address=True)
    for place in (drop_in, refuge):
        ServiceAtLocation.objects.create(service=service, location=place)
    SchedulePeriod.objects.create(service=service, weekday=0, opens_at="09:00", closes_at="17:00")
    SchedulePeriod.objects.create(service=service, weekday=5, opens_at="10:00", closes_at="12:00", location=drop_in)
    SchedulePeriod.objects.create(service=service, weekday=1, opens_at="18:00", closes_at="20:00", location=refuge)
    page = text(client.get(reverse("directory:service", args=[service.uuid])))
    assert "Monday 9am to 5pm" in page
    assert "Saturday 10am to midday at Example Drop-in Centre" in page
    assert "Tuesday 6pm to 8pm at a private address" in page
    sheet = text(client.get(reverse("directory:sheet") + f"?s={service.uuid}"))
    assert "10am to midday at Example Drop-in Centre" in sheet and "6pm to 8pm at a private address" in sheet
    assert "Safe House" not in page + sheet
    welsh = text(client.get(f"/cy{reverse('directory:service', args=[service.uuid])}"))
    assert "yn Example Drop-in Centre" in welsh and "mewn cyfeiriad preifat" in welsh
