"""The whole demo directory through the Open Referral API (every endpoint
validates against the profile's schemas) and through both exports (each
imports back unchanged): more services, and more shapes of them, than the
product tests' fixtures build."""

from directory.models import Service

from ..directory.test_export_round_trip import csv_round_trip, open_referral_round_trip
from ..directory.test_openreferral_api import check_every_endpoint


def test_every_endpoint_validates_on_the_demo_directory(demo_site, client):
    check_every_endpoint(client)


def test_the_demos_open_referral_export_reimports_into_an_empty_directory_unchanged(demo_site, client, tmp_path):
    assert Service.objects.filter(live=True).count() >= 40
    open_referral_round_trip(client, tmp_path)


def test_the_demos_admin_csv_export_reimports_unchanged(demo_site, admin_client, tmp_path):
    csv_round_trip(admin_client, tmp_path)
