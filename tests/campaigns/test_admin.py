"""Editors build campaigns in the admin: create, edit, preview both
versions, and see the block previews."""

import pytest
from django.conf import settings
from wagtail.blocks import StreamBlock
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_factories import DocumentFactory, ImageFactory

from campaigns.blocks import CampaignBodyBlock, EasyReadBodyBlock
from campaigns.models import Audience, CampaignIndexPage, CampaignPage, Topic
from tests.directory.factories import ContactRouteFactory, ServiceFactory
from tests.site.factories import HomePageFactory

from .helpers import all_languages, make_campaign, make_index

pytestmark = pytest.mark.django_db
ADMIN = "/" + settings.WAGTAIL_ADMIN_PATH
# 25 words: easy read allows 15.
LONG_SENTENCE = (
    "If someone makes you feel scared or controls what you do, you can talk to a person "
    "who will listen and help you stay safe."
)


def empty_streams(*fields):
    data = {}
    for field in fields:
        for name in all_languages(field):
            data[name] = streamfield([])
    return data


def test_editor_creates_an_index_and_a_campaign_with_every_kind_of_block(admin_client):
    index = make_index()
    home = index.get_parent()
    response = admin_client.post(
        f"{ADMIN}pages/add/campaigns/campaignindexpage/{home.pk}/",
        nested_form_data({"title_en": "More campaigns", "slug_en": "more-campaigns", "intro_en": "Intro"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert CampaignIndexPage.objects.filter(slug="more-campaigns").exists()

    data = empty_streams("body", "easy_read_body")
    data.update(
        {
            "title_en": "Stalking: you are not overreacting",
            "slug_en": "stalking",
            "intro_en": "Being followed is frightening.",
            "body_en": streamfield(
                [
                    ("heading", "What stalking is"),
                    ("text", rich_text("<p>Stalking is a crime.</p>")),
                    ("callout", {"kind": "warning", "heading": "In danger?", "text": rich_text("<p>Call 999.</p>")}),
                    ("signs", {"heading": "Signs", "intro": "", "signs": streamfield([("item", "Following you")])}),
                    ("quote", {"quote": "I kept a diary.", "attribution": "Ash", "anonymity_note": "Names changed."}),
                    (
                        "faq",
                        {
                            "heading": "Questions",
                            "items": streamfield(
                                [("item", {"question": "Is it a crime?", "answer": rich_text("<p>Yes.</p>")})]
                            ),
                        },
                    ),
                    (
                        "video",
                        {"title": "Film", "url": "https://vimeo.com/1", "description": "", "transcript": rich_text("")},
                    ),
                ]
            ),
            "easy_read_body_en": streamfield(
                [("easy_read", {"pictogram": "safe", "image": "", "alt": "", "text": "You can be safe."})]
            ),
            "action-publish": "publish",
        }
    )
    form = nested_form_data(data)
    form["topics"] = [Topic.objects.get(slug="stalking").pk]
    form["audiences"] = [Audience.objects.get(slug="adults").pk]
    response = admin_client.post(f"{ADMIN}pages/add/campaigns/campaignpage/{index.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = CampaignPage.objects.get(slug="stalking")
    assert page.live and page.title == "Stalking: you are not overreacting"
    assert [block.block_type for block in page.body] == ["heading", "text", "callout", "signs", "quote", "faq", "video"]
    assert page.has_easy_read
    assert list(page.topics.values_list("slug", flat=True)) == ["stalking"]
    assert list(page.audiences.values_list("slug", flat=True)) == ["adults"]


def test_editor_edits_a_campaign_and_sees_readability_warnings_without_being_blocked(admin_client):
    index = make_index()
    page = make_campaign(index, body=[{"type": "heading", "value": "Hello"}])
    data = empty_streams("body", "easy_read_body")
    data.update(
        {
            "title_en": "Edited title",
            "slug_en": page.slug,
            "body_en": streamfield([("heading", "Hello")]),
            "easy_read_body_en": streamfield(
                [
                    ("easy_read", {"pictogram": "talk", "image": "", "alt": "", "text": LONG_SENTENCE}),
                    ("easy_read", {"pictogram": "", "image": "", "alt": "", "text": "No picture here."}),
                ]
            ),
        }
    )
    response = admin_client.post(f"{ADMIN}pages/{page.pk}/edit/", nested_form_data(data))
    assert response.status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Edited title"

    html = admin_client.get(f"{ADMIN}pages/{page.pk}/edit/").content.decode()
    assert "Easy read block 1: this sentence has 25 words (easy read allows 15)" in html
    assert LONG_SENTENCE in html
    assert "Easy read block 2 has no picture" in html


@pytest.mark.parametrize("mode", ["", "easy-read"])
def test_preview_of_both_versions_shows_the_readability_figures(coercive_control, mode):
    # A draft, as an editor previews it: its easy read version has one
    # sentence too long (the published one has not).
    raw = list(coercive_control.easy_read_body.raw_data)
    raw[3]["value"]["text"] = LONG_SENTENCE
    coercive_control.easy_read_body = raw
    coercive_control.save_revision()
    page = CampaignPage.objects.get(pk=coercive_control.pk).get_latest_revision_as_object()
    assert (mode, mode and "Easy read version" or "Standard version") in [
        (name, str(label)) for name, label in page.preview_modes
    ]
    response = page.make_preview_request(preview_mode=mode)
    html = response.rendered_content if hasattr(response, "rendered_content") else response.content.decode()
    assert response.status_code == 200
    assert "Readability (shown to editors only)" in html
    assert "Easy read block 4: this sentence has 25 words" in html
    assert ("Coercive control is a kind of abuse." in html) == (mode == "easy-read")


@pytest.fixture
def preview_library(db):
    """What block previews show: a site, a picture and a document in the
    libraries, and a live service."""
    HomePageFactory()
    ImageFactory(title="A person on the phone")
    DocumentFactory(title="Safety plan")
    ContactRouteFactory(service=ServiceFactory(name="Example Advice Line"))


def all_blocks(stream_block: StreamBlock):
    yield from stream_block.child_blocks.values()


@pytest.mark.parametrize(
    "block", list(all_blocks(CampaignBodyBlock())) + list(all_blocks(EasyReadBodyBlock())), ids=lambda b: b.name
)
def test_every_block_has_a_working_admin_preview(preview_library, admin_client, block):
    assert block.is_previewable, block.name
    assert block.meta.description, block.name
    response = admin_client.get(f"{ADMIN}block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200, block.name
    html = response.content.decode()
    assert "<main" in html
    if block.name not in ("image", "document"):
        assert "css/campaigns.css" in html, block.name


def test_quiz_preview_shows_statements_and_a_real_service(preview_library, admin_client):
    block = CampaignBodyBlock().child_blocks["quiz"]
    html = admin_client.get(f"{ADMIN}block-preview/", {"id": block.definition_prefix}).content.decode()
    assert "They check my phone." in html
    assert "service__name" in html


def test_readability_verdict_in_plain_words_comes_first_on_the_form(admin_client):
    index = make_index()
    easy = make_campaign(index, slug="easy", body=[{"type": "text", "value": "<p>You can call us. We will help.</p>"}])
    hard = make_campaign(
        index,
        slug="hard",
        body=[
            {
                "type": "text",
                "value": "<p>Professionals should consider sharing information regarding identified risk "
                "indicators with colleagues in partner agencies through established multi-agency "
                "arrangements, documenting their rationale contemporaneously.</p>",
            }
        ],
    )
    html = admin_client.get(f"{ADMIN}pages/{easy.pk}/edit/").content.decode()
    verdict = html.index("readability-verdict__line")
    assert "<strong>Standard version:</strong> Easy to read" in html
    # Above the title and the body, and the scores come after the verdict.
    assert (
        verdict
        < html.index('id="panel-child-content-title_en-section"')
        < html.index('id="panel-child-content-body_en-section"')
    )
    assert verdict < html.index("reading ease")
    assert "out of 100 (higher is easier; the site aims for 60 or more)" in html

    html = admin_client.get(f"{ADMIN}pages/{hard.pk}/edit/").content.decode()
    assert "<strong>Standard version:</strong> Hard to read: try shorter sentences" in html
    assert 'data-hard="true"' in html


def test_pictograms_are_chosen_by_picture_and_plain_name(admin_client):
    import html as html_module
    import re

    page = make_campaign(
        make_index(),
        easy_read=[{"type": "easy_read", "value": {"pictogram": "no", "image": None, "alt": "", "text": "No."}}],
    )
    # The block's form travels to the editor as JSON inside the page.
    html = html_module.unescape(admin_client.get(f"{ADMIN}pages/{page.pk}/edit/").content.decode())
    html = html.replace("\\u003C", "<").replace("\\u003E", ">").replace('\\"', '"').replace("\\n", "\n")
    assert "no: A cross: no" not in html
    assert re.search(
        r'<input type="radio" name="__NAME__" value="no"[^>]*>\s*<img src="/static/pictograms/no.svg" alt=""', html
    )
    assert re.search(
        r'value="phone"[^>]*>\s*<img src="/static/pictograms/phone.svg"[^>]*>\s*<span class="pictogram-choice__name">Phone</span>',
        html,
    )
    assert re.search(r'<input type="radio" name="__NAME__" value=""[^>]*>.*?No pictogram', html, re.S)
    assert "/static/css/admin-pictograms.css" in html
