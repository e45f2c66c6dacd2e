import datetime

import pytest
from django.core.exceptions import ValidationError

from directory.models import ContactRoute, DirectorySettings, SchedulePeriod, ServiceArea, Taxonomy

from .factories import LocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def errors_of(instance, **exclude):
    with pytest.raises(ValidationError) as caught:
        instance.full_clean(**exclude)
    return caught.value.message_dict


def test_minimum_age_above_maximum_is_rejected():
    service = ServiceFactory.build(minimum_age=18, maximum_age=16)
    service.organisation.save()
    assert "maximum_age" in errors_of(service)


def test_equal_ages_are_accepted():
    service = ServiceFactory(minimum_age=16, maximum_age=16)
    service.full_clean()


def test_summary_is_one_line_of_at_most_160_characters():
    service = ServiceFactory()
    service.summary = "x" * 161  # not saved: PostgreSQL would refuse it outright
    assert "summary" in errors_of(service)


def test_language_codes_must_be_iso_639_1_and_are_normalised():
    service = ServiceFactory(languages=["eng", "pl"])
    assert "eng" in errors_of(service)["languages"][0]
    service.languages = ["PL", "en", "pl"]
    service.full_clean()
    assert service.languages == ["en", "pl"]


@pytest.mark.parametrize("number", ["01632 960000", "+44 1632 960000", "999", "116 123"])
def test_uk_phone_numbers_are_accepted(number):
    ContactRoute(service=ServiceFactory(), number=number).full_clean()


@pytest.mark.parametrize("number", ["01632-960000", "call us", "12", "0" * 16])
def test_phone_numbers_with_other_characters_are_rejected(number):
    assert "number" in errors_of(ContactRoute(service=ServiceFactory(), number=number))


def test_opening_and_closing_at_the_same_time_is_rejected():
    period = SchedulePeriod(service=ServiceFactory(), weekday=0, opens_at=datetime.time(9), closes_at=datetime.time(9))
    assert "closes_at" in errors_of(period)


@pytest.mark.parametrize(
    "values, field",
    [
        ({"kind": "national", "nations": ["france"]}, "nations"),
        ({"kind": "local-authority"}, "local_authority"),
        ({"kind": "postcode-districts", "postcode_districts": ["CV1 1AA"]}, "postcode_districts"),
    ],
)
def test_service_area_needs_what_its_kind_describes(values, field):
    assert field in errors_of(ServiceArea(service=ServiceFactory(), **values))


def test_a_national_area_may_leave_its_nations_unconfirmed():
    area = ServiceArea(service=ServiceFactory(), kind="national", nations=[])
    area.full_clean()  # an imported helpline whose nations no one has checked can still be saved


def test_postcode_districts_are_upper_cased():
    area = ServiceArea(service=ServiceFactory(), kind="postcode-districts", postcode_districts=["cv1", " b33 "])
    area.full_clean()
    assert area.postcode_districts == ["CV1", "B33"]


def test_location_postcode_is_normalised_and_checked():
    location = LocationFactory.build(postcode="cv11aa")
    location.full_clean()
    assert location.postcode == "CV1 1AA"
    location.postcode = "ABC 1234"
    assert "postcode" in errors_of(location)


def test_location_coordinates_must_be_on_earth_and_paired():
    assert "latitude" in errors_of(LocationFactory.build(latitude=100, longitude=1))
    assert "__all__" in errors_of(LocationFactory.build(latitude=52, longitude=None))


def test_confidential_location_has_no_public_address_or_position():
    public = LocationFactory.build(
        address_1="1 Example Street", town="Exampletown", postcode="CV1 1AA", latitude=52.4, longitude=-1.5
    )
    assert public.public_address == ["1 Example Street", "Exampletown", "CV1 1AA"]
    assert public.public_coordinates == (52.4, -1.5)
    refuge = LocationFactory.build(confidential_address=True, latitude=52.4, longitude=-1.5)
    assert refuge.public_address is None
    assert refuge.public_coordinates is None


def test_verifying_a_service_moves_its_review_date_by_the_configured_interval():
    service = ServiceFactory(last_verified=datetime.date(2025, 1, 31))
    assert service.next_review_due == datetime.date(2025, 7, 31)

    settings = DirectorySettings.load()
    settings.review_interval_months = 1
    settings.save()
    service.last_verified = datetime.date(2025, 1, 31)
    service.save()
    assert service.next_review_due == datetime.date(2025, 7, 31), "an unchanged date leaves the review alone"

    service.last_verified = datetime.date(2026, 1, 31)
    service.save()
    assert service.next_review_due == datetime.date(2026, 2, 28)


def test_a_hand_set_review_date_survives_saves_that_do_not_reverify():
    service = ServiceFactory(last_verified=datetime.date(2025, 1, 1))
    service.next_review_due = datetime.date(2025, 3, 1)
    service.save()
    service.refresh_from_db()
    assert service.next_review_due == datetime.date(2025, 3, 1)


def test_the_three_taxonomies_are_seeded():
    terms = {t.code: {term.code for term in t.terms.all()} for t in Taxonomy.objects.all()}
    assert {"idva", "isva", "sarc", "marac", "helpline"} <= terms["specialist-roles"]
    assert {"women", "men", "lgbt", "migrants-nrpf", "own-behaviour"} <= terms["audiences"]
    assert {"accommodation", "legal", "immigration", "interpreting"} <= terms["service-types"]
    assert Taxonomy.objects.get(code="audiences").terms.get(code="lgbt").name == "LGBT+"


def test_seeding_again_keeps_editors_names():
    from directory.models import TaxonomyTerm
    from directory.taxonomies import seed_taxonomies

    term = TaxonomyTerm.objects.get(code="idva")
    term.name = "Example renamed IDVA"
    term.save()
    count = TaxonomyTerm.objects.count()
    seed_taxonomies(Taxonomy, TaxonomyTerm)
    assert TaxonomyTerm.objects.count() == count
    assert TaxonomyTerm.objects.get(code="idva").name == "Example renamed IDVA"
