"""The campaigns among the translation status report's core pages
(translations.core_pages): each live campaign that has been translated into
any language, a sign it is meant for every language, with its easy read."""

from django.utils.translation import gettext as _

from translations.core_pages import CorePart, is_translated_anywhere

from .models import CampaignPage


def core_pages():
    parts = []
    for page in CampaignPage.objects.live().order_by("path"):
        if not is_translated_anywhere(page):
            continue
        parts.append(CorePart(str(page), page, "body"))
        if page.has_easy_read:
            parts.append(CorePart(_("%(title)s, easy read") % {"title": page}, page, "easy_read_body", main=False))
    return parts
