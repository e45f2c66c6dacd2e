from wagtail.admin.panels import Panel


class ReadabilityPanel(Panel):
    """Read-only figures and warnings for the latest saved version (the edit
    view shows the latest draft). Never blocks a save."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/readability_panel.html"

        def get_context_data(self, parent_context=None):
            from .readability import report_for_page

            context = super().get_context_data(parent_context)
            context["report"] = report_for_page(self.instance) if self.instance.pk else None
            return context
