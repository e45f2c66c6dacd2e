"""Admin widgets for the short lists kept in JSON fields (language codes,
postcode districts, nations): editors type or tick values, never JSON."""

import json
import re

from django import forms


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
