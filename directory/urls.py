from django.urls import path

from . import public_views

app_name = "directory"
urlpatterns = [
    path("", public_views.search, name="search"),
    path("sheet/", public_views.sheet, name="sheet"),
    path("service/<uuid:uuid>/", public_views.service_detail, name="service"),
]
