import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from waymark.models import DEFAULT_EXIT_URL, SiteSettings


def test_exit_defaults_to_bbc_weather_and_leave_no_trail_is_on(db):
    settings = SiteSettings()
    assert settings.exit_url == DEFAULT_EXIT_URL == "https://www.bbc.co.uk/weather"
    assert settings.leave_no_trail is True
    assert settings.discreet_mode is False


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "ftp://files.example.org/", "data:text/html,hi"])
def test_exit_destination_must_be_a_web_address(db, bad):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.exit_url = bad
    with pytest.raises(ValidationError) as error:
        settings.full_clean()
    assert "must be a web address that starts with https://" in str(error.value)


def test_settings_form_rejects_a_non_web_exit_destination_with_a_clear_message(db, admin_client):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/waymark/sitesettings/{site.pk}/"
    form = admin_client.get(url)
    assert form.status_code == 200
    response = admin_client.post(
        url,
        {
            "site_name": "Waymark",
            "exit_url": "javascript:alert(1)",
            "leave_no_trail": "on",
            "safety_page": "",
        },
    )
    assert response.status_code == 200
    assert "must be a web address that starts with https://" in response.content.decode()
    assert SiteSettings.for_site(site).exit_url == DEFAULT_EXIT_URL


def test_exit_links_follow_the_setting(safety_page, client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.exit_url = "https://www.example.org/news"
    settings.save()
    html = client.get("/").content.decode()
    assert html.count('href="https://www.example.org/news" rel="noreferrer" data-exit') == 2
    assert 'data-exit-url="https://www.example.org/news"' in html


def test_exit_link_is_the_first_focusable_element(safety_page, client):
    import re

    html = client.get("/").content.decode()
    first_link = re.search(r"<(a|button|input|select|textarea)\b[^>]*>", html.split("<body", 1)[1]).group(0)
    assert "data-exit" in first_link


def test_discreet_mode_hides_the_topic_from_titles_icons_and_previews(safety_page, client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.discreet_mode = True
    settings.save()
    html = client.get("/staying-safe-online/").content.decode()
    head = html.split("</head>")[0]
    assert "<title>Waymark</title>" in head
    assert "icons/neutral.svg" in head
    assert "Staying safe online" not in head
    assert 'property="og:title" content="Waymark"' in head
    assert "og:description" not in head


def test_without_discreet_mode_titles_name_the_page(safety_page, client):
    head = client.get("/staying-safe-online/").content.decode().split("</head>")[0]
    assert "<title>Staying safe online – Waymark</title>" in head


def test_leave_no_trail_flag_reaches_the_page(safety_page, client):
    assert "data-leave-no-trail" in client.get("/").content.decode()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.leave_no_trail = False
    settings.save()
    assert "data-leave-no-trail" not in client.get("/").content.decode()


def test_settings_are_kept_between_pages_but_a_change_shows_at_once(safety_page, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/directory/")
    assert not [query for query in queries.captured_queries if "sitesettings" in query["sql"]]

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.exit_url = "https://www.example.org/news"
    settings.save()
    assert 'data-exit-url="https://www.example.org/news"' in client.get("/directory/").content.decode()

    # The notice links to the safety page only while it is published.
    assert "How to stay safe online" in client.get("/directory/").content.decode()
    settings.safety_page.unpublish()
    assert "How to stay safe online" not in client.get("/directory/").content.decode()
