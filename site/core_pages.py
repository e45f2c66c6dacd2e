"""The site's own core pages for the translation status report
(translations.core_pages): each home page with its "Get help now" block,
and the "Staying safe online" page that the site settings name."""

from django.utils.translation import gettext as _
from wagtail.models import Site

from translations.core_pages import CorePart

from .models import HomePage, SiteSettings


def core_pages():
    parts = []
    for home in HomePage.objects.live().order_by("path"):
        parts.append(CorePart(str(home), home, "title"))
        parts.append(CorePart(_("“Get help now” on the home page"), home, "body", block_type="get_help", main=False))
    safety_pages = {}
    for site in Site.objects.order_by("-is_default_site", "pk"):
        page = SiteSettings.for_site(site).safety_page
        if page is not None and page.live:
            safety_pages.setdefault(page.pk, page.specific)
    parts += [CorePart(str(page), page, "body") for page in safety_pages.values()]
    return parts
