"""The OpenAPI description of what this API implements, served at
/api/openreferral/v3/openapi.json. Response bodies refer to the Open
Referral UK profile's published schemas."""

from .errors import ERROR_CODES

SCHEMAS = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"
PAGE = {
    "type": "object",
    "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
    "properties": {
        "total_items": {"type": "integer"},
        "total_pages": {"type": "integer"},
        "page_number": {"type": "integer"},
        "size": {"type": "integer"},
        "first_page": {"type": "boolean"},
        "last_page": {"type": "boolean"},
        "empty": {"type": "boolean"},
    },
}
ERROR = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {
        "error": {"type": "string", "enum": list(ERROR_CODES.values())},
        "message": {"type": "string", "description": "What was wrong, in plain English."},
        "parameter": {"type": "string", "description": "The query parameter at fault, if one was."},
    },
}


def _parameter(name, description, kind="string", **schema):
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": {"type": kind, **schema}}


PARAMETERS = {
    "page": _parameter("page", "Page number, from 1.", "integer", minimum=1),
    "per_page": _parameter("per_page", "Results per page, 1 to 200 (default 50).", "integer", minimum=1, maximum=200),
    "search": _parameter("search", "Free text, at most 200 characters. Abbreviations such as DV, IDVA and "
                                   "FGM match their full names.", maxLength=200),
    "taxonomy_term_id": _parameter("taxonomy_term_id", "Only services with this taxonomy term.", format="uuid"),
    "taxonomy_id": _parameter("taxonomy_id", "Only services with a term from this taxonomy.", format="uuid"),
    "organization_id": _parameter("organization_id", "Only services of this organization.", format="uuid"),
    "modified_after": _parameter("modified_after", "Only services changed on or after this ISO 8601 date or "
                                                   "date-time (UTC if no offset).", format="date-time"),
    "minimal": _parameter("minimal", "Only id and last_modified, all in one page unless page or per_page "
                                     "is given.", "boolean"),
    "full": _parameter("full", "Fully nested services in the list.", "boolean"),
    "full_service": _parameter("full_service", "Organizations with their services fully nested.", "boolean"),
    "postcode": _parameter("postcode", "A UK postcode or outward code (CV1 2AB or CV1). Results are within "
                                       "proximity of the centre of its postcode district, nearest first."),
    "proximity": _parameter("proximity", "Distance in metres from the postcode, 1 to 200000 (default 16093, "
                                         "ten miles).", "integer", minimum=1, maximum=200000),
}
SERVICE_FILTERS = ["search", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after"]


def _json(schema, description):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _page_of(schema):
    return {"allOf": [PAGE, {"properties": {"contents": {"type": "array", "items": {"$ref": SCHEMAS + schema}}}}]}


def _list(summary, item_schema, parameters):
    return {"get": {
        "summary": summary,
        "parameters": [PARAMETERS[name] for name in parameters],
        "responses": {
            "200": _json(_page_of(item_schema), "A page of results."),
            "400": _json(ERROR, "A parameter is unknown or has a bad value."),
            "429": _json(ERROR, "Too many requests from this client; see the Retry-After header."),
            "500": _json(ERROR, "Something went wrong on the server."),
        },
    }}


def _one(summary, schema, what):
    return {"get": {
        "summary": summary,
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}],
        "responses": {
            "200": _json({"$ref": SCHEMAS + schema}, f"The {what}."),
            "404": _json(ERROR, f"No {what} has this id."),
            "429": _json(ERROR, "Too many requests from this client; see the Retry-After header."),
            "500": _json(ERROR, "Something went wrong on the server."),
        },
    }}


def description(server_url):
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Waymark directory: Open Referral UK API",
            "version": "3.0",
            "description": (
                "Read-only, open to all, no key, no cookies. Services are those published in the directory. "
                "Confidential addresses (refuges, safe houses) never appear: such a location is left out "
                "entirely. Waymark fields without an Open Referral home are in `x_waymark` objects. Each "
                "client may make a limited number of requests a minute; past that, 429 with Retry-After."
            ),
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": {
            "/": {"get": {
                "summary": "The HSDS version and profile of this API, and where this description is.",
                "responses": {"200": _json({"type": "object", "properties": {
                    "version": {"type": "string"},
                    "profile": {"type": "string", "format": "uri"},
                    "openapi_url": {"type": "string", "format": "uri"},
                }}, "About this API.")},
            }},
            "/services": _list("Services, by name.", "compiled/service_list.json",
                               ["page", "per_page", "minimal", "full", *SERVICE_FILTERS]),
            "/services/{id}": _one("A fully nested service.", "compiled/service.json", "service"),
            "/taxonomies": _list("Taxonomies.", "taxonomy.json", ["page", "per_page"]),
            "/taxonomies/{id}": _one("A taxonomy with its terms.", "taxonomy.json", "taxonomy"),
            "/taxonomy_terms": _list("Taxonomy terms.", "taxonomy_term.json", ["page", "per_page", "taxonomy_id"]),
            "/taxonomy_terms/{id}": _one("A taxonomy term.", "taxonomy_term.json", "taxonomy term"),
            "/organizations": _list("Organizations, by name.", "compiled/organization_list.json",
                                    ["page", "per_page", "search", "full_service"]),
            "/organizations/{id}": _one("An organization with its services.", "compiled/organization.json",
                                        "organization"),
            "/service_at_locations": _list(
                "Services at their public locations, by service name or, with a postcode, by distance.",
                "compiled/service_at_location_list.json",
                ["page", "per_page", "postcode", "proximity", *SERVICE_FILTERS],
            ),
            "/service_at_locations/{id}": _one("A service at a location, fully nested.",
                                               "compiled/service_at_location.json", "service at location"),
        },
    }
