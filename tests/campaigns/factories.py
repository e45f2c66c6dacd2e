"""Factories for campaign pages, their blocks, topics and audiences.

`CampaignPageFactory(title="Stalking")` makes the home page and the index
at /campaigns/ the first time, then reuses them. Blocks take
wagtail-factories' syntax, one per index: `body__0__heading__value="Signs"`,
`body__1__quiz__statements__0__text="They check my phone."`,
`easy_read_body__0__easy_read__text="You can be safe."`, or `body__0="faq"`
for a block with its factory's defaults. Topics and audiences are the
seeded ones, named by slug: `topics=["stalking"], audiences=["adults"]`.
"""

import functools

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.snippets.blocks import SnippetChooserBlock

from campaigns.blocks import (
    CalloutBlock,
    CampaignBodyBlock,
    DocumentBlock,
    EasyReadBlock,
    EasyReadBodyBlock,
    FaqBlock,
    FaqItemBlock,
    ImageBlock,
    QuizBlock,
    QuizStatementBlock,
    QuoteBlock,
    ServicesBlock,
    SignsBlock,
    VideoBlock,
)
from campaigns.models import Audience, CampaignIndexPage, CampaignPage, Topic
from tests.directory.factories import ServiceFactory
from tests.site.factories import (
    GetHelpBlockFactory,
    HeadingBlockFactory,
    HomePageFactory,
    PublishedPageFactory,
    RichTextBlockFactory,
    StructBlockFactory,
)


class TopicFactory(DjangoModelFactory):
    """A seeded topic is found by its slug; any other is made."""

    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Example topic {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))


class AudienceFactory(DjangoModelFactory):
    """The audiences are a fixed, seeded list: found by slug."""

    class Meta:
        model = Audience
        django_get_or_create = ("slug",)

    slug = "adults"
    name = "Adults"


class CalloutBlockFactory(StructBlockFactory):
    class Meta:
        model = CalloutBlock

    kind = "warning"
    heading = "If you are in danger now"
    text = factory.SubFactory(RichTextBlockFactory, value="<p>Call 999.</p>")


class SignBlockFactory(wagtail_factories.CharBlockFactory):
    value = "check your phone or messages?"


class SignsBlockFactory(StructBlockFactory):
    class Meta:
        model = SignsBlock

    heading = "Signs to look out for"
    intro = "Does someone close to you:"
    signs = wagtail_factories.ListBlockFactory(SignBlockFactory)
    _default_items = {"signs": 1}


class QuoteBlockFactory(StructBlockFactory):
    class Meta:
        model = QuoteBlock

    quote = "I didn't think it counted as abuse because he never hit me."
    attribution = "Jo, 41"
    anonymity_note = "Names and details have been changed to protect the people involved."


class ImageBlockFactory(StructBlockFactory):
    class Meta:
        model = ImageBlock

    image = factory.SubFactory(wagtail_factories.ImageChooserBlockFactory)
    alt = "A person on the phone"
    caption = ""


class ServiceChooserBlockFactory(wagtail_factories.blocks.ChooserBlockFactory):
    """A directory service, as an editor chooses it: `services__0=service`,
    or a new one from `ServiceFactory`."""

    class Meta:
        model = functools.partial(SnippetChooserBlock, "directory.Service")

    value = factory.SubFactory(ServiceFactory)

    @classmethod
    def _create(cls, model_class, value):
        return value


class ServicesBlockFactory(StructBlockFactory):
    class Meta:
        model = ServicesBlock

    heading = "Where to get help"
    intro = ""
    services = wagtail_factories.ListBlockFactory(ServiceChooserBlockFactory)
    search_link = True


class FaqItemBlockFactory(StructBlockFactory):
    class Meta:
        model = FaqItemBlock

    question = "Will they tell the police?"
    answer = factory.SubFactory(RichTextBlockFactory, value="<p>Not unless you want them to.</p>")


class FaqBlockFactory(StructBlockFactory):
    class Meta:
        model = FaqBlock

    heading = "Questions people ask"
    items = wagtail_factories.ListBlockFactory(FaqItemBlockFactory)
    _default_items = {"items": 1}


class DocumentBlockFactory(StructBlockFactory):
    class Meta:
        model = DocumentBlock

    document = factory.SubFactory(wagtail_factories.DocumentChooserBlockFactory)
    title = ""
    description = ""


class VideoBlockFactory(StructBlockFactory):
    class Meta:
        model = VideoBlock

    title = "What is coercive control?"
    url = "https://www.youtube.com/watch?v=example"
    description = ""
    transcript = factory.SubFactory(RichTextBlockFactory, value="")


class QuizStatementBlockFactory(StructBlockFactory):
    class Meta:
        model = QuizStatementBlock

    text = factory.Iterator(["They check my phone.", "They tell me who I can see."])
    healthy = False


class QuizBlockFactory(StructBlockFactory):
    class Meta:
        model = QuizBlock

    heading = "Is my relationship healthy?"
    intro = "Answer for yourself. Your answers stay on this device."
    statements = wagtail_factories.ListBlockFactory(QuizStatementBlockFactory)
    healthy_message = "It sounds like your relationship is healthy."
    some_concerns_message = "Some things you said are worrying."
    worrying_message = "What you describe sounds like abuse. It is not your fault."
    services = wagtail_factories.ListBlockFactory(ServiceChooserBlockFactory)
    _default_items = {"statements": 2}


class CampaignBodyBlockFactory(wagtail_factories.StreamBlockFactory):
    class Meta:
        model = CampaignBodyBlock

    # The site's heading, text and get-help blocks hold the same values as
    # the campaign versions, which differ only in their admin previews.
    heading = factory.SubFactory(HeadingBlockFactory)
    text = factory.SubFactory(RichTextBlockFactory)
    callout = factory.SubFactory(CalloutBlockFactory)
    signs = factory.SubFactory(SignsBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    image = factory.SubFactory(ImageBlockFactory)
    services = factory.SubFactory(ServicesBlockFactory)
    emergency = factory.SubFactory(GetHelpBlockFactory)
    faq = factory.SubFactory(FaqBlockFactory)
    document = factory.SubFactory(DocumentBlockFactory)
    video = factory.SubFactory(VideoBlockFactory)
    quiz = factory.SubFactory(QuizBlockFactory)


class EasyReadBlockFactory(StructBlockFactory):
    class Meta:
        model = EasyReadBlock

    pictogram = "phone"
    image = None
    alt = ""
    text = "You can call for help. It is free."


class EasyReadBodyBlockFactory(wagtail_factories.StreamBlockFactory):
    class Meta:
        model = EasyReadBodyBlock

    easy_read = factory.SubFactory(EasyReadBlockFactory)


class CampaignIndexPageFactory(PublishedPageFactory):
    """The index at /campaigns/, made once."""

    class Meta:
        model = CampaignIndexPage
        django_get_or_create = ("parent", "slug")

    parent = factory.SubFactory(HomePageFactory)
    title = "Campaigns"
    intro = "Information about different kinds of abuse."


class CampaignPageFactory(PublishedPageFactory):
    class Meta:
        model = CampaignPage

    parent = factory.SubFactory(CampaignIndexPageFactory)
    title = factory.Sequence(lambda n: f"Example campaign {n}")
    intro = ""
    body = wagtail_factories.StreamFieldFactory(CampaignBodyBlockFactory)
    easy_read_body = wagtail_factories.StreamFieldFactory(EasyReadBodyBlockFactory)

    # Parental many-to-many fields: written when the page is published.
    @factory.post_generation
    def topics(page, create, extracted, **kwargs):
        if extracted:
            page.topics.set([TopicFactory(slug=slug) for slug in extracted])

    @factory.post_generation
    def audiences(page, create, extracted, **kwargs):
        if extracted:
            page.audiences.set([AudienceFactory(slug=slug) for slug in extracted])
