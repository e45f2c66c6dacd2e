from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from waymark import extensions

from . import admin_import, front_door
from .importing import csv_format
from .importing.spreadsheet import FormulaSafeCSVMixin
from .models import Location, Organisation, PostcodeDistrict, Service, Taxonomy, TaxonomyTerm
from .reports import OverdueServicesPanel, OverdueServicesReportView, service_permission_policy


class ServiceIndexView(FormulaSafeCSVMixin, IndexView):
    """The listing's CSV export writes the import format (csv_format.py), so
    an export of the whole directory, or of a filtered listing, imports back.
    Cells that would run as spreadsheet formulas are neutralised."""

    csv_number_columns = csv_format.NUMBER_COLUMNS

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.is_export:
            queryset = queryset.select_related("organisation").prefetch_related(
                *csv_format.TERM_COLUMNS,
                "schedule_periods",
                "closed_days",
                "contact_routes",
                "service_areas",
                "service_at_locations__location",
            )
        return queryset

    def to_row_dict(self, item):
        return csv_format.service_to_row(item)


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "help"
    index_view_class = ServiceIndexView
    list_export = csv_format.COLUMNS
    export_headings = {column: column for column in csv_format.COLUMNS}
    export_filename = "waymark-services"
    list_display = ["name", "organisation", "status", "next_review_due"]
    list_filter = ["status", "is_free", "open_24_7", "referral_route", "service_types", "audiences", "organisation"]
    list_per_page = 50
    ordering = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "email"]
    search_fields = ["name", "description"]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    list_display = ["name", "town", "postcode", "confidential_address"]
    list_filter = ["confidential_address", "town"]


class TaxonomyViewSet(SnippetViewSet):
    model = Taxonomy
    icon = "tag"
    list_display = ["name", "code"]


class TaxonomyTermViewSet(SnippetViewSet):
    model = TaxonomyTerm
    icon = "tag"
    list_display = ["name", "taxonomy", "code", "parent"]
    list_filter = ["taxonomy"]


class PostcodeDistrictViewSet(SnippetViewSet):
    model = PostcodeDistrict
    icon = "site"
    list_display = ["outcode", "latitude", "longitude"]
    search_fields = ["outcode"]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_import.may_import(request.user)


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "list-ul"
    menu_order = 250
    items = (
        ServiceViewSet,
        OrganisationViewSet,
        LocationViewSet,
        TaxonomyViewSet,
        TaxonomyTermViewSet,
        PostcodeDistrictViewSet,
    )

    def get_submenu_items(self):
        return [
            *super().get_submenu_items(),
            ImportMenuItem(_("Import services"), reverse("directory_import"), icon_name="upload", order=900),
        ]


register_snippet(DirectoryViewSetGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("directory/import/", admin_import.import_services, name="directory_import"),
        path("reports/overdue-services/", OverdueServicesReportView.as_view(), name="directory_overdue_services"),
        path(
            "reports/overdue-services/results/",
            OverdueServicesReportView.as_view(results_only=True),
            name="directory_overdue_services_results",
        ),
    ]


class OverdueServicesMenuItem(MenuItem):
    def is_shown(self, request):
        return service_permission_policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_overdue_services_menu_item():
    return OverdueServicesMenuItem(
        _("Services overdue for review"),
        reverse("directory_overdue_services"),
        name="directory-overdue-services",
        icon_name="warning",
        order=750,
    )


@hooks.register("construct_homepage_panels")
def add_overdue_services_panel(request, panels):
    if service_permission_policy.user_has_permission(request.user, "change"):
        panels.append(OverdueServicesPanel())


@hooks.register(extensions.HOME_FRONT_DOOR)
def home_front_door(request):
    return front_door.render(request)
