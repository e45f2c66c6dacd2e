"""The Open Referral UK API: every endpoint's output validates against the
profile's JSON schemas (from ../shared/data/openreferral-uk/schema), on edge
cases (and on the demo directory, in tests/demo); bad parameters get clear 400s; confidential
addresses never appear; the API is open (CORS, no key, no cookies)."""

import datetime
import json
import urllib.error
import urllib.request
import uuid

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from directory.api import views
from directory.api.throttle import Throttle
from directory.models import Organisation, Service, Taxonomy, TaxonomyTerm

from ..shared_data import shared_file
from .conftest import SECRET_ADDRESS, SECRET_LATITUDE
from .factories import ContactRouteFactory, ServiceFactory, place

API = "/api/openreferral/v3/"
# Endpoint -> (list item schema, detail schema), as the profile's openapi.json names them.
SCHEMAS = {
    "services": ("compiled/service_list.json", "compiled/service.json"),
    "taxonomies": ("taxonomy.json", "taxonomy.json"),
    "taxonomy_terms": ("taxonomy_term.json", "taxonomy_term.json"),
    "organizations": ("compiled/organization_list.json", "compiled/organization.json"),
    "service_at_locations": ("compiled/service_at_location_list.json", "compiled/service_at_location.json"),
}


def load_schema(name):
    return json.loads(shared_file("openreferral-uk", "schema", *name.split("/")).read_text())


# Schemas refer to each other by file name ("taxonomy_term.json").
REGISTRY = Registry(retrieve=lambda name: Resource.from_contents(load_schema(name), default_specification=DRAFT202012))


def validator(name):
    return Draft202012Validator(
        load_schema(name), registry=REGISTRY, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def page_validator():
    openapi = json.loads(shared_file("openreferral-uk", "schema", "openapi.json").read_text())
    page = dict(openapi["components"]["schemas"]["Page"])
    page["required"] = list(page["properties"])
    return Draft202012Validator(page)


def get(client, path, **query):
    response = client.get(API + path, query)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert not response.cookies
    assert response["Content-Type"] == "application/json"
    return response, json.loads(response.content)


def assert_valid(validator_, data):
    errors = sorted(validator_.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def every_item(client, endpoint, **query):
    """Walk every page of a list endpoint, checking each Page object."""
    items, page = [], 1
    while True:
        response, data = get(client, endpoint, page=page, per_page=200, **query)
        assert response.status_code == 200
        assert_valid(page_validator(), data)
        assert data["size"] == len(data["contents"]) and data["page_number"] == page
        items += data["contents"]
        if data["last_page"]:
            assert data["total_items"] == len(items)
            return items
        page += 1


def check_every_endpoint(client):
    """Validate every list and every record; return all response text."""
    seen = []
    for endpoint, (item_schema, detail_schema) in SCHEMAS.items():
        items = every_item(client, endpoint)
        assert items, endpoint
        item_validator, detail_validator = validator(item_schema), validator(detail_schema)
        for item in items:
            assert_valid(item_validator, item)
            uuid.UUID(item["id"])
            response, detail = get(client, f"{endpoint}/{item['id']}")
            assert response.status_code == 200
            assert_valid(detail_validator, detail)
            seen.append(response.content.decode())
        seen.append(json.dumps(items))
    full = every_item(client, "services", full="true")
    service_validator = validator("compiled/service.json")
    for item in full:
        assert_valid(service_validator, item)
    return "\n".join(seen) + json.dumps(full)


@pytest.fixture
def edge_cases(directory):
    """Beyond the `directory` fixture's refuge (confidential location) and
    national helpline (no location): a service in Welsh and Urdu text."""
    non_ascii = ServiceFactory(
        name="Gwasanaeth Enghreifftiol — مثال",
        summary="Cymorth i bawb • مدد",
        description="Ffôn: 01632 960555 ✓",
        languages=["cy", "ur"],
    )
    ContactRouteFactory(service=non_ascii, number="01632 960555")
    place(non_ascii, "52.412000", "-1.511000")
    return {**directory, "non_ascii": non_ascii}


def test_every_endpoint_validates_on_edge_cases_and_never_shows_a_confidential_address(edge_cases, client):
    text = check_every_endpoint(client)
    assert SECRET_ADDRESS not in text and SECRET_LATITUDE not in text and "CV1 9ZZ" not in text
    hidden = edge_cases["hidden"]
    _, refuge = get(client, f"services/{hidden.uuid}")
    assert refuge["service_at_locations"] == []  # left out entirely, not shown empty
    assert refuge["service_areas"][0]["x_waymark"]["postcode_districts"] == ["CV6"]
    confidential_link = hidden.service_at_locations.get()
    response, _ = get(client, f"service_at_locations/{confidential_link.uuid}")
    assert response.status_code == 404

    _, helpline = get(client, f"services/{edge_cases['helpline'].uuid}")
    assert helpline["service_at_locations"] == []
    assert helpline["service_areas"][0]["x_waymark"] == {
        "kind": "national",
        "nations": ["england", "wales"],
        "local_authority": "",
        "postcode_districts": [],
        "description": "",
    }

    _, welsh = get(client, f"services/{edge_cases['non_ascii'].uuid}")
    assert welsh["name"] == "Gwasanaeth Enghreifftiol — مثال"
    assert [language["code"] for language in welsh["languages"]] == ["cy", "ur"]
    assert "مثال" in get(client, f"services/{edge_cases['non_ascii'].uuid}")[0].content.decode()


def test_drafts_are_not_published(directory, client):
    services = every_item(client, "services")
    assert "Example Draft Service" not in {service["name"] for service in services}
    response, body = get(client, f"services/{directory['draft'].uuid}")
    assert response.status_code == 404 and body["error"] == "not_found"


def test_meta_and_openapi_describe_what_is_implemented(db, client):
    _, meta = get(client, "")
    assert meta["version"] == "3.0"
    assert meta["openapi_url"] == "http://testserver/api/openreferral/v3/openapi.json"
    _, spec = get(client, "openapi.json")
    assert set(spec["paths"]) == {
        "/",
        "/services",
        "/services/{id}",
        "/taxonomies",
        "/taxonomies/{id}",
        "/taxonomy_terms",
        "/taxonomy_terms/{id}",
        "/organizations",
        "/organizations/{id}",
        "/service_at_locations",
        "/service_at_locations/{id}",
    }
    for path, operations in spec["paths"].items():
        documented = {parameter["name"] for parameter in operations["get"].get("parameters", [])} - {"id"}
        for name in documented:
            # Known (not "unknown parameter"), and an empty value is refused, as the description says.
            response, body = get(client, path.strip("/").replace("{id}", str(uuid.uuid4())), **{name: ""})
            assert response.status_code == 400 and body["parameter"] == name, (path, name, body)
            assert body["message"] == f"{name} is empty: give it a value, or leave it out."


@pytest.mark.parametrize(
    "path, query, parameter",
    [
        ("services", {"page": "-1"}, "page"),
        ("services", {"page": "0"}, "page"),
        ("services", {"page": "two"}, "page"),
        ("services", {"per_page": "10000"}, "per_page"),
        ("taxonomy_terms", {"per_page": "0"}, "per_page"),
        ("services", {"taxonomy_term_id": "not-a-uuid"}, "taxonomy_term_id"),
        ("services", {"taxonomy_term_id": str(uuid.UUID(int=1))}, "taxonomy_term_id"),
        ("services", {"taxonomy_id": str(uuid.UUID(int=2))}, "taxonomy_id"),
        ("taxonomy_terms", {"taxonomy_id": "12345"}, "taxonomy_id"),
        ("services", {"organization_id": str(uuid.UUID(int=3))}, "organization_id"),
        ("services", {"modified_after": "last tuesday"}, "modified_after"),
        # In UTC these fall outside years 1 to 9999, which SQLite's adapter can't hold.
        ("services", {"modified_after": "9999-12-31T23:59:59-12:00"}, "modified_after"),
        ("services", {"modified_after": "0001-01-01T00:00:00+01:00"}, "modified_after"),
        ("service_at_locations", {"modified_after": "9999-12-31T23:00:00-01:00"}, "modified_after"),
        # PostgreSQL refuses text with a NUL byte.
        ("organizations", {"search": "\x00"}, "search"),
        ("services", {"search": "refuge\x00"}, "search"),
        ("service_at_locations", {"postcode": "CV1\x00"}, "postcode"),
        ("services", {"minimal": "maybe"}, "minimal"),
        ("services", {"search": "x" * 201}, "search"),
        ("services", {"colour": "blue"}, "colour"),
        ("service_at_locations", {"postcode": "NOT A POSTCODE"}, "postcode"),
        ("service_at_locations", {"postcode": "CV1", "proximity": "-5"}, "proximity"),
        ("service_at_locations", {"proximity": "1000"}, "postcode"),
        ("services/not-a-uuid", {}, "id"),
    ],
)
def test_bad_parameters_get_a_clear_400(db, client, path, query, parameter):
    response, body = get(client, path, **query)
    assert response.status_code == 400
    assert body["error"] == "bad_request" and body["parameter"] == parameter
    assert parameter.split("_")[0] in body["message"]


def test_unknown_ids_are_404_json(db, client):
    for endpoint in SCHEMAS:
        response, body = get(client, f"{endpoint}/{uuid.uuid4()}")
        assert response.status_code == 404 and body["error"] == "not_found"


def test_only_get_is_allowed(db, client):
    response = client.post(API + "services", {"name": "x"})
    assert response.status_code == 405 and json.loads(response.content)["error"] == "method_not_allowed"
    assert response["Access-Control-Allow-Origin"] == "*"


def ids(data):
    return {item["id"] for item in data["contents"]}


def test_filters(directory, client):
    near, far, hidden = directory["near"], directory["far"], directory["hidden"]
    women = TaxonomyTerm.objects.get(taxonomy__code="audiences", code="women")
    _, data = get(client, "services", taxonomy_term_id=str(women.uuid))
    assert ids(data) == {str(near.uuid), str(far.uuid), str(hidden.uuid)}
    audiences = Taxonomy.objects.get(code="audiences")
    _, data = get(client, "services", taxonomy_id=str(audiences.uuid))
    assert ids(data) == {str(near.uuid), str(far.uuid), str(hidden.uuid)}  # each once, though two terms match
    _, data = get(client, "services", organization_id=str(far.organisation.uuid))
    assert ids(data) == {str(far.uuid)}
    # Synonyms work as on the site: DV finds "domestic abuse".
    _, data = get(client, "services", search="DV")
    assert str(near.uuid) in ids(data) and str(far.uuid) not in ids(data)


def test_a_moment_at_the_ends_of_the_calendar_gets_a_clear_400(db, client):
    response, body = get(client, "services", modified_after="9999-12-31T23:59:59-12:00")
    assert response.status_code == 400
    assert body == {
        "error": "bad_request",
        "message": "modified_after must fall between 0001-01-01 and 9999-12-31 in UTC.",
        "parameter": "modified_after",
    }


def test_a_nul_byte_gets_a_clear_400(db, client):
    response, body = get(client, "organizations", search="\x00")
    assert response.status_code == 400
    assert body == {
        "error": "bad_request",
        "message": "search must not contain a NUL character (%00).",
        "parameter": "search",
    }


OFFSETS = st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    moment=st.one_of(
        st.datetimes(timezones=OFFSETS).map(lambda value: value.isoformat()),
        # The ends of the calendar, where an offset crosses into year 0 or 10000.
        st.builds(
            datetime.datetime.combine,
            st.sampled_from([datetime.date(1, 1, 1), datetime.date(9999, 12, 31)]),
            st.times(),
            OFFSETS,
        ).map(lambda value: value.isoformat()),
        st.dates().map(lambda value: value.isoformat()),
    ),
    endpoint=st.sampled_from(["services", "service_at_locations"]),
)
def test_any_iso_moment_is_answered_or_refused_clearly(db, client, moment, endpoint):
    response, body = get(client, endpoint, modified_after=moment)
    assert response.status_code in (200, 400), moment
    if response.status_code == 400:
        assert body["parameter"] == "modified_after"


def test_modified_after(directory, client):
    Service.objects.filter(pk=directory["near"].pk).update(last_modified=timezone.now() - datetime.timedelta(days=30))
    cutoff = (timezone.now() - datetime.timedelta(days=1)).date().isoformat()
    _, data = get(client, "services", modified_after=cutoff)
    assert str(directory["near"].uuid) not in ids(data) and str(directory["far"].uuid) in ids(data)
    directory["near"].save()
    _, data = get(client, "services", modified_after=cutoff)
    assert str(directory["near"].uuid) in ids(data)


def test_minimal_lists_every_service_in_one_page(directory, client):
    _, data = get(client, "services", minimal="true")
    assert data["total_pages"] == 1 and data["size"] == data["total_items"] == 4
    assert set(data["contents"][0]) == {"id", "last_modified"}


def test_postcode_and_proximity_sort_by_distance(directory, client):
    _, data = get(client, "service_at_locations", postcode="CV1 2AB", proximity="2000")
    assert [item["service"]["name"] for item in data["contents"]] == ["Example Near Advice"]
    _, data = get(client, "service_at_locations", postcode="CV1", proximity="50000")
    assert [item["service"]["name"] for item in data["contents"]] == ["Example Near Advice", "Example Far Counselling"]


def test_queries_do_not_grow_with_the_number_of_services(directory, client, django_assert_max_num_queries):
    def count_for(path):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            client.get(API + path)
        return len(captured)

    before = {
        path: count_for(path)
        for path in ("services?full=true", "services", "service_at_locations", "organizations?full_service=true")
    }
    for n in range(15):
        service = ServiceFactory(name=f"Example Extra {n}", languages=["en"])
        ContactRouteFactory(service=service)
        place(service, "52.41", "-1.51")
    for path, queries in before.items():
        with django_assert_max_num_queries(queries):
            client.get(API + path)


def test_throttle_refuses_a_client_over_the_rate_and_forgets_it_after_the_window():
    now = [1000.0]
    throttle = Throttle(3, 60, clock=lambda: now[0])
    assert [throttle.check("198.51.100.7") for _ in range(3)] == [0, 0, 0]
    assert throttle.check("198.51.100.7") == 60
    assert throttle.check("203.0.113.9") == 0  # other clients are unaffected
    # Nothing that could be read back as an address is kept.
    assert all(isinstance(key, bytes) and b"198.51" not in key for key in throttle._hits)
    now[0] += 61
    assert throttle.check("203.0.113.9") == 0
    assert len(throttle._hits) == 1  # the first client's entry is gone


def test_the_api_answers_429_with_retry_after(db, client, monkeypatch):
    monkeypatch.setattr(views, "_throttle", Throttle(2, 60))
    statuses = [client.get(API + "taxonomies").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    response = client.get(API + "taxonomies")
    assert response["Retry-After"] and json.loads(response.content)["error"] == "too_many_requests"
    assert response["Access-Control-Allow-Origin"] == "*"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    endpoint=st.sampled_from([*SCHEMAS, *(f"{name}/{{}}" for name in SCHEMAS), ""]),
    query=st.dictionaries(
        st.sampled_from(
            [
                "page",
                "per_page",
                "search",
                "taxonomy_term_id",
                "taxonomy_id",
                "organization_id",
                "modified_after",
                "minimal",
                "full",
                "postcode",
                "proximity",
                "full_service",
                "x",
            ]
        ),
        st.text(max_size=40),
        max_size=4,
    ),
    id_text=st.text(max_size=40),
)
def test_random_parameters_never_cause_a_500(directory, client, endpoint, query, id_text):
    path = endpoint.replace("{}", id_text.replace("/", "") or "x")
    response = client.get(API + path, query)
    assert response.status_code in (200, 400, 404)
    assert "error" in json.loads(response.content) or response.status_code == 200


def test_organisations_nest_their_services(directory, client):
    organisation = Organisation.objects.get(pk=directory["near"].organisation_id)
    response, data = get(client, f"organizations/{organisation.uuid}")
    assert [service["name"] for service in data["services"]] == ["Example Near Advice"]
    assert data["services"][0]["phones"][0]["number"] == "01632 960123"


@pytest.mark.parametrize("path", ["services/", "nothing-here", "services/x/y", "taxonomies/"])
def test_unknown_addresses_get_a_json_404(directory, client, path):
    response = client.get(API + path)
    assert response.status_code == 404
    assert json.loads(response.content)["error"] == "not_found"
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.fixture
def server_errors_answered(client):
    """The client as a visitor sees it: an exception becomes the error page
    instead of failing the test."""
    client.raise_request_exception = False
    return client


def test_an_unexpected_exception_is_a_json_500_open_to_any_origin(db, server_errors_answered, monkeypatch, caplog):
    def broken():
        raise RuntimeError("a bug")

    monkeypatch.setattr(views, "live_services", broken)
    response = server_errors_answered.get(API + "services")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert not response.cookies
    assert json.loads(response.content) == {
        "error": "server_error",
        "message": "Something went wrong on our side. Please try again later.",
    }
    # Still reported, as any other server error is.
    assert any(
        record.getMessage() == "Internal Server Error: /api/openreferral/v3/services" for record in caplog.records
    )


def test_a_request_django_refuses_is_a_json_400_open_to_any_origin(db, server_errors_answered):
    # More parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS: Django refuses to read them.
    response = server_errors_answered.get(API + "services?" + "&".join(f"x{n}=1" for n in range(1001)))
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    body = json.loads(response.content)
    assert body["error"] == "bad_request" and "could not be read" in body["message"]


def test_errors_outside_the_api_keep_the_html_pages(db, server_errors_answered, monkeypatch):
    from waymark import views as site_views

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(site_views, "search_pages", broken)
    response = server_errors_answered.post("/search/", {"q": "refuge"})
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html") and b"Something went wrong" in response.content
    assert "Access-Control-Allow-Origin" not in response


# Every address the API answers at, with ids where it takes one.
EVERY_ADDRESS = ["", "openapi.json", *SCHEMAS, *(f"{name}/{uuid.UUID(int=7)}" for name in SCHEMAS), "nothing-here"]


def over_http(method, url):
    """(status, headers, body) from a plain HTTP client, errors included."""
    request = urllib.request.Request(
        url, data=b"name=x", method=method, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as refused:
        with refused:
            return refused.code, refused.headers, refused.read()


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_writes_through_a_real_server_get_a_json_405(live_server, method):
    """Through a real server, as curl -X POST sees it: the test client skips
    the CSRF check that answered these with Django's HTML 403 page."""
    for address in EVERY_ADDRESS:
        status, headers, body = over_http(method, live_server.url + API + address)
        assert status == 405, (address, body[:200])
        assert headers["Content-Type"] == "application/json"
        assert headers["Allow"] == "GET, HEAD, OPTIONS"
        assert headers["Access-Control-Allow-Origin"] == "*"
        assert "Set-Cookie" not in headers
        assert json.loads(body) == {"error": "method_not_allowed", "message": "This API is read-only: use GET."}
