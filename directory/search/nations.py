"""The visitor's nation, from the postcode district searched near, and how
well each national helpline fits it: a line covering that nation (or all
four) first, one whose nations are not confirmed next, lines for other
nations only last."""

import re

from ..models import PostcodeDistrict, ServiceArea
from ..models.service import Nation
from ..validators import OUTCODE_RE, POSTCODE_RE
from .geometry import Point, bounding_box, haversine
from .parameters import Params

# Postcode areas (the letters a postcode starts with) wholly or mostly in
# Scotland, Wales and Northern Ireland; every other UK area is in England.
# Crown dependencies (GY, JE, IM) are in none of the four.
AREAS = {
    Nation.SCOTLAND: {"AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "TD", "ZE"},
    Nation.WALES: {"CF", "LD", "LL", "NP", "SA"},
    Nation.NORTHERN_IRELAND: {"BT"},
}
OUTSIDE = {"GY", "JE", "IM"}
# Districts across a border from the rest of their area.
DISTRICTS = {
    **{f"SY{number}": Nation.WALES for number in range(15, 26)},
    **{f"CH{number}": Nation.WALES for number in range(5, 9)},
    "TD15": Nation.ENGLAND,
}
# Fit of a line to the visitor's nation. Lines for other nations only are
# shown last; among the rest, relevance counts first.
COVERS, UNCONFIRMED, ELSEWHERE = 0, 1, 2
# How far a town or a device position may be from a district's centre to
# take its nation.
NEAREST_DISTRICT_MILES = 25


def of_outcode(outcode: str) -> str | None:
    """The nation of a postcode district ("CV1" → "england"), or None."""
    outcode = outcode.strip().upper()
    match = re.match(r"[A-Z]{1,2}", outcode)
    if not match:
        return None
    if outcode in DISTRICTS:
        return DISTRICTS[outcode].value
    area = match[0]
    if area in OUTSIDE:
        return None
    for nation, areas in AREAS.items():
        if area in areas:
            return nation.value
    return Nation.ENGLAND.value


def of_search(params: Params) -> str | None:
    """The visitor's nation: from the postcode or postcode district typed
    (known or not to the directory), or else from the district nearest the
    town or device position searched near (after geometry.locate)."""
    compact = re.sub(r"\s+", "", params.where).upper()
    match = POSTCODE_RE.match(compact)
    outcode = match[1] if match else compact if OUTCODE_RE.match(compact) else None
    if outcode is not None:
        return of_outcode(outcode)
    if params.centre is None:
        return None
    return near(params.centre)


def near(centre: Point) -> str | None:
    """The nation of the postcode district whose centre is nearest to
    `centre`, within NEAREST_DISTRICT_MILES; None if there is none."""
    south, north, west, east = bounding_box(centre, NEAREST_DISTRICT_MILES)
    districts = PostcodeDistrict.objects.filter(
        latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east
    ).values_list("outcode", "latitude", "longitude")
    nearest = min(
        ((haversine(centre, (float(lat), float(lng))), outcode) for outcode, lat, lng in districts),
        default=None,
    )
    if nearest is None or nearest[0] > NEAREST_DISTRICT_MILES:
        return None
    return of_outcode(nearest[1])


def fit(service_ids: list[int], nation: str | None) -> dict[int, int]:
    """{service id: COVERS, UNCONFIRMED or ELSEWHERE} for national services
    and the visitor's nation; every line fits when the nation is unknown."""
    if nation is None or not service_ids:
        return {}
    covered: dict[int, set[str]] = {pk: set() for pk in service_ids}
    areas = ServiceArea.objects.filter(kind=ServiceArea.Kind.NATIONAL, service_id__in=service_ids)
    for service_id, nations in areas.values_list("service_id", "nations"):
        covered[service_id] |= set(nations or ())
    return {
        pk: UNCONFIRMED if not nations else COVERS if nation in nations else ELSEWHERE
        for pk, nations in covered.items()
    }
