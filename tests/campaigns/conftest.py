import pytest

from tests.directory.factories import ContactRouteFactory, ServiceFactory

from .factories import CampaignPageFactory

# Four easy read blocks, as an editor writes them: one idea and a picture each.
EASY_READ = [
    ("question", "Coercive control is a kind of abuse."),
    ("people", "Someone controls what you do and who you see."),
    ("no", "It is not your fault."),
    ("talk", "You can talk to someone. It is free."),
]


@pytest.fixture
def coercive_control(db):
    """A campaign with questions and answers, a quote, and an easy read version."""
    easy_read = {}
    for number, (pictogram, text) in enumerate(EASY_READ):
        easy_read[f"easy_read_body__{number}__easy_read__pictogram"] = pictogram
        easy_read[f"easy_read_body__{number}__easy_read__text"] = text
    return CampaignPageFactory(
        title="Is it coercive control?",
        slug="is-it-coercive-control",
        topics=["coercive-control"],
        audiences=["adults"],
        body__0__heading__value="What coercive control is",
        body__1__faq__items__0__question="Will they make me leave or call the police?",
        body__2__quote__anonymity_note="Names and details are changed so no one can be identified.",
        **easy_read,
    )


@pytest.fixture
def quiz_campaign(db):
    """A campaign with the relationship quiz, suggesting one live service."""
    counselling = ServiceFactory(name="Example Young People's Counselling")
    ContactRouteFactory(service=counselling, number="01632 960555")
    return CampaignPageFactory(
        title="Love shouldn't hurt",
        slug="love-shouldnt-hurt",
        topics=["teenage-relationship-abuse"],
        audiences=["young-people"],
        body__0__quiz__statements__0__text="They check my phone or messages without asking.",
        body__0__quiz__statements__1__text="They respect my choices.",
        body__0__quiz__statements__1__healthy=True,
        body__0__quiz__services__0=counselling,
        easy_read_body__0="easy_read",
    )


@pytest.fixture
def campaigns_by_topic(coercive_control, quiz_campaign):
    """Campaigns with topics and audiences for the index's filters: young
    people, adults, or both."""
    CampaignPageFactory(
        title="Forced marriage: you have a choice",
        topics=["forced-marriage"],
        audiences=["young-people", "adults"],
    )
    CampaignPageFactory(title="Men experience abuse too", topics=["men-experiencing-abuse"], audiences=["adults"])
    CampaignPageFactory(
        title="Worried about your own behaviour?", topics=["worried-about-own-behaviour"], audiences=["adults"]
    )
