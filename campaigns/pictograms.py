"""The project's own pictograms (static/pictograms/, CC0). Each has a plain
name, which editors choose it by, and a description, which is the alt text
it gets on an easy read page."""

import functools
import re
from pathlib import Path
from typing import NamedTuple

from django import forms
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _


class Pictogram(NamedTuple):
    # Lazy translations, so each request reads them in its own language.
    name: str | Promise
    description: str | Promise


PICTOGRAMS = {
    "phone": Pictogram(_("Phone"), _("A phone")),
    "talk": Pictogram(_("Talking"), _("Two speech bubbles: talking")),
    "listen": Pictogram(_("Listening"), _("An ear: listening")),
    "home": Pictogram(_("Home"), _("A house: home")),
    "safe": Pictogram(_("Safe"), _("A shield with a tick: safe")),
    "lock": Pictogram(_("Private"), _("A padlock: private")),
    "police": Pictogram(_("Police"), _("A police officer")),
    "doctor": Pictogram(_("Doctor"), _("A doctor with a stethoscope")),
    "calendar": Pictogram(_("Calendar"), _("A calendar")),
    "clock": Pictogram(_("Time"), _("A clock: time")),
    "money": Pictogram(_("Money"), _("Money: a coin and a note")),
    "child": Pictogram(_("Child"), _("A child")),
    "people": Pictogram(_("Friends or family"), _("Two people: friends or family")),
    "heart": Pictogram(_("Caring"), _("A heart: caring")),
    "computer": Pictogram(_("Computer"), _("A laptop computer")),
    "document": Pictogram(_("Letter or form"), _("A piece of paper with writing")),
    "question": Pictogram(_("Question"), _("A question mark: a question")),
    "warning": Pictogram(_("Warning"), _("A warning sign")),
    "yes": Pictogram(_("Yes"), _("A tick: yes")),
    "no": Pictogram(_("No"), _("A cross: no")),
}


def pictogram_choices():
    return [(key, pictogram.name) for key, pictogram in PICTOGRAMS.items()]


def pictogram_url(key):
    return static(f"pictograms/{key}.svg")


# A pictogram file: its root element's attributes (the view box and the one
# paint style, strokes in currentColor), a title, then its shapes.
_SVG = re.compile(r"<svg (?P<attributes>[^>]*)><title>[^<]*</title>(?P<shapes>.*)</svg>", re.DOTALL)
# Sizes come from the page, and the name from the translated alt text.
_SIZE = re.compile(r'\s(?:width|height)="[^"]*"')


@functools.cache
def _drawing(key: str) -> tuple[str, str]:
    path = finders.find(f"pictograms/{key}.svg")
    match = _SVG.fullmatch(Path(str(path)).read_text(encoding="utf-8").strip())
    if match is None:
        raise ValueError(f"pictograms/{key}.svg is not in the pictograms' format (see their README)")
    return _SIZE.sub("", match["attributes"]), match["shapes"]


def pictogram_svg(key: str, alt: str, size: int = 120) -> SafeString:
    """The pictogram drawn in the page itself, not as an image file: only
    inline do its currentColor strokes take the text's colour, and so the
    system's colours in forced-colours mode (in an <img> they stay dark,
    1.2:1 on a dark high-contrast background). The alt text is its name;
    without one it is decoration, hidden from screen readers, beside words
    that say the same."""
    if key not in PICTOGRAMS:
        return SafeString("")
    # The markup is the project's own files, in the shape _SVG checks; only
    # the alt text comes from editors, and format_html escapes it.
    attributes, shapes = _drawing(key)
    if alt:
        naming = format_html('aria-label="{}"', alt)
    else:
        attributes = attributes.replace(' role="img"', "")
        naming = mark_safe('aria-hidden="true"')
    return format_html(
        '<svg {} class="pictogram" width="{}" height="{}" {}>{}</svg>',
        mark_safe(attributes),
        size,
        size,
        naming,
        mark_safe(shapes),
    )


class PictogramRadioSelect(forms.RadioSelect):
    """Pictograms chosen by their picture, each shown beside its plain name.
    Works as plain radio buttons; the images are decoration (alt="") since
    the name says what each is."""

    template_name = "campaigns/widgets/pictogram_radios.html"
    option_template_name = "campaigns/widgets/pictogram_option.html"

    class Media:
        css = {"all": ["css/admin-pictograms.css"]}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value in PICTOGRAMS:
            option["picture"] = pictogram_url(value)
        else:
            # The block's blank choice, "---------" by default.
            option["label"] = _("No pictogram")
        return option
