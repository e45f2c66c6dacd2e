"""The admin "Translation status" report."""

import re

import pytest

from campaigns.models import Audience
from directory.models import ServiceAtLocation
from tests.directory.factories import ContactRouteFactory, LocationFactory, ServiceFactory


@pytest.fixture
def service_with_a_place_of_its_own(db):
    """A live service with a phone and a place no other service uses, in English only."""
    service = ServiceFactory(name="Example Advice Service", description="Advice in person and by phone.")
    ContactRouteFactory(service=service, number="01632 960321", hours="Weekdays, 9am to 5pm")
    place = LocationFactory(name="Example Advice Centre")
    ServiceAtLocation.objects.create(service=service, location=place)
    return service, place


def test_report_lists_missing_text_per_language_with_edit_links(safety_page, admin_client):
    response = admin_client.get("/admin/reports/translation-status/?language=so")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="/admin/pages/{safety_page.pk}/edit/"' in html
    row = html.split(f'href="/admin/pages/{safety_page.pk}/edit/"', 1)[1].split("</tr>", 1)[0]
    assert "title" in row.lower() and "body" in row.lower()


def test_report_counts_every_language_and_omits_translated_pages(polish_safety_page, admin_client):
    html = admin_client.get("/admin/reports/translation-status/?language=pl").content.decode()
    counts = dict(re.findall(r'lang="([a-z-]+)" dir="(?:ltr|rtl)">[^<]+</span> \([^)]+\)</a>:\s*(\d+) item', html))
    assert set(counts) == {"cy", "pl", "ur", "pa", "bn", "ar", "so", "ro", "zh-hans"}
    # The safety page is translated into Polish but not into Somali.
    assert int(counts["so"]) > int(counts["pl"])
    assert f'href="/admin/pages/{polish_safety_page.pk}/edit/"' not in html


def test_report_is_for_editors_only(db, client):
    response = client.get("/admin/reports/translation-status/")
    assert response.status_code in (302, 403)


def report_rows(html):
    # The missing-text table, after the core pages table and review list.
    table = html.split('<table class="listing translation-status">', 1)[1]
    body = table.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [row.split("</tr>", 1)[0] for row in body.split("<tr>")[1:]]


def test_every_row_has_a_name_and_an_edit_link(safety_page, service_with_a_place_of_its_own, admin_client):
    # Audiences are a fixed list with no form in the admin (their names are
    # translated through PO files), so a row for them could have no link:
    # give them their Urdu names, as the demo does.
    for audience in Audience.objects.all():
        audience.name_ur = f"{audience.name} (ur)"
        audience.save()
    rows = report_rows(admin_client.get("/admin/reports/translation-status/?language=ur").content.decode())
    assert rows
    for row in rows:
        first_cell = row.split("<td>", 1)[1].split("</td>", 1)[0]
        assert re.match(r'\s*<a href="/admin/[^"]*/edit/[^"]*">\S[^<]*</a>', first_cell), row[:300]


def test_a_service_row_holds_its_phones_and_its_own_place(service_with_a_place_of_its_own, admin_client):
    html = admin_client.get("/admin/reports/translation-status/?language=ur").content.decode()
    rows = report_rows(html)
    # Every row names something different: phones, and places used by one
    # service only, sit in their service's row.
    titles = [row.split("</td>", 1)[0] for row in rows]
    assert len(titles) == len(set(titles))
    assert not [title for title in titles if "Contact route “" in title]
    service, place = service_with_a_place_of_its_own
    (row,) = [row for row in rows if f'href="/admin/snippets/directory/service/edit/{service.pk}/"' in row]
    assert f'<a href="/admin/snippets/directory/location/edit/{place.pk}/">Location “{place.name}”: name</a>' in row
    assert re.search(r"<li>Contact route “[^”]+: 01632 \d+”: hours</li>", row)
    assert "<li>Name, summary, description" in row, "the service's own fields, in the form's order"


def test_right_to_left_names_are_marked_with_their_language_and_direction(
    service_with_a_place_of_its_own, admin_client
):
    from directory.models import Service

    service, _place = service_with_a_place_of_its_own
    Service.objects.filter(pk=service.pk).update(name_ur="مثال مشورہ")
    html = admin_client.get("/admin/reports/translation-status/?language=ur").content.decode()
    assert '<span lang="ur" dir="rtl">اردو</span> (Urdu)' in html
    assert '<td lang="ur" dir="rtl">مثال مشورہ</td>' in html
    assert 'Missing in <span lang="ur" dir="rtl">اردو</span> (Urdu)' in html
