"""Admin forms for the directory's snippets."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .confidentiality import lifts_confidentiality


class LocationForm(WagtailAdminModelForm):
    """Unticking "confidential address" on a location saved as confidential
    publishes a refuge's address: a slip of the mouse must not do that. The
    form refuses the save unless a second box confirms it. Checked on the
    server, so it holds without JavaScript."""

    make_public = forms.BooleanField(
        label=_("Yes, make this address public"),
        required=False,
        help_text=_(
            "This address is saved as confidential. Tick this as well as unticking “confidential address” "
            "to show the address and position on the service pages and in the open data."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read before the form changes the instance: what is saved now.
        self.saved_as_confidential = self.instance.pk is not None and self.instance.confidential_address is True
        if not self.saved_as_confidential:
            # Nothing to confirm: its panel is then not shown.
            del self.fields["make_public"]

    def clean(self):
        cleaned_data = super().clean()
        wanted = cleaned_data.get("confidential_address")
        if lifts_confidentiality(self.saved_as_confidential, wanted) and not cleaned_data.get("make_public"):
            self.add_error(
                "make_public",
                _(
                    "The address was not made public. To publish it, tick “Yes, make this address public”; "
                    "to keep it private, tick “confidential address” again."
                ),
            )
        return cleaned_data
