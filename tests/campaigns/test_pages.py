"""Campaign pages as visitors get them: the index and its filters, the
standard and easy read versions, and what each block shows."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from campaigns.models import Audience, Topic
from directory.models import ServiceAtLocation
from tests.directory.factories import ContactRouteFactory, LocationFactory, ServiceFactory
from tests.site.test_privacy import assert_private

from .factories import CampaignPageFactory
from .helpers import make_campaign, make_index

pytestmark = pytest.mark.django_db

COERCIVE = "/campaigns/is-it-coercive-control/"
LOVE = "/campaigns/love-shouldnt-hurt/"


def test_topics_and_audiences_are_seeded():
    slugs = set(Topic.objects.values_list("slug", flat=True))
    assert {"coercive-control", "forced-marriage", "fgm", "worried-about-own-behaviour"} <= slugs
    assert len(slugs) >= 16
    assert list(Audience.objects.values_list("name", flat=True)) == [
        "Young people",
        "Adults",
        "Parents and carers",
        "Professionals",
    ]


def test_standard_and_easy_read_versions_link_to_each_other(coercive_control, client):
    standard = client.get(COERCIVE)
    assert standard.status_code == 200
    assert f'href="{COERCIVE}easy-read/"' in standard.content.decode()
    assert "Easy read version" in standard.content.decode()

    easy = client.get(COERCIVE + "easy-read/")
    html = easy.content.decode()
    assert easy.status_code == 200
    assert '<html lang="en" dir="ltr">' in html
    assert re.search(rf'<a href="{COERCIVE}">Standard version</a>', html)
    assert "Coercive control is a kind of abuse." in html
    # The pictogram is drawn inline in currentColor, named by its description.
    assert re.search(r'<svg [^>]*stroke="currentColor"[^>]*aria-label="A question mark: a question">', html)
    assert_private(easy)


@pytest.mark.parametrize(
    ("prefix", "lang", "direction"), [("/ar", "ar", "rtl"), ("/ur", "ur", "rtl"), ("/pl", "pl", "ltr")]
)
def test_easy_read_has_the_language_and_direction_of_its_url(coercive_control, client, prefix, lang, direction):
    html = client.get(prefix + COERCIVE + "easy-read/").content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert f'href="{prefix}{COERCIVE}">' in html


def test_a_page_without_easy_read_has_no_easy_read_route_or_link(client):
    url = CampaignPageFactory(title="For professionals: spotting and responding", body__0="text").url
    assert "easy-read/" not in client.get(url).content.decode()
    assert client.get(url + "easy-read/").status_code == 404


def test_index_lists_campaigns_and_filters_by_topic_and_audience(campaigns_by_topic, client):
    everything = client.get("/campaigns/").content.decode()
    assert "Men experience abuse too" in everything and "Love shouldn&#x27;t hurt" in everything

    forced = client.get("/campaigns/?topic=forced-marriage").content.decode()
    assert "Forced marriage: you have a choice" in forced
    assert "Men experience abuse too" not in forced
    assert 'href="?topic=forced-marriage" aria-current="true"' in forced

    young = client.get("/campaigns/?audience=young-people").content.decode()
    assert "Love shouldn&#x27;t hurt" in young and "Forced marriage: you have a choice" in young
    assert "Worried about your own behaviour?" not in young

    both = client.get("/campaigns/?audience=adults&topic=forced-marriage").content.decode()
    assert "1 campaign" in both and "Love shouldn&#x27;t hurt" not in both


def test_unknown_filter_shows_everything(campaigns_by_topic, client):
    html = client.get("/campaigns/?topic=no-such-topic").content.decode()
    assert "Men experience abuse too" in html and "All campaigns" in html


def test_no_inline_scripts_or_styles_and_quiz_script_only_where_needed(coercive_control, quiz_campaign, client):
    for url in ["/campaigns/", COERCIVE, COERCIVE + "easy-read/", LOVE, LOVE + "easy-read/"]:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), url
        assert " style=" not in html, url
        assert "<iframe" not in html, url
        assert ("js/quiz.js" in html) == (url == LOVE), url
        assert 'href="/static/css/campaigns.css"' in html, url


def test_quiz_without_javascript_is_a_plain_list_with_explanation_and_help(quiz_campaign, client):
    html = client.get(LOVE).content.decode()
    section = html[html.index('<section class="quiz"') : html.index("</section>", html.index('<section class="quiz"'))]
    assert "They check my phone or messages without asking." in section
    assert re.search(r'<div class="quiz__answers" data-quiz-answers hidden>', section)
    assert "data-quiz-actions hidden" in section
    assert 'href="tel:08001111"' in section
    assert "Example Young People&#x27;s Counselling" in section
    assert "<form" not in section


def test_get_help_block_shows_live_services_with_tap_to_call_and_no_addresses(client):
    refuge = ServiceFactory(name="Example Refuge")
    ContactRouteFactory(service=refuge, number="01632 960100")
    location = LocationFactory(address_1="7 Example Refuge Street", postcode="CV1 9ZZ")
    ServiceAtLocation.objects.create(service=refuge, location=location)
    withdrawn = ServiceFactory(name="Example Young People's Counselling", live=False)
    page = CampaignPageFactory(
        body__0__services__heading="Help",
        body__0__services__services__0=refuge,
        body__0__services__services__1=withdrawn,
    )
    html = client.get(page.url).content.decode()
    assert "Example Refuge" in html
    assert 'href="tel:01632960100"' in html
    assert "Example Young People" not in html
    assert "7 Example Refuge Street" not in html and "CV1 9ZZ" not in html


def test_video_loads_nothing_and_says_which_site_it_opens(db, client):
    index = make_index()
    make_campaign(
        index,
        body=[
            {
                "type": "video",
                "value": {
                    "title": "A short film",
                    "url": "https://www.youtube.com/watch?v=abc",
                    "description": "",
                    "transcript": "",
                },
            }
        ],
    )
    html = client.get(f"{index.url}test-campaign/").content.decode()
    assert "<iframe" not in html
    assert 'src="https://' not in html
    assert "Watch on youtube.com (opens youtube.com)" in html
    assert "nothing has been loaded from youtube.com" in html
    assert '<a class="video__link" href="https://www.youtube.com/watch?v=abc" rel="noopener noreferrer">' in html


def test_download_shows_type_and_size(db, client):
    document = Document(title="Safety plan")
    document.file.save("safety-plan.txt", ContentFile(b"x" * 2048), save=False)
    document.save()
    index = make_index()
    make_campaign(
        index, body=[{"type": "document", "value": {"document": document.pk, "title": "", "description": ""}}]
    )
    html = client.get(f"{index.url}test-campaign/").content.decode()
    assert f'href="{document.url}"' in html
    assert "Safety plan" in html
    assert "(TXT, 2.0\xa0KB)" in html


def test_faq_items_are_details_and_quotes_carry_the_anonymity_note(coercive_control, client):
    html = client.get(COERCIVE).content.decode()
    assert (
        '<details class="faq__item">' in html
        and "<summary>Will they make me leave or call the police?</summary>" in html
    )
    assert '<p class="quote__note">Names and details are changed so no one can be identified.</p>' in html
