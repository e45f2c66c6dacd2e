"""Admin widgets for the short lists kept in JSON fields (language codes,
postcode districts, nations): editors type or tick values, never JSON."""

import json
import re

from django import forms
from django.utils.translation import gettext_lazy as _


def _as_list(value):
    # JSONField's form field hands the widget its value already dumped to JSON.
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    return value if isinstance(value, list) else []


class CodeListInput(forms.TextInput):
    """Codes separated by commas or spaces, such as "en, pl, ur"."""

    def format_value(self, value):
        return ", ".join(str(code) for code in _as_list(value))

    def value_from_datadict(self, data, files, name):
        text = data.get(name) or ""
        # As JSON text, which is what the JSON field's form field reads back
        # when a form with errors is shown again (a list made it crash).
        return json.dumps([code for code in re.split(r"[\s,;]+", text) if code])


class ChoiceListCheckboxes(forms.CheckboxSelectMultiple):
    def format_value(self, value):
        return [str(item) for item in _as_list(value)]

    def value_from_datadict(self, data, files, name):
        return json.dumps(super().value_from_datadict(data, files, name))


class LanguageCheckboxes(ChoiceListCheckboxes):
    """Every ISO 639-1 language by name, ticked ones first. The values stay
    two-letter codes, as imports and the API use. Without JavaScript it is a
    plain list of checkboxes; with it, a box above filters the list
    (static/js/admin-choice-filter.js)."""

    template_name = "directory/widgets/filtered_checkboxes.html"

    class Media:
        js = ["js/admin-choice-filter.js"]
        css = {"all": ["css/admin-choices.css"]}

    def get_context(self, name, value, attrs):
        from .languages import language_choices

        # Named at render time: the names come from Babel's data, loaded once.
        self.choices = language_choices()
        context = super().get_context(name, value, attrs)
        context["filter_label"] = _("Find a language")
        context["no_match"] = _("No language matches. Try its name in English, or its two-letter code.")
        return context

    def optgroups(self, name, value, attrs=None):
        # Ticked languages first, so an editor sees what is chosen without scrolling.
        groups = super().optgroups(name, value, attrs)
        return sorted(groups, key=lambda group: not group[1][0]["selected"])
