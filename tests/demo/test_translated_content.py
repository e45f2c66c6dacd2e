import pytest
from django.utils.html import escape

from demo.translated_content import PAGES


@pytest.mark.parametrize("code", sorted(PAGES))
def test_demo_pages_are_translated_with_numbers_unchanged(demo_site, client, code):
    home = client.get(f"/{code}/").content.decode()
    assert escape(PAGES[code]["home"]["title"]) in home
    assert "fallback-notice" not in home
    assert home.count('href="tel:999"') == 2
    safety = client.get(f"/{code}/staying-safe-online/").content.decode()
    assert escape(PAGES[code]["safety"]["title"]) in safety
    assert "fallback-notice" not in safety


def test_pages_without_demo_translations_fall_back_with_a_notice(demo_site, client):
    # Every language has the core pages; this campaign the demo leaves in English.
    html = client.get("/so/campaigns/forced-marriage-you-have-a-choice/").content.decode()
    assert "fallback-notice" in html
    assert "Forced marriage: you have a choice" in html
