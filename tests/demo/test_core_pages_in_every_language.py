"""The demo's core pages exist in all ten languages with their own words:
home with "Get help now", "Staying safe online", and both campaigns,
standard and easy read, served with no English fallback in their bodies."""

import re
from html import unescape

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags

from campaigns.models import CampaignPage
from demo.translated_campaigns import CAMPAIGNS
from demo.translated_content import PAGES
from waymark.models import HomePage, InformationPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]
NEW = ["pa", "bn", "so", "ro", "zh-hans"]
SLUGS = ["is-it-coercive-control", "love-shouldnt-hurt"]
# Words of the English demo bodies that no translation keeps: finding one
# on a page in another language means the English showed through.
ENGLISH_ONLY = [
    "If you are in danger now",
    "Use a private browsing window",
    "Spyware and tracking",
    "Does someone close to you",
    "It is not your fault",
    "Love should feel safe",
    "This page is about coercive control",
    "Someone who cares about you",
]


def campaign_url(slug, code):
    """The campaign's path in `code`, with that language's prefix and slug."""
    with translation.override(code):
        return CampaignPage.objects.get(slug_en=slug).get_url()


def main_text(html):
    main = re.search(r"<main\b.*?</main>", html, re.S)
    assert main, "the page has a <main>"
    return unescape(strip_tags(main.group(0)))


def test_all_ten_languages_have_demo_content():
    assert set(PAGES) | {settings.LANGUAGE_CODE} == set(LANGUAGES)
    assert set(CAMPAIGNS) | {settings.LANGUAGE_CODE} == set(LANGUAGES)


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != settings.LANGUAGE_CODE])
def test_every_core_body_field_has_its_own_text(demo_site, code):
    home = HomePage.objects.get()
    safety = InformationPage.objects.get(slug="staying-safe-online")
    for page, fields in [(home, ["title", "intro", "body"]), (safety, ["title", "intro", "body"])]:
        for field in fields:
            assert getattr(page, f"{field}_{code.replace('-', '_')}"), f"{page} has no {field} in {code}"
    assert any(block.block_type == "get_help" for block in getattr(home, f"body_{code.replace('-', '_')}"))
    for slug in SLUGS:
        campaign = CampaignPage.objects.get(slug_en=slug)
        for field in ("title", "intro", "body", "easy_read_body"):
            assert getattr(campaign, f"{field}_{code.replace('-', '_')}"), f"{slug} has no {field} in {code}"


@pytest.mark.parametrize("code", NEW)
def test_the_new_languages_core_pages_are_served_in_their_own_words(demo_site, client, code):
    paths = [f"/{code}/", f"/{code}/staying-safe-online/"]
    for slug in SLUGS:
        paths += [campaign_url(slug, code), campaign_url(slug, code) + "easy-read/"]
    for path in paths:
        assert path.startswith(f"/{code}/"), path
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert "fallback-notice" not in html, path
        assert f'lang="{code}"' in html[:300], path
        text = main_text(html)
        leaked = [words for words in ENGLISH_ONLY if words in text]
        assert not leaked, f"{path} shows English: {leaked}"
    assert "Find support, safely" not in main_text(client.get(f"/{code}/").content.decode())


@pytest.mark.parametrize("code", NEW)
def test_the_new_languages_keep_every_phone_number(demo_site, client, code):
    home = client.get(f"/{code}/").content.decode()
    assert home.count('href="tel:999"') == 2
    easy_read = client.get(campaign_url("love-shouldnt-hurt", code) + "easy-read/").content.decode()
    assert "0800 1111" in easy_read
