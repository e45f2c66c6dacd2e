"""An editor's journey through the translation status report in Chromium:
the core pages present in all ten languages, each translation marked as
needing a native speaker's review, and one mark cleared."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from campaigns.models import CampaignPage
from tests.browser.test_editors import make_user, signed_in
from translations.models import NativeReview

REPORT = "/admin/reports/translation-status/"
CORE_PAGES = [
    "Find support, safely",
    "“Get help now” on the home page",
    "Staying safe online",
    "Is it coercive control?",
    "Is it coercive control?, easy read",
    "Love shouldn't hurt",
    "Love shouldn't hurt, easy read",
]


@pytest.fixture
def somali_review(django_db_blocker):
    """The mark on "Is it coercive control?" in Somali, put back afterwards:
    the browser tests share one demo database."""
    with django_db_blocker.unblock():
        campaign = CampaignPage.objects.get(slug_en="is-it-coercive-control")
        review = NativeReview.objects.get(
            content_type=ContentType.objects.get_for_model(CampaignPage), object_id=campaign.pk, language="so"
        )
    assert review.needs_review
    yield review
    with django_db_blocker.unblock():
        NativeReview.objects.filter(pk=review.pk).update(needs_review=True, cleared_by=None, cleared_at=None)


@pytest.mark.parametrize(
    "language,viewport",
    [("en", {"width": 1280, "height": 800}), ("ar", {"width": 360, "height": 640})],
    ids=["english-desktop", "arabic-phone"],
)
def test_an_editor_sees_the_core_pages_everywhere_and_clears_a_review_mark(
    site, editor_context, django_db_blocker, somali_review, language, viewport
):
    user = make_user(django_db_blocker, "rhian", is_superuser=True)
    with django_db_blocker.unblock():
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    page = signed_in(editor_context, site, "rhian")
    page.set_viewport_size(viewport)
    page.goto(site + REPORT + "?language=so")

    table = page.locator(".core-pages__table")
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(len(CORE_PAGES))
    expect(table.locator("thead th")).to_have_count(11)
    for index in range(len(CORE_PAGES)):
        cells = rows.nth(index).locator("td")
        expect(cells).to_have_count(10)
        # Present in every language, English included: nothing is missing.
        expect(rows.nth(index).locator(".core-pages__missing")).to_have_count(0)
        expect(rows.nth(index).locator(".core-pages__present")).to_have_count(10)
    if language == "en":
        expect(rows.first.locator("th")).to_have_text(CORE_PAGES[0])
    # Each page's own line carries its mark in the nine other languages.
    expect(table.locator(".core-pages__review")).to_have_count(4 * 9)

    campaign_row = rows.nth(CORE_PAGES.index("Is it coercive control?"))
    somali = campaign_row.locator('td[data-language="so"]')
    expect(somali.locator(".core-pages__review")).to_have_count(1)
    clear = somali.get_by_role("button")
    clear.scroll_into_view_if_needed()
    box = clear.bounding_box()
    assert box and box["width"] >= 24 and box["height"] >= 24
    page.screenshot(path=f"/tmp/content-status-{language}-before.png", full_page=False)

    clear.click()

    page.wait_for_url(re.compile(re.escape(REPORT) + r"\?language=so$"))
    somali = page.locator(".core-pages__table tbody tr").nth(CORE_PAGES.index("Is it coercive control?"))
    somali = somali.locator('td[data-language="so"]')
    expect(somali.locator(".core-pages__present")).to_have_count(1)
    expect(somali.locator(".core-pages__review")).to_have_count(0)
    expect(page.locator(".core-pages__review")).to_have_count(4 * 9 - 1)
    # Somali's other pages still await their review.
    expect(page.locator('.core-pages__table td[data-language="so"] .core-pages__review')).to_have_count(3)
    if language == "en":
        expect(page.get_by_text("is marked as reviewed by a native speaker")).to_be_visible()
    page.screenshot(path=f"/tmp/content-status-{language}-after.png", full_page=False)
    with django_db_blocker.unblock():
        somali_review.refresh_from_db()
    assert not somali_review.needs_review and somali_review.cleared_by == user
