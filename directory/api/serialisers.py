"""Directory records -> Open Referral UK (HSDS 3) JSON objects.

Used by the public API (views.py) and, read back by importing/hsds.py, for
exports that re-import unchanged. Waymark fields with no HSDS home travel in an `x_waymark` object:
the profile allows local properties that don't clash with the standard.

Confidential locations are never serialised: not their address, not their
position, not that they exist. A service that has one is still listed, with
its areas and contact routes, like on the public site.

Ids of records HSDS has but Waymark doesn't keep as rows (addresses,
languages, attributes) are derived from their parent's UUID, so they are
stable from one request to the next.
"""

import string
import urllib.parse
import uuid

from django.db.models import Prefetch

from translations.language_names import english_then_own

from ..models import TERM_FIELDS, ContactRoute, ServiceAtLocation

HSDS_VERSION = "3.0"
PROFILE_URL = "https://github.com/openreferral/uk-profile"
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# A number route's Open Referral phone type; WhatsApp messages are text.
PHONE_TYPES = {
    ContactRoute.Kind.TEXT: "text",
    ContactRoute.Kind.WHATSAPP: "text",
    ContactRoute.Kind.TEXTPHONE: "textphone",
}  # a call is "voice"


# RFC 3986: what may stand unescaped in a path, query or fragment, and in userinfo.
UNRESERVED = string.ascii_letters + string.digits + "-._~"
URI_SAFE = frozenset(UNRESERVED + "!$&'()*+,;=" + ":@/?")
USERINFO_SAFE = frozenset(UNRESERVED + "!$&'()*+,;=" + ":")
HEX_DIGITS = frozenset(string.hexdigits)


def as_uri(address):
    """A web address as an ASCII URI (RFC 3986), as the description's
    `format: uri` promises. Editors' addresses pass Django's URLValidator,
    which also takes international domain names and characters such as é,
    | or { in the path; clients that check URIs refuse those. So the host
    is IDNA-encoded and anything else out of place percent-encoded: the
    address leads to the same page, and a valid URI is left as it was."""
    if not address:
        return address
    try:
        parts = urllib.parse.urlsplit(address)
        netloc = _ascii_netloc(parts.netloc)
    except ValueError:  # e.g. an unclosed [ in the host: nothing to keep apart
        return _escape(address, URI_SAFE)
    return urllib.parse.urlunsplit(
        (
            parts.scheme,
            netloc,
            _escape(parts.path, URI_SAFE),
            _escape(parts.query, URI_SAFE),
            _escape(parts.fragment, URI_SAFE),
        )
    )


def as_email(address):
    """An email address with an ASCII domain (`format: email`); Django's
    EmailValidator takes international domain names."""
    if not address or "@" not in address:
        return address
    local, domain = address.rsplit("@", 1)
    return f"{local}@{_ascii_host(domain)}"


def _ascii_netloc(netloc):
    userinfo, at, hostport = netloc.rpartition("@")
    host, port = hostport, ""
    if not hostport.startswith("[") and ":" in hostport:  # [IPv6] hosts keep their colons
        host, port = hostport.rsplit(":", 1)
        port = ":" + port
    return _escape(userinfo, USERINFO_SAFE) + at + _ascii_host(host) + _escape(port, URI_SAFE)


def _ascii_host(host):
    if host.isascii():
        return host
    return ".".join(_ascii_label(label) for label in host.split("."))


def _ascii_label(label):
    try:
        encoded = label.encode("idna").decode("ascii")
    except UnicodeError:
        encoded = None
    # IDNA 2003 can map a character to a space (¯ becomes " ̄"): such a
    # label, like one IDNA refuses, is still a valid percent-encoded one.
    return encoded if encoded is not None and set(encoded) <= set(UNRESERVED) else _escape(label, UNRESERVED)


def _escape(text, safe):
    """Percent-encode every character not in `safe`, keeping existing %XX
    escapes and encoding a stray %."""
    out = []
    for index, char in enumerate(text):
        if char in safe or (
            char == "%" and set(text[index + 1 : index + 3]) <= HEX_DIGITS and len(text[index + 1 : index + 3]) == 2
        ):
            out.append(char)
        else:
            out.append(urllib.parse.quote(char, safe=""))
    return "".join(out)


def derived_id(parent_uuid, *parts):
    return str(uuid.uuid5(parent_uuid, "/".join(parts)))


def public_links(service):
    """The service's locations that may be published, in order."""
    return [link for link in service.service_at_locations.all() if not link.location.confidential_address]


def services_for_feed(queryset, full=True):
    """`queryset` with everything the serialisers read, in a fixed number
    of queries however many services there are."""
    queryset = queryset.select_related("organisation")
    if not full:
        return queryset
    return queryset.prefetch_related(
        "contact_routes",
        "schedule_periods__location",
        "closed_days",
        "service_areas",
        Prefetch("service_at_locations", queryset=ServiceAtLocation.objects.select_related("location")),
        *(Prefetch(name, to_attr=f"{name}_for_feed") for name in TERM_FIELDS.values()),
        *(f"{name}_for_feed__taxonomy" for name in TERM_FIELDS.values()),
    )


def organisation(org):
    return _without_blanks(
        {
            "id": str(org.uuid),
            "name": org.name,
            "description": org.description or "",  # required by the profile
            "email": as_email(org.email),
            "website": as_uri(org.website),
        },
        keep=("description",),
    )


def service_summary(service):
    """The one-to-one fields: a /services list item."""
    return _without_blanks(
        {
            "id": str(service.uuid),
            "organization_id": str(service.organisation.uuid),
            "name": service.name,
            "description": service.description,
            "url": as_uri(service.url),
            "email": as_email(service.email),
            "status": service.status,
            "fees": service.fees,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": service.last_verified.isoformat() if service.last_verified else None,
            "alert": service.alert,
            "application_process": service.application_process,
            "interpretation_services": "Interpreters can be arranged." if service.interpretation_available else None,
            "last_modified": service.last_modified.isoformat(),
            "organization": organisation(service.organisation),
        }
    )


def service_full(service):
    """A fully nested service: /services/{id}, and the export format."""
    data = service_summary(service)
    periods = list(service.schedule_periods.all())
    links = public_links(service)
    data.update(
        {
            # Routes with a number are Open Referral phones; the profile's
            # contacts hold no web or email address, so chat, email, forms
            # and apps travel in x_waymark.contact_routes.
            "phones": [
                _phone(service, route)
                for route in service.contact_routes.all()
                if route.kind in ContactRoute.NUMBER_KINDS
            ],
            "schedules": [_schedule(service, period) for period in periods if period.location_id is None],
            "service_areas": [_area(service, area) for area in service.service_areas.all()],
            "service_at_locations": [
                _service_at_location(service, link, [p for p in periods if p.location_id == link.location_id])
                for link in links
            ],
            "languages": [
                {
                    "id": derived_id(service.uuid, "language", code),
                    "service_id": str(service.uuid),
                    "name": english_then_own(code),
                    "code": code,
                }
                for code in service.languages
            ],
            "attributes": [_attribute(service, term) for term in _terms(service)],
            "x_waymark": _extension(service),
        }
    )
    # Hours kept for a confidential location are left out with it: they
    # would hint at where it is.
    return data


def service_at_location_summary(link):
    """A /service_at_locations list item."""
    service = link.service
    return {
        "id": str(link.uuid),
        "service_id": str(service.uuid),
        "location_id": str(link.location.uuid),
        "location": _location(link.location),
        "service": service_summary(service),
    }


def service_at_location_full(link):
    data = service_at_location_summary(link)
    data["service"] = service_full(link.service)
    return data


def taxonomy(tax, terms=None):
    data = {"id": str(tax.uuid), "name": tax.name, "description": tax.description or ""}
    if terms is not None:
        data["taxonomy_terms"] = [taxonomy_term(term) for term in terms]
    return data


def taxonomy_term(term):
    return _without_blanks(
        {
            "id": str(term.uuid),
            "name": term.name,
            "description": term.description or "",
            "parent_id": str(term.parent.uuid) if term.parent_id else None,
            "taxonomy": term.taxonomy.name,
            "taxonomy_id": str(term.taxonomy.uuid),
            "term": term.code,
        },
        keep=("description",),
    )


def _terms(service):
    # Prefetched by services_for_feed.
    return [term for name in TERM_FIELDS.values() for term in getattr(service, f"{name}_for_feed")]


def _attribute(service, term):
    return {
        "id": derived_id(service.uuid, "attribute", str(term.uuid)),
        "link_id": str(service.uuid),
        "link_type": "service",
        "taxonomy_term_id": str(term.uuid),
        "taxonomy_term": taxonomy_term(term),
    }


def _phone(service, route):
    return _without_blanks(
        {
            "id": str(route.uuid),
            "service_id": str(service.uuid),
            "number": route.number,
            "type": PHONE_TYPES.get(route.kind, "voice"),
            "description": route.hours,
            "x_waymark": _route_extension(route),
        }
    )


def _route_extension(route):
    """A contact route's own fields, as the import reads them back."""
    return {
        "kind": route.kind,
        "label": route.label,
        "free": route.free,
        "may_appear_on_bills_note": route.may_appear_on_bills_note,
        "open_24_7": route.open_24_7,
        "weekly_hours": route.weekly_hours,
        "same_hours_as_service": route.same_hours_as_service,
    }


def _other_route(route):
    """A route with no number: live chat, email, a web form, a callback
    request, BSL video relay or an app."""
    return {
        "id": str(route.uuid),
        **_route_extension(route),
        "address": as_uri(route.address) if route.address else "",
        "email": as_email(route.email) or "",
        "hours": route.hours,
    }


def _schedule(service, period, link=None):
    data = {
        "id": str(period.uuid),
        "service_id": str(service.uuid),
        "freq": "WEEKLY",
        "byday": WEEKDAYS[period.weekday],
        "opens_at": period.opens_at.strftime("%H:%M:%S"),
        "closes_at": period.closes_at.strftime("%H:%M:%S"),
    }
    if link is not None:
        data["service_at_location_id"] = str(link.uuid)
    return data


def _area(service, area):
    return _without_blanks(
        {
            "id": str(area.uuid),
            "service_id": str(service.uuid),
            "name": str(area),
            "service_area": area.description,
            "x_waymark": {
                "kind": area.kind,
                "nations": area.nations,
                "local_authority": area.local_authority,
                "postcode_districts": area.postcode_districts,
                "description": area.description,
            },
        }
    )


def _service_at_location(service, link, periods):
    data = {
        "id": str(link.uuid),
        "service_id": str(service.uuid),
        "location_id": str(link.location.uuid),
        "location": _location(link.location),
    }
    if periods:
        data["schedules"] = [_schedule(service, period, link) for period in periods]
    return data


def _location(location):
    """A public location. Callers never pass a confidential one; this refuses
    anyway, so no future caller can leak a refuge's address."""
    if location.confidential_address:
        raise ValueError("A confidential location must never be serialised.")
    data = _without_blanks(
        {
            "id": str(location.uuid),
            "location_type": "physical",
            "name": location.name,
            "latitude": float(location.latitude) if location.latitude is not None else None,
            "longitude": float(location.longitude) if location.longitude is not None else None,
        }
    )
    if location.address_1 or location.town or location.postcode:
        data["addresses"] = [
            {
                "id": derived_id(location.uuid, "address"),
                "location_id": str(location.uuid),
                "address_1": location.address_1,
                "address_2": location.address_2,
                "city": location.town,
                "state_province": "",
                "postal_code": location.postcode,
                "country": "GB",
                "address_type": "physical",
            }
        ]
    return data


def _extension(service):
    return {
        "summary": service.summary,
        "is_free": service.is_free,
        "referral_route": service.referral_route,
        "what_happens_next": service.what_happens_next,
        "interpretation_available": service.interpretation_available,
        "wheelchair_access": service.wheelchair_access,
        "bsl": service.bsl,
        "text_relay": service.text_relay,
        "open_24_7": service.open_24_7,
        "hours_note": service.hours_note,
        "verified_by": service.verified_by,
        "closed_days": [
            {"id": str(day.uuid), "date": day.date.isoformat(), "note": day.note} for day in service.closed_days.all()
        ],
        "contact_routes": [
            _other_route(route) for route in service.contact_routes.all() if route.kind not in ContactRoute.NUMBER_KINDS
        ],
    }


def _without_blanks(data, keep=()):
    return {key: value for key, value in data.items() if key in keep or value not in (None, "")}
