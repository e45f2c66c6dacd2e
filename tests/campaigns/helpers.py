from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from campaigns.models import CampaignIndexPage, CampaignPage
from waymark.models import HomePage


def make_index():
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(title="Home", slug="home")
        root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    index = CampaignIndexPage(title="Campaigns", slug="campaigns-test")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_campaign(index, body=(), easy_read=(), slug="test-campaign", title="Test campaign", **fields):
    page = CampaignPage(title=title, slug=slug, body=list(body), easy_read_body=list(easy_read), **fields)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def all_languages(field):
    return [build_localized_fieldname(field, code) for code, _ in settings.LANGUAGES]
