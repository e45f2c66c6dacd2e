import datetime
from decimal import Decimal

import pytest

from directory.models import PostcodeDistrict, ServiceArea, TaxonomyTerm

from .factories import ContactRouteFactory, ServiceFactory, place

# Postcode-district centres: two in Coventry, one in Birmingham (about 19
# miles from CV1).
DISTRICTS = {"CV1": ("52.410338", "-1.509154"), "CV6": ("52.439743", "-1.507503"), "B1": ("52.479600", "-1.903000")}
SECRET_ADDRESS = "7 Hidden Refuge Street"
SECRET_LATITUDE = "52.398765"


def term(taxonomy, code):
    return TaxonomyTerm.objects.get(taxonomy__code=taxonomy, code=code)


@pytest.fixture
def directory(db):
    """A small directory: services near CV1, one in Birmingham, a refuge at
    a confidential address, a national helpline and a draft."""
    for outcode, (lat, lng) in DISTRICTS.items():
        PostcodeDistrict.objects.create(outcode=outcode, latitude=Decimal(lat), longitude=Decimal(lng))
    near = ServiceFactory(
        name="Example Near Advice",
        summary="Advice on domestic abuse and staying safe.",
        is_free=True,
        open_24_7=True,
        referral_route="self",
        languages=["en", "pl"],
        last_verified=datetime.date(2027, 3, 3),
    )
    near.service_types.set([term("service-types", "information")])
    near.audiences.set([term("audiences", "women"), term("audiences", "men")])
    near.save()  # parental many-to-many fields are written on save
    ContactRouteFactory(service=near, number="01632 960123", label="helpline")
    place(near, "52.411000", "-1.510000")

    far = ServiceFactory(
        name="Example Far Counselling",
        summary="Counselling after sexual violence.",
        is_free=False,
        referral_route="professional",
        languages=["en", "ur"],
    )
    far.specialist_roles.set([term("specialist-roles", "counselling")])
    far.audiences.set([term("audiences", "women")])
    far.save()
    place(far, "52.480000", "-1.900000", postcode="B1 1AA")

    hidden = ServiceFactory(
        name="Example Hidden Refuge",
        summary="Safe accommodation for women fleeing domestic abuse.",
        referral_route="both",
        languages=["ar", "en"],  # sorted, as every form and import stores them
    )
    hidden.service_types.set([term("service-types", "accommodation")])
    hidden.audiences.set([term("audiences", "women")])
    hidden.save()
    place(hidden, SECRET_LATITUDE, "-1.512345", confidential=True, address=SECRET_ADDRESS, postcode="CV1 9ZZ")
    ServiceArea.objects.create(service=hidden, kind="postcode-districts", postcode_districts=["CV6"])

    helpline = ServiceFactory(
        name="Example National Helpline", summary="A helpline for anyone affected by domestic abuse."
    )
    ServiceArea.objects.create(service=helpline, kind="national", nations=["england", "wales"])
    ContactRouteFactory(service=helpline, number="01632 960000")

    draft = ServiceFactory(name="Example Draft Service", summary="Domestic abuse advice not yet published.", live=False)
    place(draft, "52.410000", "-1.509000")
    return {"near": near, "far": far, "hidden": hidden, "helpline": helpline, "draft": draft}
