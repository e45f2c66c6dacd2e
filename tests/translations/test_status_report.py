"""The admin "Translation status" report."""

import re

from waymark.models import InformationPage


def test_report_lists_missing_text_per_language_with_edit_links(demo_site, admin_client):
    response = admin_client.get("/admin/reports/translation-status/?language=so")
    html = response.content.decode()
    assert response.status_code == 200
    page = InformationPage.objects.get(slug="staying-safe-online")
    assert f'href="/admin/pages/{page.pk}/edit/"' in html
    row = html.split(f'href="/admin/pages/{page.pk}/edit/"', 1)[1].split("</tr>", 1)[0]
    assert "title" in row and "body" in row


def test_report_counts_every_language_and_omits_translated_pages(demo_site, admin_client):
    html = admin_client.get("/admin/reports/translation-status/?language=pl").content.decode()
    counts = dict(re.findall(r'lang="([a-z-]+)">[^<]+</a>:\s*(\d+) item', html))
    assert set(counts) == {"cy", "pl", "ur", "pa", "bn", "ar", "so", "ro", "zh-hans"}
    # The demo translates the safety page into Polish but not into Somali.
    assert int(counts["so"]) > int(counts["pl"])
    page = InformationPage.objects.get(slug="staying-safe-online")
    assert f'href="/admin/pages/{page.pk}/edit/"' not in html


def test_report_is_for_editors_only(demo_site, client):
    response = client.get("/admin/reports/translation-status/")
    assert response.status_code in (302, 403)
