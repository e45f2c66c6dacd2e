"""The "Get help" box that ends every easy read page: where each number
comes from, and what is left out rather than guessed."""

import re

import pytest
from django.contrib.auth.models import Group

from campaigns.models import EasyReadHelpSettings
from directory.models import DirectorySettings, HeadlineHelpline
from tests.directory.factories import ContactRouteFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def get_help(client, page):
    """[(name, href, number shown)] of each button in the box, in order."""
    html = client.get(page.url + "easy-read/").content.decode()
    box = html.split('<section class="easy-read-help"', 1)[1].split("</section>", 1)[0]
    return [
        (name or "999", href, number)
        for href, name, number in re.findall(
            r'<a class="easy-read-call[^"]*" href="([^"]+)">.*?(?:<bdi>(.*?)</bdi>.*?)?'
            r'<span class="easy-read-call__number" dir="ltr">(.*?)</span>',
            box,
            re.S,
        )
    ]


def headline(service):
    HeadlineHelpline.objects.create(settings=DirectorySettings.load(), service=service, sort_order=0)


def test_the_page_s_own_service_comes_first_then_999(client, quiz_campaign):
    assert get_help(client, quiz_campaign) == [
        ("Example Young People&#x27;s Counselling", "tel:01632960555", "01632 960555"),
        ("999", "tel:999", "999"),
    ]


def test_a_line_marked_helpline_goes_before_an_office(client, quiz_campaign):
    office = ServiceFactory(name="Example Office")
    ContactRouteFactory(service=office, label="office", number="01632 960111")
    line = ServiceFactory(name="Example Line")
    ContactRouteFactory(service=line, number="01632 960222")
    quiz_campaign.body = [("services", {"heading": "Help", "services": [office, line], "search_link": False})]
    quiz_campaign.save_revision().publish()
    assert [name for name, *_ in get_help(client, quiz_campaign)] == ["Example Line", "999"]


def test_young_people_s_pages_add_the_chosen_line_and_adults_pages_do_not(client, quiz_campaign, coercive_control):
    childline = ServiceFactory(name="Childline")
    ContactRouteFactory(service=childline, number="0800 1111")
    settings = EasyReadHelpSettings.load()
    settings.young_people_helpline = childline
    settings.save()
    assert [name for name, *_ in get_help(client, quiz_campaign)] == [
        "Example Young People&#x27;s Counselling",
        "Childline",
        "999",
    ]
    assert "Childline" not in [name for name, *_ in get_help(client, coercive_control)]


def test_a_page_without_services_offers_the_first_headline_helpline(client, coercive_control):
    assert get_help(client, coercive_control) == [("999", "tel:999", "999")]
    national = ServiceFactory(name="Example National Helpline")
    ContactRouteFactory(service=national, number="01632 960333")
    headline(national)
    assert get_help(client, coercive_control)[0] == ("Example National Helpline", "tel:01632960333", "01632 960333")


def test_a_withdrawn_service_or_one_without_a_phone_is_left_out(client, quiz_campaign):
    [counselling] = quiz_campaign.body[0].value["services"]
    counselling.live = False
    counselling.save()
    chat_only = ServiceFactory(name="Example Chat")
    ContactRouteFactory(service=chat_only, kind="chat", address="https://chat.example.org/")
    headline(chat_only)
    assert get_help(client, quiz_campaign) == [("999", "tel:999", "999")]


def test_only_moderators_choose_the_young_people_s_line(django_user_model):
    def person(group):
        user = django_user_model.objects.create_user(group.replace(" ", "-"), password="a long editor password")
        user.groups.add(Group.objects.get(name=group))
        return django_user_model.objects.get(pk=user.pk)

    assert person("Moderators").has_perm("campaigns.change_easyreadhelpsettings")
    assert not person("Campaign editors").has_perm("campaigns.change_easyreadhelpsettings")
