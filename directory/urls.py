from django.urls import path

from . import views

app_name = "directory"
urlpatterns = [
    path("", views.search, name="search"),
    path("sheet/", views.sheet, name="sheet"),
    path("service/<uuid:uuid>/", views.service_detail, name="service"),
]
