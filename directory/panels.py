from django.forms import Media
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class WeeklyHoursTools(Panel):
    """Shortcuts above a service's opening periods: "Monday to Friday, 9 to
    5", "24 hours, every day", and "Copy to other days" on each period.
    They fill in the ordinary period forms below (static/js/admin-weekly-
    hours.js), which the editor checks and saves as usual; without
    JavaScript the tools stay hidden and the periods are typed one by one."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "directory/admin/weekly_hours_tools.html"

        def get_context_data(self, parent_context=None):
            from .models.service import Weekday

            context = super().get_context_data(parent_context)
            context["weekdays"] = Weekday.choices
            return context

        @property
        def media(self):
            return Media(js=["js/admin-weekly-hours.js"], css={"all": ["css/admin-weekly-hours.css"]})


def weekly_hours_tools():
    return WeeklyHoursTools(heading=_("Quick fill"))
