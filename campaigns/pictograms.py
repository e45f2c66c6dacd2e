"""The project's own pictograms (static/pictograms/, CC0). The description
of each is the alt text it gets on an easy read page."""

from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

PICTOGRAMS = {
    "phone": _("A phone"),
    "talk": _("Two speech bubbles: talking"),
    "listen": _("An ear: listening"),
    "home": _("A house: home"),
    "safe": _("A shield with a tick: safe"),
    "lock": _("A padlock: private"),
    "police": _("A police officer"),
    "doctor": _("A doctor with a stethoscope"),
    "calendar": _("A calendar"),
    "clock": _("A clock: time"),
    "money": _("Money: a coin and a note"),
    "child": _("A child"),
    "people": _("Two people: friends or family"),
    "heart": _("A heart: caring"),
    "computer": _("A laptop computer"),
    "document": _("A piece of paper with writing"),
    "question": _("A question mark: a question"),
    "warning": _("A warning sign"),
    "yes": _("A tick: yes"),
    "no": _("A cross: no"),
}


def pictogram_choices():
    return [(name, f"{name}: {description}") for name, description in PICTOGRAMS.items()]


def pictogram_url(name):
    return static(f"pictograms/{name}.svg")
