from io import StringIO

from django.core.management import call_command
from wagtail.models import Page, Site

from waymark.models import HomePage, SiteSettings


def counts():
    return {
        "pages": Page.objects.count(),
        "sites": Site.objects.count(),
        "settings": SiteSettings.objects.count(),
    }


def test_load_demo_creates_a_served_home_page_with_emergency_routes(db, client):
    call_command("load_demo", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)

    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Get help now" in html
    assert 'href="tel:999"' in html
    assert "Silent Solution: call 999, then press 55 if you cannot speak" in html


def test_load_demo_is_idempotent(db):
    call_command("load_demo", stdout=StringIO())
    first = counts()
    call_command("load_demo", stdout=StringIO())
    assert counts() == first
    assert HomePage.objects.count() == 1


def test_load_demo_keeps_editors_changes(db):
    call_command("load_demo", stdout=StringIO())
    home = HomePage.objects.get()
    home.title = "Edited by the partnership"
    home.save_revision().publish()
    call_command("load_demo", stdout=StringIO())
    assert HomePage.objects.get().title == "Edited by the partnership"


def test_load_demo_replaces_wagtails_placeholder_welcome_page(db):
    call_command("load_demo", stdout=StringIO())
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_demo_safety_page_covers_what_visitors_need(demo_site, client):
    html = client.get("/staying-safe-online/").content.decode()
    for topic in (
        "Chrome",
        "Safari",
        "Firefox",
        "Edge",
        "Secret mode",
        "Delete single pages",
        "Do not bookmark",
        "safer device",
        "bill",
        "Spyware",
        "does not delete your history",
    ):
        assert topic in html, topic
