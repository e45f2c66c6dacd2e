from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from .factories import CampaignIndexPageFactory, CampaignPageFactory


def make_index():
    return CampaignIndexPageFactory()


def make_campaign(index, body=(), easy_read=(), slug="test-campaign", title="Test campaign", **fields):
    """A published campaign from raw stream data, as Wagtail stores it."""
    return CampaignPageFactory(
        parent=index, body=list(body), easy_read_body=list(easy_read), slug=slug, title=title, **fields
    )


def all_languages(field):
    return [build_localized_fieldname(field, code) for code, _ in settings.LANGUAGES]
