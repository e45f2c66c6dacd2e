"""The demo's campaigns: what `make run` shows editors and visitors, loaded
once and kept as editors change them."""

import io
import re
from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.documents.models import Document

from campaigns import readability
from campaigns.models import CampaignPage
from demo.campaign_content import LONG_EASY_READ_SENTENCE
from translations.rich_text import clean

pytestmark = pytest.mark.django_db


def test_demo_has_five_campaigns_with_easy_read_and_a_professionals_page(demo_site):
    pages = CampaignPage.objects.live()
    titles = set(pages.values_list("title", flat=True))
    assert {
        "Is it coercive control?",
        "Love shouldn't hurt",
        "Forced marriage: you have a choice",
        "Men experience abuse too",
        "Worried about your own behaviour?",
    } <= titles
    assert sum(1 for page in pages if page.has_easy_read) >= 5
    assert pages.filter(audiences__slug="professionals", title__startswith="For professionals").exists()


def test_load_demo_twice_changes_nothing(demo_site):
    from django.core.management import call_command

    page = CampaignPage.objects.get(slug="love-shouldnt-hurt")
    page.intro = "Edited by an editor."
    page.save_revision().publish()
    count = CampaignPage.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert CampaignPage.objects.count() == count
    assert CampaignPage.objects.get(slug="love-shouldnt-hurt").intro == "Edited by an editor."


def test_professionals_page_offers_the_one_page_pdf_guide(demo_site, client):
    html = client.get("/campaigns/for-professionals-spotting-and-responding/").content.decode()
    assert "MARAC" in html and "IDVA" in html
    match = re.search(r'<a href="(/documents/[^"]+\.pdf)" download>', html)
    assert match
    assert "(PDF, " in html
    document = Document.objects.get(title__startswith="Domestic abuse: a one-page guide")
    with document.file.open("rb") as file:
        data = file.read()
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    assert b"MARAC" in data


def test_the_seeded_25_word_sentence_is_in_a_draft_and_named_with_its_block(demo_site):
    page = CampaignPage.objects.get(slug="is-it-coercive-control")
    assert page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert readability.word_count(LONG_EASY_READ_SENTENCE) == 25
    report = draft.readability_report()
    assert (
        f"Easy read block 4: this sentence has 25 words (easy read allows 15): “{LONG_EASY_READ_SENTENCE}”"
        in report.warnings
    )
    assert report.standard.reading_ease > 0 and report.standard.average_sentence_length > 5
    assert report.standard.longest[0]["words"] >= report.standard.longest[-1]["words"]

    # The draft keeps the page's published translations.
    def words(version):
        return [version.title_cy] + [block.value["text"] for block in version.easy_read_body_cy]

    assert words(draft) == words(page) and page.title_cy


def test_published_easy_read_versions_keep_the_rules(demo_site, client):
    """What visitors read: no easy read sentence over the limit, the long one
    included, on any published demo campaign."""
    pages = [page for page in CampaignPage.objects.live() if page.easy_read_body]
    assert "is-it-coercive-control" in [page.slug for page in pages]
    for page in pages:
        assert [w for w in page.readability_report().warnings if w.startswith("Easy read")] == [], page.slug
        html = client.get(f"{page.url}easy-read/").content.decode()
        # The editor's blocks, without the "Get help" box the site adds after them.
        body = html.split('<div class="easy-read__body">', 1)[1].split('<section class="easy-read-help"', 1)[0]
        rows = re.findall(r'<div class="easy-read-row__text">(.*?)</div>', body, re.S)
        shown = [
            sentence
            for row in rows
            for line in re.findall(r"<p>(.*?)</p>", row)
            for sentence in readability.sentences(unescape(line))
        ]
        assert len(rows) == len(page.easy_read_body) and shown, page.slug
        assert max(readability.word_count(s) for s in shown) <= readability.EASY_READ_MAX_WORDS, page.slug
        assert "controls what you do, you can talk" not in html


def test_demo_rich_text_is_already_what_the_editor_allows(demo_site):
    """The demo loaders write rich text without the editor: every text they
    wrote is unchanged by the rule, so visitors see it all."""
    from wagtail.models import Page

    from waymark.blocks import RichTextBlock

    checked = 0

    def walk(block, value):
        nonlocal checked
        if isinstance(block, RichTextBlock):
            checked += 1
            assert BeautifulSoup(clean(value.source, block.features), "html.parser").decode() == (
                BeautifulSoup(value.source, "html.parser").decode()
            ), value.source
        elif hasattr(block, "child_blocks") and isinstance(value, dict):
            for name, child in block.child_blocks.items():
                walk(child, value[name])
        elif hasattr(block, "child_block"):
            for item in value:
                walk(block.child_block, item)

    for page in Page.objects.live().specific():
        for field in ("body", "easy_read_body"):
            for code in ("en", "cy", "pl", "ur", "ar"):
                with translation.override(code):
                    for child in getattr(page, field, None) or []:
                        walk(child.block, child.value)
    assert checked > 30
