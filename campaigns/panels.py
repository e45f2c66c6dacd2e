from django.forms import Media
from wagtail.admin.panels import Panel


class ReadabilityPanel(Panel):
    """A plain-words verdict, warnings and figures for the latest saved
    version (the edit view shows the latest draft). First on the form, so
    editors see it without scrolling past the body. Never blocks a save."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/readability_panel.html"

        @property
        def media(self):
            return Media(css={"all": ["css/admin-readability.css"]})

        def get_context_data(self, parent_context=None):
            from .readability import report_for_page

            context = super().get_context_data(parent_context)
            from django.utils.translation import gettext as _

            report = report_for_page(self.instance) if self.instance.pk else None
            context["report"] = report
            if report:
                context["verdicts"] = [
                    (label, verdict)
                    for label, verdict in (
                        (_("Standard version"), report.standard_verdict),
                        (_("Easy read version"), report.easy_read_verdict),
                    )
                    if verdict
                ]
            return context
