"""The demo "For professionals" hub: the signposting sheet, the
professionals' resources and the referral routes for MARAC, IDVA and
children's services, all as links into the site. No phone number is written
here except 999; every local route is a (fictional) service in the
directory. A hub that already exists is left as editors made it."""

from django.urls import reverse
from django.utils.html import escape
from wagtail.documents.models import Document

from directory.models import Service
from directory.sheet import Shortlist
from waymark.blocks import BodyBlock
from waymark.models import InformationPage

from . import campaign_content

SLUG = "for-professionals"
RESOURCE_SLUG = "for-professionals-spotting-and-responding"

INTRO = (
    "For anyone whose work brings them into contact with people affected by domestic abuse, sexual "
    "violence, forced marriage or honour-based abuse: a printable list of services for the person you "
    "are helping, guidance on asking safely, and where to refer."
)

# (heading, what it is, specialist role or service type code, directory
# filter, words for the link to the filtered directory)
ROUTES = [
    (
        "MARAC",
        "A MARAC (multi-agency risk assessment conference) is a regular local meeting on the highest-risk "
        "cases. Refer when a risk assessment such as the DASH checklist (a list of questions about domestic "
        "abuse, stalking, harassment and honour-based violence) shows 14 or more ticks, when your "
        "professional judgement says the risk is high, or when abuse is escalating.",
        ("specialist_roles", "marac"),
        "role=marac",
        "All MARAC referral routes in the directory",
    ),
    (
        "IDVA",
        "An IDVA (independent domestic violence adviser) supports people at high risk from the time of "
        "crisis: safety planning, MARAC and court. Refer with the person's consent.",
        ("specialist_roles", "idva"),
        "role=idva",
        "All IDVA services in the directory",
    ),
    (
        "Children's services",
        "If a child is at risk of harm, contact children's social care, or the police on 999 in an "
        "emergency. Specialist support for children who have lived with domestic abuse is in the directory.",
        ("service_types", "childrens-services"),
        "type=childrens-services",
        "All children's services in the directory",
    ),
]

# Every link into the directory turns signposting mode on, so a professional
# finds the "Add to sheet" controls that visitors are not shown.
SIGNPOSTING = Shortlist(signposting=True).directory_query

# How many services each route names; the link after them lists them all.
ROUTE_SERVICES = 3

# The same routes, in the same words, as the campaigns' emergency blocks.
EMERGENCY = {
    "heading": "In an emergency",
    "intro": "If someone is in danger now, call 999.",
    "routes": campaign_content.EMERGENCY["routes"],
}


def load(stdout, home, campaign_index):
    hub = InformationPage.objects.child_of(home).filter(slug=SLUG).first()
    if hub is not None:
        return hub
    hub = InformationPage(
        title="For professionals",
        slug=SLUG,
        intro=INTRO,
        search_description="Signposting sheets, referral routes for MARAC, IDVA and children's services, "
        "and guidance for professionals.",
        body=_stored(body(campaign_index)),
    )
    home.add_child(instance=hub)
    hub.save_revision().publish()
    stdout.write("Created the For professionals page.")
    _link_from_home(home, hub)
    return hub


def body(campaign_index):
    directory = reverse("directory:search") + SIGNPOSTING
    blocks = [
        {"type": "heading", "value": "Give the person a list of services"},
        {
            "type": "text",
            "value": (
                f'<p>Open the <a href="{directory}">service directory in signposting mode</a>, search, tick '
                "“Add to sheet” on the services that fit, then open the signposting sheet to print it or save it "
                "as a PDF. You can also add a service from its own page. Signposting mode stays on only while you "
                "follow the directory's own links: visitors never see its controls unless they turn it on.</p>"
                "<p>Add notes for the person on the sheet before printing: they stay on your screen and are "
                "never sent to us or saved.</p>"
                "<p>If the person's home may not be safe, choose the plain sheet. It prints only phone numbers, "
                "opening hours and your notes: no site name, no service names and nothing that says what the "
                "services help with. Turn off “Headers and footers” in the print settings too.</p>"
                f'<p><a href="{reverse("directory:sheet")}">Open the signposting sheet</a></p>'
            ),
        },
        {"type": "heading", "value": "Guidance for professionals"},
        {"type": "text", "value": _resources(campaign_index)},
        {"type": "heading", "value": "Referral routes"},
    ]
    for heading, explanation, (field, code), filter_query, label in ROUTES:
        paragraphs = [f"<h3>{escape(heading)}</h3>", f"<p>{escape(explanation)}</p>"]
        links = []
        for service in route_services(field, code):
            url = reverse("directory:service", args=[service.uuid]) + SIGNPOSTING
            links.append(f'<li><a href="{url}">{escape(service.name)}</a></li>')
        links.append(f'<li><a href="{directory}&amp;{filter_query}">{escape(label)}</a></li>')
        paragraphs.append("<ul>" + "".join(links) + "</ul>")
        blocks.append({"type": "text", "value": "".join(paragraphs)})
    blocks.append({"type": "get_help", "value": EMERGENCY})
    return blocks


def route_services(field, code):
    """The first few services in the directory that carry the route's
    specialist role or service type, by name: the taxonomy decides, never a
    hard-coded name."""
    return list(
        Service.objects.public().filter(**{f"{field}__code": code}).distinct().order_by("name")[:ROUTE_SERVICES]
    )


def _resources(campaign_index):
    items = []
    page = campaign_index.get_children().filter(slug=RESOURCE_SLUG).live().first() if campaign_index else None
    if page is not None:
        items.append(
            f'<li><a linktype="page" id="{page.pk}">{escape(page.title)}</a>: spotting the signs, asking '
            "safely, and referrals to MARAC (a meeting on the highest-risk cases) and to IDVAs "
            "(independent domestic violence advisers).</li>"
        )
    from .campaigns import GUIDE_TITLE

    document = Document.objects.filter(title=GUIDE_TITLE).first()
    if document is not None:
        items.append(
            f'<li><a linktype="document" id="{document.pk}">{escape(GUIDE_TITLE)}</a> (PDF, one page), '
            "to keep by the phone.</li>"
        )
    if campaign_index is not None:
        items.append(
            f'<li><a linktype="page" id="{campaign_index.pk}">All campaigns</a>, to share with the people '
            "you work with. Most have an easy read version.</li>"
        )
    return "<ul>" + "".join(items) + "</ul>" if items else "<p>Campaign pages are listed under Campaigns.</p>"


def _link_from_home(home, hub):
    """A line on the home page pointing to the hub, added once, only when
    the hub is new and the home page does not link to it yet."""
    home = home.specific
    if any(f'id="{hub.pk}"' in str(block.value.source) for block in home.body if block.block_type == "text"):
        return
    raw = list(home.body.raw_data)
    raw.append(
        {
            "type": "text",
            "value": (
                f'<p>Working with someone affected? <a linktype="page" id="{hub.pk}">For professionals</a>: '
                "printable signposting sheets, referral routes and guidance.</p>"
            ),
        }
    )
    home.body = _stored(raw)
    home.save_revision().publish()


def _stored(raw):
    """The JSON Wagtail itself would store, with an id on every block."""
    stream_block = BodyBlock()
    return stream_block.get_prep_value(stream_block.to_python(raw))
