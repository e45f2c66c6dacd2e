"""Demo campaigns, each with a standard and an easy read version, a
resource page for professionals with a one-page guide to download, and a
"For professionals" hub (professionals.py). Pages that
already exist are left as editors made them. "Is it coercive control?" also
gets an unpublished draft whose easy read version has one sentence that is
too long, so editors can see the readability warning. The only phone numbers written
here are real national ones: 999, the Silent Solution (999, then 55) and
Childline (0800 1111); everything else links to the directory."""

import copy

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection

from campaigns.blocks import CampaignBodyBlock, EasyReadBodyBlock
from campaigns.models import Audience, CampaignIndexPage, CampaignPage, EasyReadHelpSettings, Topic
from campaigns.taxonomy import seed
from directory.models import Service
from waymark.models import HomePage

from . import campaign_content as content
from . import campaign_index, professionals
from .pdf import one_page_pdf

GUIDE_TITLE = "Domestic abuse: a one-page guide for professionals"


def load(stdout, today=None):
    seed(Topic, Audience)
    home = HomePage.objects.first()
    if home is None:
        return
    existing = home.get_children().filter(slug="campaigns").first()
    if existing is not None and not isinstance(existing.specific, CampaignIndexPage):
        stdout.write("A page other than the campaign index is at /campaigns/: demo campaigns skipped.")
        return
    index = existing.specific if existing is not None else None
    if index is None:
        index = CampaignIndexPage(title="Campaigns", slug="campaigns", intro=content.INDEX_INTRO)
        home.add_child(instance=index)
        index.save_revision().publish()
        stdout.write("Created the campaigns index.")
    campaign_index.translate(index)

    services = {service.name: service.pk for service in Service.objects.all()}
    for campaign in content.campaigns(services, _guide):
        if CampaignPage.objects.child_of(index).filter(slug=campaign["slug"]).exists():
            continue
        page = CampaignPage(
            title=campaign["title"],
            slug=campaign["slug"],
            intro=campaign["intro"],
            search_description=campaign["intro"],
            body=_stored(CampaignBodyBlock(), campaign["body"]),
            easy_read_body=_stored(EasyReadBodyBlock(), campaign.get("easy_read", [])),
        )
        index.add_child(instance=page)
        page.topics.set(Topic.objects.filter(slug__in=campaign["topics"]))
        page.audiences.set(Audience.objects.filter(slug__in=campaign["audiences"]))
        page.save_revision().publish()
        stdout.write(f"Created the campaign “{campaign['title']}”.")
        if campaign.get("easy_read_draft"):
            _save_easy_read_draft(page, campaign["easy_read_draft"])

    _choose_young_people_helpline(stdout)
    # The professionals' hub links to the campaigns, so it comes after them.
    professionals.load(stdout, home, index)


# Easy read pages for young people end with this line's number, when the
# national services were loaded.
YOUNG_PEOPLE_HELPLINE = "Childline"


def _choose_young_people_helpline(stdout):
    """Chosen once: what editors pick afterwards is left alone."""
    settings = EasyReadHelpSettings.load()
    if settings.young_people_helpline_id:
        return
    settings.young_people_helpline = Service.objects.filter(name=YOUNG_PEOPLE_HELPLINE).first()
    if settings.young_people_helpline:
        settings.save()
        stdout.write(f"Chose {YOUNG_PEOPLE_HELPLINE} for easy read pages for young people.")


def _save_easy_read_draft(page, texts):
    """A draft revision, not published, whose easy read blocks (by index)
    have other words: the live page keeps the published ones."""
    raw = copy.deepcopy(list(page.easy_read_body.raw_data))
    for index, text in texts.items():
        raw[index]["value"]["text"] = text
    page.easy_read_body = _stored(EasyReadBodyBlock(), raw)
    page.save_revision()


def _stored(stream_block, raw):
    """The JSON Wagtail itself would store, with a fixed id on every block
    and list item, so the text keeps stable addresses (translation export)."""
    return stream_block.get_prep_value(stream_block.to_python(raw))


def _guide():
    document = Document.objects.filter(title=GUIDE_TITLE).first()
    if document is None:
        # A flushed database (browser tests) has no root collection.
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        pdf = one_page_pdf(GUIDE_TITLE, content.GUIDE_PARAGRAPHS)
        document = Document(title=GUIDE_TITLE)
        document.file.save("professionals-guide.pdf", ContentFile(pdf), save=False)
        document.save()
    return document.pk
