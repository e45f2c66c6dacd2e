"""Demo translations of the home and "Staying safe online" pages (Welsh,
Polish, Urdu, Arabic). A language a page already has is left as editors made it."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from waymark import demo_safety_page
from waymark.models import HomePage, InformationPage

from .demo_content import PAGES
from .languages import is_translated


def load(stdout):
    home = HomePage.objects.first()
    safety = InformationPage.objects.filter(slug="staying-safe-online").first()
    offered = dict(settings.LANGUAGES)
    for code, content in PAGES.items():
        if code not in offered:
            continue
        translated = [
            _translate(home, code, {
                "title": content["home"]["title"],
                "intro": content["home"]["intro"],
                "body": [("get_help", content["home"]["get_help"])],
            }),
            _translate(safety, code, {
                "title": content["safety"]["title"],
                "intro": content["safety"]["intro"],
                "search_description": content["safety"]["search_description"],
                "body": demo_safety_page.body(content["safety"]["sections"]),
            }),
        ]
        if any(translated):
            stdout.write(f"Translated the demo pages into {offered[code]}.")


def _translate(page, code, values):
    if page is None or is_translated(page, "title", code):
        return False
    for name, value in values.items():
        setattr(page, build_localized_fieldname(name, code), value)
    page.save_revision().publish()
    return True
