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
    assert "Polish (polski)" in page and "English" in page
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
