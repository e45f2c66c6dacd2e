"""The demo's Welsh, Polish, Urdu and Arabic campaigns and site settings
text: served in each language with no fallback notice, numbers and block
ids as in English, exported to translators as already translated, and left
alone when the demo is loaded again."""

import io
import json
import re
from html import unescape
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.utils.html import escape
from django.utils.translation import to_locale
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Revision, Site

from campaigns.models import Audience, CampaignPage, Topic
from campaigns.plain_words import is_passive
from campaigns.readability import EASY_READ_MAX_SENTENCES, EASY_READ_MAX_WORDS, word_count
from demo.translated_campaigns import AUDIENCES, CAMPAIGNS, SITE_SETTINGS, SITE_SETTINGS_SOURCE, TOPICS
from demo.translations import StreamMismatch, translated_stream
from translations.po import stream_leaves
from waymark.models import SiteSettings

CODES = sorted(CAMPAIGNS)
SLUGS = ["is-it-coercive-control", "love-shouldnt-hurt"]
RIGHT_TO_LEFT = {"ur", "ar"}
LOCALE = Path(__file__).resolve().parents[2] / "translations" / "locale"
NUMBER = re.compile(r"\d+(?: \d+)*")
TEL = re.compile(r'href="tel:([^"]+)"')


def campaign(slug):
    return CampaignPage.objects.get(slug_en=slug)


def raw(page, field, code):
    return list(getattr(page, build_localized_fieldname(field, code)).raw_data)


def words(leaf):
    """What a visitor reads of one leaf, as it appears in the HTML."""
    if "<p>" in leaf:  # rich text is output as stored
        return re.findall(r"<p>(.*?)</p>", leaf)
    return [escape(line) for line in leaf.splitlines() if line.strip()]


def structure(node):
    """Everything about a stream but its words: types, ids, shapes, data."""
    if isinstance(node, str):
        return "text" if node.strip() else ""
    if isinstance(node, list):
        return [structure(item) for item in node]
    if isinstance(node, dict):
        return (
            {name: (value if name in ("type", "id") else structure(value)) for name, value in node.items()}
            if "type" in node
            else {name: structure(value) for name, value in node.items()}
        )
    return node


def without_isolation(html):
    """The page without the boxes that isolate left-to-right runs in
    right-to-left pages (translations.direction): the words as written."""
    return re.sub(r"</?bdi[^>]*>", "", html)


def paragraphs(html):
    """The text of each paragraph, its markup (tap-to-call links) left out."""
    return [unescape(re.sub(r"<[^>]*>", "", text)) for text in re.findall(r"<p>(.*?)</p>", html, re.S)]


def leaves_with_data(node):
    """The whole stream as text, words and data alike, to find its numbers in."""
    return json.dumps(node, sort_keys=True, ensure_ascii=False)


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("code", CODES)
def test_campaign_is_served_translated_in_each_language(demo_site, client, code, slug):
    content = CAMPAIGNS[code][slug]
    direction = "rtl" if code in RIGHT_TO_LEFT else "ltr"
    page = campaign(slug)

    response = client.get(f"/{code}/campaigns/{slug}/")
    html = without_isolation(response.content.decode())
    assert response.status_code == 200
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert "fallback-notice" not in html and 'class="page-content" lang="en"' not in html
    assert f"<h1>{escape(content['title'])}</h1>" in html
    assert escape(content["intro"]) in html
    # Rich text is shown through the rich-text cleaner, which writes
    # apostrophes as character references.
    shown = unescape(html)
    for _, leaf in stream_leaves(raw(page, "body", code)):
        for text in words(leaf):
            assert unescape(text) in shown, text
    assert f'href="/{code}/campaigns/{slug}/easy-read/"' in html

    response = client.get(f"/{code}/campaigns/{slug}/easy-read/")
    easy = without_isolation(response.content.decode())
    assert response.status_code == 200
    assert f'<html lang="{code}" dir="{direction}">' in easy
    assert "fallback-notice" not in easy
    assert f"<h1>{escape(content['title'])}</h1>" in easy
    for block in content["easy_read"]:
        for line in block["text"].splitlines():
            assert line in paragraphs(easy)
    assert f'href="/{code}/campaigns/{slug}/"' in easy

    # The English is still what English visitors get.
    english = client.get(f"/campaigns/{slug}/").content.decode()
    assert escape(content["title"]) not in english
    assert escape(page.title_en) in english


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("code", CODES)
def test_numbers_and_block_ids_are_the_english_ones(demo_site, client, code, slug):
    page = campaign(slug)
    for field in ("body", "easy_read_body"):
        english, translated = raw(page, field, "en"), raw(page, field, code)
        assert [block["id"] for block in translated] == [block["id"] for block in english]
        assert structure(translated) == structure(english)
        assert [path for path, _ in stream_leaves(translated)] == [path for path, _ in stream_leaves(english)]
        # Phone numbers (and every other number) are exactly the English ones.
        assert sorted(NUMBER.findall(leaves_with_data(translated))) == sorted(NUMBER.findall(leaves_with_data(english)))
    # The tap-to-call links on the page (the easy read version has none).
    english_tel = TEL.findall(client.get(f"/campaigns/{slug}/").content.decode())
    assert english_tel
    assert TEL.findall(client.get(f"/{code}/campaigns/{slug}/").content.decode()) == english_tel


@pytest.mark.parametrize("code", CODES)
def test_easy_read_translations_keep_to_the_easy_read_rules(code):
    for slug, content in CAMPAIGNS[code].items():
        for number, block in enumerate(content["easy_read"], start=1):
            # Stricter than the editors' check: Urdu and Arabic sentence ends count too.
            found = [s for s in re.split(r"(?<=[.!?؟۔])\s+|\n", block["text"]) if s.strip()]
            assert len(found) <= EASY_READ_MAX_SENTENCES, (slug, number)
            for sentence in found:
                assert word_count(sentence) <= EASY_READ_MAX_WORDS, (slug, number, sentence)
                # Only where the checker knows the language's passive (plain_words.PASSIVE_CHECKS).
                assert not is_passive(sentence, code), (slug, number, sentence)


@pytest.mark.parametrize("code", CODES)
def test_export_lists_the_campaigns_as_translated(demo_site, tmp_path, code):
    path = tmp_path / f"{code}.po"
    call_command("export_translations", code, "--all", output=str(path), stderr=io.StringIO())
    entries = {entry.msgctxt: entry for entry in polib.pofile(str(path))}
    for slug in SLUGS:
        page = campaign(slug)
        prefix = f"campaigns.campaignpage:{page.translation_key}:"
        assert entries[prefix + "title"].msgstr == CAMPAIGNS[code][slug]["title"]
        for field in ("body", "easy_read_body"):
            translated = dict(stream_leaves(raw(page, field, code)))
            for leaf_path, english in stream_leaves(raw(page, field, "en")):
                entry = entries[f"{prefix}{field}{leaf_path}"]
                assert entry.msgid == english
                assert entry.msgstr == translated[leaf_path] != ""
    # A callout's kind is a choice, not words for a translator; a "Get help"
    # block's heading is words, though the block is named like data.
    assert not any(entry.msgid in ("info", "warning") for entry in entries.values())
    assert any(entry.msgid == "You do not have to give your name." for entry in entries.values())

    call_command("export_translations", code, output=str(path), stderr=io.StringIO())
    untranslated = [entry.msgctxt for entry in polib.pofile(str(path))]
    for slug in SLUGS:
        assert not any(str(campaign(slug).translation_key) in context for context in untranslated)


@pytest.mark.parametrize("code", CODES)
def test_topics_audiences_and_site_settings_text_are_translated(demo_site, client, code):
    html = without_isolation(client.get(f"/{code}/campaigns/love-shouldnt-hurt/").content.decode())
    assert escape(AUDIENCES[code]["young-people"]) in html
    assert escape(TOPICS[code]["tech-abuse"]) in html
    assert "Young people" not in html
    for text in SITE_SETTINGS[code].values():
        assert escape(text) in html
    assert escape(SITE_SETTINGS_SOURCE["footer_text"]) not in html
    english = client.get("/").content.decode()
    assert escape(SITE_SETTINGS_SOURCE["footer_text"]) in english
    assert escape(SITE_SETTINGS[code]["footer_text"]) not in english


@pytest.mark.parametrize("code", CODES)
def test_exit_label_and_safety_notice_use_the_interface_catalogues_words(code):
    catalogue = {
        entry.msgid: entry.msgstr for entry in polib.pofile(str(LOCALE / to_locale(code) / "LC_MESSAGES" / "django.po"))
    }
    for name in ("exit_label", "safety_notice"):
        assert SITE_SETTINGS[code][name] == catalogue[SITE_SETTINGS_SOURCE[name]]


def test_topic_and_audience_translations_cover_every_seeded_slug(demo_site):
    topics = set(Topic.objects.values_list("slug", flat=True))
    audiences = set(Audience.objects.values_list("slug", flat=True))
    for code in CODES:
        assert set(TOPICS[code]) <= topics and set(AUDIENCES[code]) == audiences


def snapshot():
    pages = {
        (slug, code, field): json.dumps(
            raw(campaign(slug), field, code)
            if "body" in field
            else getattr(campaign(slug), build_localized_fieldname(field, code)),
            sort_keys=True,
        )
        for slug in SLUGS
        for code in CODES
        for field in ("title", "intro", "search_description", "body", "easy_read_body")
    }
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    text = {
        (name, code): getattr(site_settings, build_localized_fieldname(name, code))
        for name in SITE_SETTINGS_SOURCE
        for code in CODES
    }
    names = {
        (model.__name__, code): list(
            model.objects.order_by("slug").values_list(build_localized_fieldname("name", code), flat=True)
        )
        for model in (Topic, Audience)
        for code in CODES
    }
    return pages, text, names, Revision.objects.count()


def test_loading_the_demo_again_changes_nothing(demo_site):
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


def test_loading_the_demo_again_keeps_editors_translations(demo_site):
    page = campaign("love-shouldnt-hurt")
    page.title_pl = "Miłość nie boli"
    page.body_pl = []
    page.easy_read_body_pl = []
    page.save_revision().publish()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.footer_text_cy = "Testun gan olygydd."
    site_settings.save()
    topic = Topic.objects.get(slug="coercive-control")
    topic.name_ar = "السيطرة"
    topic.save()

    call_command("load_demo", stdout=io.StringIO())

    page = campaign("love-shouldnt-hurt")
    assert page.title_pl == "Miłość nie boli" and not page.body_pl and not page.easy_read_body_pl
    assert SiteSettings.for_site(Site.objects.get(is_default_site=True)).footer_text_cy == "Testun gan olygydd."
    assert Topic.objects.get(slug="coercive-control").name_ar == "السيطرة"


def test_site_settings_text_is_translated_only_while_the_english_is_the_demos(demo_site):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.footer_text_en = "Run by Coventry City Council."
    site_settings.footer_text_cy = ""
    site_settings.exit_label_en = "Leave now"
    site_settings.exit_label_cy = ""
    site_settings.save()
    call_command("load_demo", stdout=io.StringIO())
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.footer_text_cy == "" and site_settings.exit_label_cy == ""


def test_a_translation_that_no_longer_fits_the_english_is_refused():
    english = [
        {"type": "text", "value": "<p>Hello.</p>", "id": "a"},
        {
            "type": "emergency",
            "value": {"heading": "Help", "intro": "", "routes": [{"label": "Police", "number": "999", "note": ""}]},
            "id": "b",
        },
    ]
    welsh = translated_stream(english, ["<p>Helo.</p>", {"heading": "Help", "routes": [{"label": "Yr heddlu"}]}])
    assert welsh[1] == {
        "type": "emergency",
        "value": {"heading": "Help", "intro": "", "routes": [{"label": "Yr heddlu", "number": "999", "note": ""}]},
        "id": "b",
    }
    with pytest.raises(StreamMismatch):
        translated_stream(english, ["<p>Helo.</p>"])
    with pytest.raises(StreamMismatch):
        translated_stream(english, ["<p>Helo.</p>", {"heading": "Help", "routes": [{}]}])
    with pytest.raises(StreamMismatch):
        translated_stream(english, ["<p>Helo.</p>", {"heading": "Help", "routes": [{"label": "x", "lable": "y"}]}])


@pytest.mark.parametrize(
    ("code", "query", "slug"), [("cy", "orfodaeth", "is-it-coercive-control"), ("ar", "الحب", "love-shouldnt-hurt")]
)
def test_search_in_the_language_finds_the_translated_campaign(demo_site, client, code, query, slug):
    html = client.post(f"/{code}/search/", {"q": query}).content.decode()
    assert escape(CAMPAIGNS[code][slug]["title"]) in html
    assert escape(campaign(slug).title_en) not in html
