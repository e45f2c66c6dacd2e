"""The OpenAPI description of what this API implements, served at
/api/openreferral/v3/openapi.json.

It is self-contained: every schema is in `#/components/schemas`, so tools
can read it offline. The schemas describe what serialisers.py
writes, which is the Open Referral UK profile's shape (the tests also check
every answer against the profile's own schemas). Parameters take their
limits and patterns from params.py, the code that checks them.
"""

from . import params
from .errors import ERROR_CODES
from .filters import SERVICE_FILTERS


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _object(required, optional=None):
    """An object with these properties; those in `optional` may be left out."""
    properties = {**required, **(optional or {})}
    return {"type": "object", "required": list(required), "properties": properties}


UUID = {"type": "string", "format": "uuid"}
TEXT = {"type": "string"}
NON_EMPTY = {"type": "string", "minLength": 1}
# Emitted as ASCII URIs (RFC 3986) and addresses: serialisers.as_uri, as_email.
URI = {"type": "string", "format": "uri"}
EMAIL = {"type": "string", "format": "email"}
CLOCK_TIME = {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]:[0-5][0-9]$", "description": "HH:MM:SS, UK time."}
STRINGS = {"type": "array", "items": TEXT}

SCHEMAS = {
    "Page": {
        "type": "object",
        "description": "One page of a list. Pages are numbered from 1; a page past the last is empty.",
        "required": [
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents",
        ],
        "properties": {
            "total_items": {"type": "integer", "minimum": 0},
            "total_pages": {"type": "integer", "minimum": 1},
            "page_number": {"type": "integer", "minimum": 1},
            "size": {"type": "integer", "minimum": 0, "description": "The number of items on this page."},
            "first_page": {"type": "boolean"},
            "last_page": {"type": "boolean"},
            "empty": {"type": "boolean", "description": "True when nothing matched at all."},
            "contents": {"type": "array"},
        },
    },
    "Error": _object(
        {
            "error": {"type": "string", "enum": list(ERROR_CODES.values())},
            "message": {"type": "string", "description": "What was wrong, in plain English."},
        },
        {"parameter": {"type": "string", "description": "The parameter at fault, if one was."}},
    ),
    "Organization": _object(
        {"id": UUID, "name": NON_EMPTY, "description": TEXT},
        {"email": EMAIL, "website": URI},
    ),
    "OrganizationFull": {
        "allOf": [ref("Organization"), _object({"services": {"type": "array", "items": ref("Service")}})]
    },
    "ServiceSummary": _object(
        {
            "id": UUID,
            "organization_id": UUID,
            "name": NON_EMPTY,
            "status": NON_EMPTY,
            "last_modified": {"type": "string", "format": "date-time"},
            "organization": ref("Organization"),
        },
        {
            "description": TEXT,
            "url": URI,
            "email": EMAIL,
            "fees": TEXT,
            "minimum_age": {"type": "integer", "minimum": 0},
            "maximum_age": {"type": "integer", "minimum": 0},
            "assured_date": {"type": "string", "format": "date"},
            "alert": TEXT,
            "application_process": TEXT,
            "interpretation_services": TEXT,
        },
    ),
    "ServiceMinimal": _object({"id": UUID, "last_modified": {"type": "string", "format": "date-time"}}),
    "Service": {
        "allOf": [
            ref("ServiceSummary"),
            _object(
                {
                    "phones": {"type": "array", "items": ref("Phone")},
                    "schedules": {
                        "type": "array",
                        "items": ref("Schedule"),
                        "description": "Hours of the whole service; a location's own hours are with it.",
                    },
                    "service_areas": {"type": "array", "items": ref("ServiceArea")},
                    "service_at_locations": {
                        "type": "array",
                        "items": ref("ServiceAtLocationInService"),
                        "description": "Public locations only: a confidential one is left out.",
                    },
                    "languages": {"type": "array", "items": ref("Language")},
                    "attributes": {"type": "array", "items": ref("Attribute")},
                    "x_waymark": ref("ServiceExtension"),
                }
            ),
        ]
    },
    "ServiceExtension": {
        "type": "object",
        "description": "Waymark's fields with no Open Referral home.",
        "properties": {
            "closed_days": {
                "type": "array",
                "items": _object({"id": UUID, "date": {"type": "string", "format": "date"}, "note": TEXT}),
            },
            "contact_routes": {
                "type": "array",
                "description": "Ways to make contact that have no phone number: live chat, email, web form, "
                "callback request, BSL video relay, app. Routes with a number are in phones.",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": UUID,
                        "kind": {
                            "type": "string",
                            "enum": ["chat", "email", "web-form", "callback", "bsl-video", "app"],
                        },
                        "address": TEXT,
                        "email": TEXT,
                        "hours": TEXT,
                    },
                    "required": ["id", "kind"],
                },
            },
        },
    },
    "Phone": _object(
        {
            "id": UUID,
            "service_id": UUID,
            "number": NON_EMPTY,
            "type": {"type": "string", "enum": ["voice", "text", "textphone"]},
            "x_waymark": {
                "type": "object",
                "description": "kind (call, text, whatsapp, textphone), label, free, "
                "may_appear_on_bills_note, open_24_7, weekly_hours, same_hours_as_service.",
            },
        },
        {"description": TEXT},
    ),
    "Schedule": _object(
        {
            "id": UUID,
            "service_id": UUID,
            "freq": {"type": "string", "enum": ["WEEKLY"]},
            "byday": {"type": "string", "enum": params.DAYS},
            "opens_at": CLOCK_TIME,
            "closes_at": {**CLOCK_TIME, "description": "HH:MM:SS, UK time; at or before opens_at, the next day."},
        },
        {"service_at_location_id": UUID},
    ),
    "ServiceArea": _object(
        {"id": UUID, "service_id": UUID, "name": TEXT, "x_waymark": {"type": "object"}}, {"service_area": TEXT}
    ),
    "Language": _object({"id": UUID, "service_id": UUID, "name": TEXT, "code": TEXT}),
    "Attribute": _object(
        {
            "id": UUID,
            "link_id": UUID,
            "link_type": {"type": "string", "enum": ["service"]},
            "taxonomy_term_id": UUID,
            "taxonomy_term": ref("TaxonomyTerm"),
        }
    ),
    "Location": _object(
        {"id": UUID, "location_type": {"type": "string", "enum": ["physical"]}},
        {
            "name": TEXT,
            "latitude": {"type": "number", "minimum": -90, "maximum": 90},
            "longitude": {"type": "number", "minimum": -180, "maximum": 180},
            "addresses": {"type": "array", "items": ref("Address")},
        },
    ),
    "Address": _object(
        {
            "id": UUID,
            "location_id": UUID,
            "address_1": TEXT,
            "address_2": TEXT,
            "city": TEXT,
            "state_province": TEXT,
            "postal_code": TEXT,
            "country": {"type": "string", "enum": ["GB"]},
            "address_type": {"type": "string", "enum": ["physical"]},
        }
    ),
    "ServiceAtLocationInService": _object(
        {"id": UUID, "service_id": UUID, "location_id": UUID, "location": ref("Location")},
        {"schedules": {"type": "array", "items": ref("Schedule")}},
    ),
    "ServiceAtLocationSummary": _object(
        {
            "id": UUID,
            "service_id": UUID,
            "location_id": UUID,
            "location": ref("Location"),
            "service": ref("ServiceSummary"),
        }
    ),
    "ServiceAtLocation": _object(
        {"id": UUID, "service_id": UUID, "location_id": UUID, "location": ref("Location"), "service": ref("Service")}
    ),
    "Taxonomy": _object(
        {"id": UUID, "name": NON_EMPTY, "description": TEXT},
        {"taxonomy_terms": {"type": "array", "items": ref("TaxonomyTerm")}},
    ),
    "TaxonomyTerm": _object(
        {"id": UUID, "name": NON_EMPTY, "description": TEXT, "taxonomy": TEXT, "taxonomy_id": UUID},
        {"parent_id": UUID, "term": TEXT},
    ),
}


def _parameter(name, description, schema):
    # No empty values: params.check_values refuses them, so every schema
    # here needs at least one character.
    if schema.get("type", "string") == "string":
        schema = {"type": "string", "minLength": 1, **schema}
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def _parameters(**described):
    """The query parameters by name, each given its description and schema."""
    return {name: _parameter(name, description, schema) for name, (description, schema) in described.items()}


def _existing_id(what):
    # params checks that an id names something, which the schema can't say.
    return f"Only {what}, which must exist.", {"pattern": params.UUID_PATTERN}


def _integer(low, high):
    return {"type": "integer", "minimum": low, "maximum": high}


PARAMETERS = _parameters(
    page=("Page number, from 1.", _integer(1, params.MAX_PAGE)),
    per_page=(
        f"Results per page, 1 to {params.MAX_PER_PAGE} (default {params.DEFAULT_PER_PAGE}).",
        _integer(1, params.MAX_PER_PAGE),
    ),
    search=(
        f"Free text, at most {params.MAX_SEARCH_LENGTH} characters. Abbreviations "
        "such as DV, IDVA and FGM match their full names.",
        {"maxLength": params.MAX_SEARCH_LENGTH},
    ),
    taxonomy_term_id=_existing_id("services with this taxonomy term"),
    taxonomy_id=_existing_id("services (or terms) with a term from this taxonomy"),
    organization_id=_existing_id("services of this organization"),
    modified_after=(
        "Only services changed on or after this ISO 8601 date (its first moment) or "
        "date-time (UTC if no offset), between 0001-01-01 and 9999-12-31 in UTC.",
        {"pattern": params.MOMENT_PATTERN},
    ),
    minimum_age=(
        "Only services that take people of this age, in whole years: a service with no "
        "minimum age or one at or below it, and no maximum age or one at or above it. With "
        "maximum_age, services that take everyone from one age to the other.",
        _integer(0, params.MAX_AGE),
    ),
    maximum_age=(
        "Only services that take people of this age, in whole years, as minimum_age does; "
        "it must not be below minimum_age.",
        _integer(0, params.MAX_AGE),
    ),
    day=(
        "Only services open on this day: open 24/7, or with published opening hours on it "
        "(including the early hours of a period that started the night before).",
        {"enum": params.DAYS},
    ),
    start_time=(
        "Only services open at this UK time (HH:MM or HH:MM:SS), on `day` if given, else on "
        "any day. With end_time, open from start_time until end_time without a break in "
        "one opening period.",
        {"pattern": params.TIME_PATTERN},
    ),
    end_time=(
        "Only services still open until this UK time (HH:MM or HH:MM:SS), on `day` if given; "
        "it must be after start_time.",
        {"pattern": params.TIME_PATTERN},
    ),
    minimal=(
        "true: only id and last_modified, all in one page unless page or per_page is given. Not with full.",
        {"type": "boolean"},
    ),
    full=("true: fully nested services in the list. Not with minimal.", {"type": "boolean"}),
    full_service=("true: organizations with their services fully nested.", {"type": "boolean"}),
    postcode=(
        "A UK postcode or outward code (CV1 2AB or CV1) in a district the "
        "directory knows. Results are within proximity of the centre of its "
        "district, nearest first.",
        {},
    ),
    proximity=(
        f"Distance in metres from the postcode, 1 to {params.MAX_PROXIMITY_METRES} (default "
        f"{params.DEFAULT_PROXIMITY_METRES}, ten miles). Needs postcode.",
        _integer(1, params.MAX_PROXIMITY_METRES),
    ),
)

BOOLEAN_NOTE = "Booleans are true or false (1, 0, yes and no also do)."
BAD_REQUEST = (
    "A parameter is unknown, given twice, empty or out of its range, or breaks a rule the schema can't "
    "state: ids that must exist, minimal with full, maximum_age below minimum_age, end_time not after "
    "start_time, proximity without postcode, a postcode whose district is unknown. `parameter` names it."
)


def _json(schema, description):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(responses):
    return {
        **responses,
        "429": _json(ref("Error"), "Too many requests from this client; see the Retry-After header."),
        "500": _json(ref("Error"), "Something went wrong on the server."),
    }


def _page_of(*item_schemas):
    items = ref(item_schemas[0]) if len(item_schemas) == 1 else {"anyOf": [ref(name) for name in item_schemas]}
    return {"allOf": [ref("Page"), {"type": "object", "properties": {"contents": {"type": "array", "items": items}}}]}


def _list(name, summary, item_schemas, parameters):
    """The list operation `name`; each item's id leads to the one at
    /name/{id} (the link lets tools follow it)."""
    page = _json(_page_of(*item_schemas), "A page of results.")
    page["links"] = {
        "item": {
            "operationId": f"get_{name}_item",
            "parameters": {"id": "$response.body#/contents/0/id"},
            "description": "Any item's id leads to it in full.",
        }
    }
    return {
        "get": {
            "operationId": f"list_{name}",
            "summary": summary,
            "description": BOOLEAN_NOTE,
            "parameters": [PARAMETERS[parameter] for parameter in parameters],
            "responses": _errors({"200": page, "400": _json(ref("Error"), BAD_REQUEST)}),
        }
    }


def _one(name, summary, schema, what):
    return {
        "get": {
            "operationId": f"get_{name}_item",
            "summary": summary,
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": params.UUID_PATTERN},
                }
            ],
            "responses": _errors(
                {
                    "200": _json(ref(schema), f"The {what}."),
                    "400": _json(ref("Error"), "The id is not a UUID."),
                    "404": _json(ref("Error"), f"No {what} has this id."),
                }
            ),
        }
    }


def description(server_url):
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Waymark directory: Open Referral UK API",
            "version": "3.0",
            "description": (
                "Read-only, open to all, no key, no cookies. Services are those published in the directory. "
                "Confidential addresses (refuges, safe houses) never appear: such a location is left out "
                "entirely, with its hours. Waymark fields without an Open Referral home are in `x_waymark` "
                "objects. Each client may make a limited number of requests a minute; past that, 429 with "
                "Retry-After. Every parameter is optional, and none may be empty: leave it out instead."
            ),
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": {
            "/": {
                "get": {
                    "operationId": "about",
                    "summary": "The HSDS version and profile of this API, and where this description is.",
                    "responses": _errors(
                        {
                            "200": _json(
                                _object({"version": TEXT, "profile": URI, "openapi_url": URI}), "About this API."
                            ),
                            "400": _json(ref("Error"), "This address takes no parameters."),
                        }
                    ),
                }
            },
            "/services": _list(
                "services",
                "Services, by name.",
                ["ServiceSummary", "ServiceMinimal", "Service"],
                ["page", "per_page", "minimal", "full", *SERVICE_FILTERS],
            ),
            "/services/{id}": _one("services", "A fully nested service.", "Service", "service"),
            "/taxonomies": _list("taxonomies", "Taxonomies.", ["Taxonomy"], ["page", "per_page"]),
            "/taxonomies/{id}": _one("taxonomies", "A taxonomy with its terms.", "Taxonomy", "taxonomy"),
            "/taxonomy_terms": _list(
                "taxonomy_terms", "Taxonomy terms.", ["TaxonomyTerm"], ["page", "per_page", "taxonomy_id"]
            ),
            "/taxonomy_terms/{id}": _one("taxonomy_terms", "A taxonomy term.", "TaxonomyTerm", "taxonomy term"),
            "/organizations": _list(
                "organizations",
                "Organizations, by name.",
                ["Organization", "OrganizationFull"],
                ["page", "per_page", "search", "full_service"],
            ),
            "/organizations/{id}": _one(
                "organizations", "An organization with its services.", "OrganizationFull", "organization"
            ),
            "/service_at_locations": _list(
                "service_at_locations",
                "Services at their public locations, by service name or, with a postcode, by distance.",
                ["ServiceAtLocationSummary"],
                ["page", "per_page", "postcode", "proximity", *SERVICE_FILTERS],
            ),
            "/service_at_locations/{id}": _one(
                "service_at_locations",
                "A service at a location, fully nested.",
                "ServiceAtLocation",
                "service at location",
            ),
        },
        "components": {"schemas": SCHEMAS},
    }
