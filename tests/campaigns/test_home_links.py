"""Campaigns, their quizzes and easy-read versions are reached from the home
page, and the campaigns from the header of every page."""

import re

from tests.site.factories import HomePageFactory

from .factories import CampaignPageFactory


def header(content):
    return re.search(r'<header class="site-header">.*?</header>', content, re.S)[0]


def test_the_home_page_lists_campaigns_with_their_quiz_and_easy_read(client, db):
    CampaignPageFactory(
        title="Love shouldn't hurt",
        slug="love",
        body__0__quiz__statements__0__text="They check my phone.",
        easy_read_body__0__easy_read__text="You can be safe.",
    )
    CampaignPageFactory(title="Stalking is a crime", slug="stalking", body__0="faq")
    content = client.get("/").content.decode()
    section = re.search(r'<section class="home-campaigns".*?</section>', content, re.S)[0]
    assert '<a class="home-campaigns__title" href="/campaigns/love/">Love shouldn&#x27;t hurt</a>' in section
    assert 'href="/campaigns/love/#quiz-heading">Take the quiz' in section
    assert 'href="/campaigns/love/easy-read/">Easy read version' in section
    assert 'href="/campaigns/stalking/"' in section
    assert "/campaigns/stalking/easy-read/" not in section and "/campaigns/stalking/#quiz" not in section
    assert '<a href="/campaigns/">All campaigns</a>' in section


def test_every_page_links_to_the_campaigns_in_the_visitors_language(client, db):
    CampaignPageFactory(title="Love shouldn't hurt", slug="love")
    assert '<a class="site-header__link" href="/campaigns/">Campaigns</a>' in header(client.get("/").content.decode())
    directory = client.get("/ar/directory/").content.decode()
    assert '<a class="site-header__link" href="/ar/campaigns/">الحملات</a>' in header(directory)


def test_without_campaigns_there_is_no_link_to_them(client, db):
    HomePageFactory()
    content = client.get("/").content.decode()
    assert "home-campaigns" not in content
    assert "Campaigns" not in header(content)
