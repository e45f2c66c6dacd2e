"""Where a search is centred and what lies near it: postcode districts and
towns as points, distances in miles and the bounding boxes that narrow them.
Works on SQLite and PostgreSQL alike, without GIS.

Confidential locations are never read here: a refuge is placed by the
postcode districts it serves."""

import math
import re

from django.db.models import F, FloatField
from django.db.models.functions import Cast
from django.utils.translation import gettext as _

from waymark.db import ContainsAny

from .. import gazetteer
from ..models import PostcodeDistrict, ServiceArea, ServiceAtLocation
from ..validators import OUTCODE_RE, POSTCODE_RE
from .parameters import Params

# (latitude, longitude) in degrees.
Point = tuple[float, float]

EARTH_RADIUS_MILES = 3958.8


def locate(params: Params) -> str | None:
    """Find the centre of a location search; return a message if it fails."""
    if params.latitude is not None and params.longitude is not None:
        params.centre = (params.latitude, params.longitude)
        params.place = _("your location")
        return None
    if not params.where:
        return None
    district = postcode_district(params.where)
    if district:
        outcode, centre = district
        if centre is None:
            return _("We couldn't find that postcode — check it, or try a town name.")
        params.centre, params.place = centre, outcode
        return None
    found = gazetteer.find(params.where)
    if found is None:
        return _("We couldn't find a place called “%(place)s” — check the spelling, or try a postcode.") % {
            "place": params.where
        }
    params.place, params.centre = found
    return None


def postcode_district(text: str) -> tuple[str, Point | None] | None:
    """(outcode, centre or None if we don't know it) for a full postcode or
    an outward code; None if `text` is neither."""
    compact = re.sub(r"\s+", "", text).upper()
    match = POSTCODE_RE.match(compact)
    outcode = match[1] if match else (compact if OUTCODE_RE.match(compact) else None)
    if outcode is None:
        return None
    centre = PostcodeDistrict.objects.filter(outcode=outcode).values_list("latitude", "longitude").first()
    return outcode, (float(centre[0]), float(centre[1])) if centre else None


def haversine(a: Point, b: Point) -> float:
    """Miles between two points, along the Earth's surface."""
    lat1, lng1, lat2, lng2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(centre: Point, radius: float) -> tuple[float, float, float, float]:
    """(south, north, west, east): a box holding every point within `radius`
    miles of `centre`, for the indexed latitude and longitude columns."""
    dlat = radius / 69.0
    dlng = radius / max(1e-6, 69.0 * math.cos(math.radians(centre[0])))
    return centre[0] - dlat, centre[0] + dlat, centre[1] - dlng, centre[1] + dlng


def as_float(name: str) -> Cast:
    """A coordinate read as a float: Django's Decimal for each of hundreds
    of points is work the distance sum throws away."""
    return Cast(name, FloatField())


def nearby(centre: Point, radius: float) -> dict[int, tuple[float, bool]]:
    """{service id: (miles, by_area)} for local services within `radius`
    miles of `centre`: by their public locations, or by the centres of the
    postcode districts they cover. Confidential locations are never read."""
    south, north, west, east = bounding_box(centre, radius)
    found: dict[int, tuple[float, bool]] = {}
    rows = ServiceAtLocation.objects.filter(
        location__confidential_address=False,
        location__latitude__gte=south,
        location__latitude__lte=north,
        location__longitude__gte=west,
        location__longitude__lte=east,
    ).values_list("service_id", as_float("location__latitude"), as_float("location__longitude"))
    for service_id, lat, lng in rows:
        miles = haversine(centre, (lat, lng))
        if miles <= radius and (service_id not in found or miles < found[service_id][0]):
            found[service_id] = (miles, False)
    districts = {
        outcode: haversine(centre, (lat, lng))
        for outcode, lat, lng in PostcodeDistrict.objects.filter(
            latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east
        ).values_list("outcode", as_float("latitude"), as_float("longitude"))
    }
    districts = {outcode: miles for outcode, miles in districts.items() if miles <= radius}
    if districts:
        areas = ServiceArea.objects.filter(
            ContainsAny(F("postcode_districts"), districts), kind=ServiceArea.Kind.POSTCODE_DISTRICTS
        )
        for service_id, codes in areas.values_list("service_id", "postcode_districts"):
            area_miles = min((districts[code] for code in codes if code in districts), default=None)
            current = found.get(service_id)
            if area_miles is not None and (current is None or (current[1] and area_miles < current[0])):
                found[service_id] = (area_miles, True)
    return found
