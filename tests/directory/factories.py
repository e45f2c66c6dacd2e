import datetime
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from directory.models import (
    ClosedDay,
    ContactRoute,
    Location,
    Organisation,
    SchedulePeriod,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Example Organisation {n}")
    website = "https://organisation.example.org/"


class ServiceFactory(DjangoModelFactory):
    class Meta:
        model = Service

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Example Service {n}")
    summary = "Example support for people affected by domestic abuse."


class LocationFactory(DjangoModelFactory):
    class Meta:
        model = Location

    name = factory.Sequence(lambda n: f"Example Centre {n}")
    address_1 = "1 Example Street"
    town = "Exampletown"
    postcode = "CV1 1AA"


def place(service, lat, lng, confidential=False, address="1 Example Street", postcode="CV1 1AA", name=None):
    """A place in Coventry where `service` is offered, at this latitude and longitude."""
    location = Location.objects.create(
        name=name or f"{service.name} building",
        address_1=address,
        town="Coventry",
        postcode=postcode,
        latitude=Decimal(lat),
        longitude=Decimal(lng),
        confidential_address=confidential,
    )
    ServiceAtLocation.objects.create(service=service, location=location)
    return location


class ServiceChildFactory(DjangoModelFactory):
    """Children in the order they were made, as the admin and imports number them."""

    class Meta:
        abstract = True

    service = factory.SubFactory(ServiceFactory)
    sort_order = factory.Sequence(lambda n: n)


class ContactRouteFactory(ServiceChildFactory):
    """A helpline by default; give `kind` for another route (and `address`
    or `email` for one without a number)."""

    class Meta:
        model = ContactRoute

    kind = ContactRoute.Kind.CALL
    label = factory.LazyAttribute(lambda route: "helpline" if route.kind == ContactRoute.Kind.CALL else "")
    number = factory.LazyAttribute(lambda route: "01632 960000" if route.kind in ContactRoute.NUMBER_KINDS else "")


class SchedulePeriodFactory(ServiceChildFactory):
    class Meta:
        model = SchedulePeriod

    weekday = 0
    opens_at = datetime.time(9)
    closes_at = datetime.time(17)


class ClosedDayFactory(ServiceChildFactory):
    class Meta:
        model = ClosedDay

    date = datetime.date(2025, 12, 25)


class ServiceAreaFactory(ServiceChildFactory):
    class Meta:
        model = ServiceArea

    kind = ServiceArea.Kind.LOCAL_AUTHORITY
    local_authority = "Example City Council"


class TaxonomyFactory(DjangoModelFactory):
    class Meta:
        model = Taxonomy
        django_get_or_create = ("code",)

    name = factory.Sequence(lambda n: f"Example taxonomy {n}")
    code = factory.Sequence(lambda n: f"example-{n}")


class TaxonomyTermFactory(DjangoModelFactory):
    class Meta:
        model = TaxonomyTerm

    taxonomy = factory.SubFactory(TaxonomyFactory)
    name = factory.Sequence(lambda n: f"Example term {n}")
    code = factory.Sequence(lambda n: f"term-{n}")
