"""Admin reports for keeping the directory current."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .importing.spreadsheet import FormulaSafeCSVMixin
from .models import Service

service_permission_policy = ModelPermissionPolicy(Service)


def overdue_services():
    """Services whose review date has passed (UK date), oldest first."""
    return Service.objects.filter(next_review_due__lt=timezone.localdate()).order_by("next_review_due", "name")


class OverdueServicesReportView(FormulaSafeCSVMixin, ReportView):
    page_title = _("Services overdue for review")
    header_icon = "warning"
    index_url_name = "directory_overdue_services"
    index_results_url_name = "directory_overdue_services_results"
    permission_policy = service_permission_policy
    permission_required = "change"
    list_export = ["name", "organisation", "next_review_due", "last_verified", "verified_by", "status"]
    export_headings = {"next_review_due": _("Review due"), "organisation": _("Organisation")}

    columns = [
        TitleColumn("name", label=_("Service"), url_name="wagtailsnippets_directory_service:edit"),
        Column("organisation", label=_("Organisation")),
        DateColumn("next_review_due", label=_("Review due")),
        DateColumn("last_verified", label=_("Last verified")),
        Column("verified_by", label=_("Verified by")),
    ]

    def get_queryset(self):
        return overdue_services().select_related("organisation")

    def get_filename(self):
        return f"services-overdue-for-review-{datetime.date.today():%Y-%m-%d}"


class OverdueServicesPanel(Component):
    name = "directory_overdue_services"
    template_name = "directory/overdue_panel.html"
    order = 110

    def get_context_data(self, parent_context):
        return {"overdue_count": overdue_services().count()}
