"""Extension points: where apps that build on waymark add to its pages.

waymark imports no other app (docs/architecture.md), yet its home page and
header show the directory's front door and the campaigns. Each app registers
a Wagtail hook under one of these names in its own wagtail_hooks.py; waymark
collects them here, in the order Wagtail loads the apps.

- HOME_FRONT_DOOR: fn(request) -> HTML shown first on the home page, under
  its heading (the directory's helplines, postcode box and topics). Its
  styles are in waymark.css, and "Use my location" in waymark.js: the home
  page loads nothing more (tests/demo/test_page_weight.py).
- HOME_SECTIONS: fn(request) -> HTML shown on the home page after its body
  (the campaigns).
- HEADER_LINKS: fn(request) -> [(label, url)] added to the site header's
  links on every page (the campaigns).
"""

from django.db import DatabaseError
from wagtail import hooks

HOME_FRONT_DOOR = "waymark_home_front_door"
HOME_SECTIONS = "waymark_home_sections"
HEADER_LINKS = "waymark_header_links"


def home_parts(name, request):
    """The HTML each hook under `name` gives for the home page, leaving out
    empty parts."""
    return [html for html in (fn(request) for fn in hooks.get_hooks(name)) if html]


def header_links(request):
    """Every (label, url) the HEADER_LINKS hooks give. An error page may be
    shown with the database down: then there are none."""
    links = []
    try:
        for fn in hooks.get_hooks(HEADER_LINKS):
            links += fn(request)
    except DatabaseError:
        return []
    return links
