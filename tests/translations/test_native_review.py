"""The translation status report's core pages table and its "needs review
by a native speaker" mark: every demo translation starts marked, and an
editor who may edit the text clears the mark with a POST."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import PageLogEntry

from campaigns.models import CampaignPage, Topic
from translations.models import NativeReview
from translations.review import CLEARED_ACTION
from waymark.models import HomePage

REPORT = "/admin/reports/translation-status/"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHERS = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]


def clear_url(review):
    return f"{REPORT}review/{review.pk}/clear/"


def review_of(instance, language):
    return NativeReview.objects.get(
        content_type=ContentType.objects.get_for_model(instance), object_id=instance.pk, language=language
    )


def core_rows(html):
    """{row label: {language: cell text}} from the core pages table."""
    table = re.search(r'<table class="listing core-pages__table">(.*?)</table>', html, re.S).group(1)
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>", 1)[1], re.S):
        label = re.sub(r"<[^>]+>", "", re.search(r'<th scope="row">(.*?)</th>', row, re.S).group(1)).strip()
        cells = re.findall(r'<td data-language="([^"]+)">(.*?)</td>', row, re.S)
        rows[label] = {code: re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip() for code, text in cells}
    return rows


def test_the_demo_marks_every_translation_it_writes(demo_site):
    home = HomePage.objects.get()
    campaign = CampaignPage.objects.get(slug_en="love-shouldnt-hurt")
    topic = Topic.objects.get(slug="coercive-control")
    for code in OTHERS:
        for instance in (home, campaign, topic):
            assert review_of(instance, code).needs_review
    # English is the source, written by the partnership: never marked.
    assert not NativeReview.objects.filter(language=settings.LANGUAGE_CODE).exists()


def test_the_report_shows_the_core_pages_present_in_all_ten_languages(demo_site, admin_client):
    html = admin_client.get(REPORT).content.decode()
    rows = core_rows(html)
    expected = [
        "Find support, safely",
        "“Get help now” on the home page",
        "Staying safe online",
        "Is it coercive control?",
        "Is it coercive control?, easy read",
        "Love shouldn't hurt",
        "Love shouldn't hurt, easy read",
    ]
    assert [label.replace("&#x27;", "'") for label in rows] == expected
    for label, cells in rows.items():
        assert list(cells) == LANGUAGES
        assert all(text.startswith("Present") for text in cells.values()), (label, cells)
    home = rows["Find support, safely"]
    assert "Needs review" not in home[settings.LANGUAGE_CODE]
    assert all("Needs review by a native speaker" in home[code] for code in OTHERS)
    # The mark belongs to the page: its block and easy read lines repeat none.
    assert not any("Needs review" in text for text in rows["“Get help now” on the home page"].values())


def test_a_campaign_only_in_english_is_not_a_core_page(demo_site, admin_client):
    rows = core_rows(admin_client.get(REPORT).content.decode())
    assert not any(label.startswith("Forced marriage") for label in rows)


def test_an_editor_clears_a_mark_with_a_post(demo_site, admin_client, admin_user):
    campaign = CampaignPage.objects.get(slug_en="is-it-coercive-control")
    review = review_of(campaign, "so")
    report = admin_client.get(f"{REPORT}?language=so").content.decode()
    assert f'action="{clear_url(review)}"' in report
    assert 'name="csrfmiddlewaretoken"' in report

    response = admin_client.post(clear_url(review))

    assert response.status_code == 302
    assert response["Location"] == f"{REPORT}?language=so"
    review.refresh_from_db()
    assert not review.needs_review and review.cleared_by == admin_user and review.cleared_at
    entry = PageLogEntry.objects.get(page=campaign, action=CLEARED_ACTION)
    assert entry.user == admin_user and entry.data == {"language": "so"}
    after = admin_client.get(f"{REPORT}?language=so").content.decode()
    assert f'action="{clear_url(review)}"' not in after
    assert "Needs review" not in core_rows(after)["Is it coercive control?"]["so"]
    assert "Needs review" in core_rows(after)["Is it coercive control?"]["pa"]


def test_clearing_needs_a_post(demo_site, admin_client):
    review = review_of(HomePage.objects.get(), "pa")
    assert admin_client.get(clear_url(review)).status_code == 405
    review.refresh_from_db()
    assert review.needs_review


@pytest.fixture
def directory_editor(db, client):
    """Signed in with admin access but no right to edit pages."""
    user = get_user_model().objects.create_user("dee", "dee@example.org", "a long enough password")
    user.groups.add(Group.objects.get(name="Directory editors"))
    client.force_login(user)
    return client


def test_an_editor_who_cannot_edit_the_page_cannot_clear_its_mark(demo_site, directory_editor):
    review = review_of(HomePage.objects.get(), "bn")
    report = directory_editor.get(f"{REPORT}?language=bn").content.decode()
    assert f'action="{clear_url(review)}"' not in report
    assert directory_editor.post(clear_url(review)).status_code == 403
    review.refresh_from_db()
    assert review.needs_review


def test_bad_ids_are_not_found(demo_site, admin_client):
    missing = (NativeReview.objects.order_by("-pk").first().pk or 0) + 1
    assert admin_client.post(f"{REPORT}review/{missing}/clear/").status_code == 404
    assert admin_client.post(f"{REPORT}review/abc/clear/").status_code == 404
    topic = Topic.objects.create(name="Example topic", slug="example-topic")
    review = NativeReview.objects.create(
        content_type=ContentType.objects.get_for_model(Topic), object_id=topic.pk, language="ro"
    )
    topic.delete()
    assert admin_client.post(clear_url(review)).status_code == 404


def test_the_language_list_names_every_marked_record(demo_site, admin_client):
    html = admin_client.get(f"{REPORT}?language=zh-hans").content.decode()
    section = html.split('id="to-review-heading"', 1)[1].split("</section>", 1)[0]
    for name in ("Find support, safely", "Staying safe online", "Coercive control", "Young people"):
        assert name in section
    assert "Site settings" in section or "site settings" in section
