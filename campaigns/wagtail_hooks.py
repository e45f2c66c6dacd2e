"""What the campaigns add to the site's pages (waymark.extensions): a
"Campaigns" link in the header, and on the home page a list of the
campaigns with their quizzes and easy-read versions."""

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail import hooks

from waymark import extensions

from .models import CampaignIndexPage, CampaignPage


def _index():
    return CampaignIndexPage.objects.live().public().order_by("path").first()


@hooks.register(extensions.HEADER_LINKS)
def campaigns_link(request):
    index = _index()
    return [(_("Campaigns"), index.get_url(request))] if index else []


@hooks.register(extensions.HOME_SECTIONS)
def home_campaigns(request):
    index = _index()
    if index is None:
        return ""
    campaigns = CampaignPage.objects.live().public().child_of(index).specific()
    if not campaigns:
        return ""
    return render_to_string(
        "campaigns/includes/home_campaigns.html", {"index": index, "campaigns": campaigns}, request=request
    )
