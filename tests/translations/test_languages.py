"""Languages: the URL alone decides the language; every page offers itself
in every language and says when it falls back to English."""

import re

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from directory.models import Service, ServiceArea
from tests.directory.factories import ContactRouteFactory, ServiceAreaFactory
from waymark.settings.env import language_choices


def switcher_links(html):
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"[^>]*>([^<]+)</a>', nav)


def test_switcher_names_each_language_in_itself_and_keeps_the_page(safety_page, client):
    html = client.get("/pl/staying-safe-online/").content.decode()
    links = switcher_links(html)
    assert [name for *_, name in links] == [name for _, name in settings.LANGUAGES]
    for href, lang, hreflang, _ in links:
        assert lang == hreflang
        expected = "/staying-safe-online/" if lang == "en" else f"/{lang}/staying-safe-online/"
        assert href == expected
    assert 'lang="pl" hreflang="pl" aria-current="true">Polski</a>' in html
    for own_name in ("Cymraeg", "اردو", "ਪੰਜਾਬੀ", "বাংলা", "العربية", "Soomaali", "Română", "中文"):
        assert own_name in html


def test_every_page_lists_alternates_for_each_language(home_page, client):
    html = client.get("/search/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert set(alternates) == {code for code, _ in settings.LANGUAGES} | {"x-default"}
    assert alternates["ur"] == "http://testserver/ur/search/"
    assert alternates["x-default"] == "http://testserver/search/"


@pytest.mark.parametrize(
    "code,direction", [("en", "ltr"), ("cy", "ltr"), ("ur", "rtl"), ("ar", "rtl"), ("zh-hans", "ltr")]
)
def test_html_lang_and_dir_follow_the_url(home_page, client, code, direction):
    path = "/" if code == "en" else f"/{code}/"
    html = client.get(path).content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html


def test_no_cookie_or_header_decides_the_language(home_page, client):
    client.cookies["django_language"] = "pl"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pl")
    assert '<html lang="en"' in response.content.decode()
    assert response.status_code == 200


def test_untranslated_page_falls_back_to_english_with_a_notice(safety_page, client):
    html = client.get("/so/staying-safe-online/").content.decode()
    assert "fallback-notice" in html
    assert 'class="page-content" lang="en" dir="ltr"' in html
    assert "fallback-notice" not in client.get("/staying-safe-online/").content.decode()


def test_translated_page_shows_no_fallback_notice(safety_page, client):
    with translation.override("pl"):
        safety_page.title = "Bezpieczeństwo w sieci"
        safety_page.save_revision().publish()
    html = client.get("/pl/staying-safe-online/").content.decode()
    assert "Bezpieczeństwo w sieci" in html
    assert "fallback-notice" not in html


def test_a_language_added_in_settings_appears_in_urls_and_switcher(home_page, client):
    with override_settings(LANGUAGES=settings.LANGUAGES + [("fr", "Français")]):
        with translation.override("fr"):
            assert reverse("search") == "/fr/search/"
        response = client.get("/fr/")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="fr" dir="ltr">' in html
        assert 'href="/fr/" lang="fr" hreflang="fr" aria-current="true">Français</a>' in html
    assert client.get("/fr/").status_code == 404


def test_language_list_comes_from_codes_with_english_first():
    names = {"en": "English", "cy": "Cymraeg"}
    assert language_choices(["cy", "fr", "en"], "en", names) == [
        ("en", "English"),
        ("cy", "Cymraeg"),
        ("fr", "français"),
    ]
    with pytest.raises(Exception, match="does not know: xx"):
        language_choices(["en", "xx"], "en", names)


def test_phone_numbers_keep_their_digit_order_in_right_to_left_pages(home_page, client):
    """In Arabic or Urdu text, "01632 960123" would otherwise show its two
    groups of digits swapped: every tel: link is marked left-to-right."""
    # A national helpline: the directory's first page lists those.
    service = ContactRouteFactory(number="01632 960123").service
    ServiceAreaFactory(service=service, kind=ServiceArea.Kind.NATIONAL, local_authority="", nations=["england"])
    pages = [f"/ar/directory/service/{service.uuid}/", "/ur/", "/ar/directory/"]
    for path in pages:
        html = client.get(path).content.decode()
        links = re.findall(r'<a [^>]*href="tel:[^"]*"[^>]*>.*?</a>', html)
        assert links, path
        for link in links:
            assert 'dir="ltr"' in link, (path, link)


def test_in_language_reads_the_active_language_then_english(db):
    from tests.directory.factories import ServiceFactory
    from translations.languages import in_language

    ServiceFactory(name="Example Welsh", name_cy="Enghraifft Gymraeg", summary="English summary")
    ServiceFactory(name="Example English only", summary="Only in English")

    def shown(code):
        with translation.override(code):
            rows = Service.objects.rewrite(False).annotate(shown=in_language("name"), about=in_language("summary"))
            return sorted(rows.values_list("shown", "about"))

    assert shown("cy") == [("Enghraifft Gymraeg", "English summary"), ("Example English only", "Only in English")]
    assert shown("en") == [("Example English only", "Only in English"), ("Example Welsh", "English summary")]


def test_admin_edit_forms_name_languages_instead_of_codes(client, django_user_model):
    """The toggles' names travel as JSON data to the project's own script;
    wagtail-modeltranslation's code-only picker is turned off."""
    import json
    import re

    from directory.models import Organisation

    organisation = Organisation.objects.create(name="Example Toggle Organisation")
    client.force_login(
        django_user_model.objects.create_superuser("example-toggles", "t@example.org", "example-pass-12")
    )
    html = client.get(f"/admin/snippets/directory/organisation/edit/{organisation.pk}/").content.decode()
    assert "wagtail_modeltranslation/js/language_toggles.js" not in html
    assert "/static/js/admin-language-toggles.js" in html
    data = json.loads(re.search(r'<script id="admin-languages" type="application/json">(.*?)</script>', html, re.S)[1])
    languages = {language["code"]: language for language in data["languages"]}
    assert (languages["cy"]["own"], languages["cy"]["english"], languages["cy"]["dir"]) == ("Cymraeg", "Welsh", "ltr")
    assert (languages["ur"]["own"], languages["ur"]["english"], languages["ur"]["dir"]) == ("اردو", "Urdu", "rtl")
    assert (languages["en"]["own"], languages["en"]["english"]) == ("English", "")
