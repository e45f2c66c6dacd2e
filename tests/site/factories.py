"""Factories for the site's own pages and their blocks (wagtail-factories).

Pages are published as an editor would publish them, so they have a
revision and are served. `HomePageFactory()` returns the one home page,
making it (and pointing the default site at it) only the first time, so any
page factory can put its page under it without repeating the setup.

Stream fields take wagtail-factories' syntax, one block per index:
`InformationPageFactory(body__0__heading__value="Calls", body__1__text__value="<p>…</p>")`,
or `body__0="get_help"` for a block with its factory's defaults.
"""

import factory
import wagtail_factories
from wagtail.models import Page, Site

from waymark.blocks import BodyBlock, GetHelpBlock, HeadingBlock, HelpRouteBlock, RichTextBlock
from waymark.models import HomePage, InformationPage


class HeadingBlockFactory(wagtail_factories.CharBlockFactory):
    class Meta:
        model = HeadingBlock

    value = "What happens when you call"


class RichTextBlockFactory(wagtail_factories.blocks.BlockFactory):
    """`value` is the HTML an editor would have written."""

    class Meta:
        model = RichTextBlock

    value = "<p>You are not alone. Help is free and confidential.</p>"

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return block_class().normalize(kwargs["value"])


class StructBlockFactory(wagtail_factories.StructBlockFactory):
    """A struct block whose lists, when a test names no items, get
    `_default_items[name]` items of their factory's defaults: enough for the
    block to be valid and to render something."""

    class Meta:
        abstract = True

    _default_items: dict[str, int] = {}

    @classmethod
    def _construct_struct_value(cls, block_class, params):
        for name, count in cls._default_items.items():
            if not params[name]:
                item = cls._meta.declarations[name].get_factory()
                params[name] = [item() for _ in range(count)]
        return super()._construct_struct_value(block_class, params)


class HelpRouteBlockFactory(StructBlockFactory):
    class Meta:
        model = HelpRouteBlock

    label = "Police, in an emergency"
    number = "999"
    note = ""


class GetHelpBlockFactory(StructBlockFactory):
    """Emergency numbers; one route (999) unless given others:
    `body__0__get_help__routes__0__number="0808 2000 247"`."""

    class Meta:
        model = GetHelpBlock

    heading = "Get help now"
    intro = "If you are in danger now, call 999."
    routes = wagtail_factories.ListBlockFactory(HelpRouteBlockFactory)
    _default_items = {"routes": 1}


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    class Meta:
        model = BodyBlock

    heading = factory.SubFactory(HeadingBlockFactory)
    text = factory.SubFactory(RichTextBlockFactory)
    get_help = factory.SubFactory(GetHelpBlockFactory)


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page saved as a revision and published, as editors do, after every
    post-generation hook (so many-to-many fields set there are published
    too)."""

    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, page, create, results=None):
        # A page found again (get_or_create) keeps its revisions.
        if create and page.latest_revision_id is None:
            page.save_revision().publish()
            # Publishing writes the page from its revision: read it back.
            page.refresh_from_db()


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage
        django_get_or_create = ("parent", "slug")

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "Find support, safely"
    # Wagtail's own first migration holds "home" for its welcome page.
    slug = "waymark-home"
    intro = "Information and support for anyone affected by domestic abuse."
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    @factory.post_generation
    def serves_the_site(page, create, extracted, **kwargs):
        # Wagtail's migrations made a default site for their welcome page.
        if create:
            Site.objects.update_or_create(
                is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": page}
            )


class InformationPageFactory(PublishedPageFactory):
    class Meta:
        model = InformationPage

    parent = factory.SubFactory(HomePageFactory)
    title = "Staying safe online"
    intro = "Steps that help you look for support more safely."
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)
