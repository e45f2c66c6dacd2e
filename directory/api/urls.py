from django.urls import path, re_path

from . import views

app_name = "openreferral"
urlpatterns = [
    path("", views.meta, name="meta"),
    path("openapi.json", views.openapi, name="openapi"),
    path("services", views.services, name="services"),
    path("services/<str:id>", views.service, name="service"),
    path("taxonomies", views.taxonomies, name="taxonomies"),
    path("taxonomies/<str:id>", views.taxonomy, name="taxonomy"),
    path("taxonomy_terms", views.taxonomy_terms, name="taxonomy-terms"),
    path("taxonomy_terms/<str:id>", views.taxonomy_term, name="taxonomy-term"),
    path("organizations", views.organizations, name="organizations"),
    path("organizations/<str:id>", views.organization, name="organization"),
    path("service_at_locations", views.service_at_locations, name="service-at-locations"),
    path("service_at_locations/<str:id>", views.service_at_location, name="service-at-location"),
    re_path(r"^(?P<path>.+)$", views.unknown),
]
