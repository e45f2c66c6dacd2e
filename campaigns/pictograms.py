"""The project's own pictograms (static/pictograms/, CC0). Each has a plain
name, which editors choose it by, and a description, which is the alt text
it gets on an easy read page."""

from typing import NamedTuple

from django import forms
from django.templatetags.static import static
from django.utils.functional import Promise
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
