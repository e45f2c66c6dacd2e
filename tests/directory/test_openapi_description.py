"""The API's openapi.json against what the API answers (issue 14, finding 9):
self-contained, 400s documented where they happen, the page limits stated,
every answer valid against the schema the description gives for it, and
the web and email addresses in answers valid as the formats say."""

import json
import uuid

import jsonschema_rs
import pytest
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory.api import params

from .factories import OrganisationFactory, ServiceFactory

API = "/api/openreferral/v3/"


def get_json(client, path, **query):
    response = client.get(API + path, query)
    return response.status_code, json.loads(response.content)


@pytest.fixture
def spec(db, client):
    return get_json(client, "openapi.json")[1]


def refs(node):
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def test_the_description_is_self_contained(spec):
    found = list(refs(spec))
    assert found, "the schemas are shared through references"
    assert all(ref.startswith("#/components/") for ref in found), [r for r in found if not r.startswith("#/")]
    for ref in found:  # and each one resolves
        node = spec
        for part in ref[2:].split("/"):
            node = node[part]


def test_every_operation_with_an_id_documents_its_400(spec, client):
    for path, operations in spec["paths"].items():
        if "{id}" in path:
            assert "400" in operations["get"]["responses"], path
            status, body = get_json(client, path.strip("/").replace("{id}", "not-a-uuid"))
            assert status == 400 and body["parameter"] == "id"


def parameter(spec, path, name):
    return next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name)["schema"]


def test_the_page_limits_are_documented_and_kept(spec, client):
    assert parameter(spec, "/services", "per_page")["maximum"] == 200
    assert parameter(spec, "/services", "page")["maximum"] == params.MAX_PAGE
    assert get_json(client, "taxonomies", page=str(params.MAX_PAGE))[0] == 200
    assert get_json(client, "taxonomies", page=str(params.MAX_PAGE + 1))[0] == 400
    assert get_json(client, "taxonomies", per_page="201")[0] == 400


def test_no_documented_parameter_may_be_empty(spec):
    for path, operations in spec["paths"].items():
        for described in [p for p in operations["get"].get("parameters", []) if p["in"] == "query"]:
            schema = described["schema"]
            assert schema["type"] in ("integer", "boolean") or schema.get("minLength") == 1, (path, described)


def response_validator(spec, path):
    """The description's schema for a 200 from `path`, formats checked."""
    schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return jsonschema_rs.Draft4Validator({**schema, "components": spec["components"]}, validate_formats=True)


def assert_described(spec, path, body):
    validator = response_validator(spec, path)
    errors = [f"{list(error.instance_path)}: {error.message}" for error in validator.iter_errors(body)]
    assert not errors, (path, errors[:5])


@pytest.mark.parametrize("query", [{}, {"minimal": "true"}, {"full": "true"}, {"minimal": "true", "per_page": "2"}])
def test_every_kind_of_services_list_is_as_described(directory, spec, client, query):
    status, body = get_json(client, "services", **query)
    assert status == 200 and body["contents"]
    assert_described(spec, "/services", body)


def test_every_answer_is_as_described(directory, spec, client):
    ServiceFactory(
        name="Example International Address",
        url="http://例え.テスト/café?q=a|b",
        email="hi@例え.テスト",
        organisation=OrganisationFactory(website="https://example.org/{x}"),
    )
    for path in spec["paths"]:
        if "{id}" in path:
            continue
        status, body = get_json(client, path.strip("/"))
        assert status == 200
        assert_described(spec, path, body)
        for item in body.get("contents", []):
            item_path = path + "/{id}"
            status, one = get_json(client, item_path.strip("/").replace("{id}", item["id"]))
            assert status == 200
            assert_described(spec, item_path, one)
    status, organisations = get_json(client, "organizations", full_service="true")
    assert_described(spec, "/organizations", organisations)


URI = jsonschema_rs.Draft4Validator({"type": "string", "format": "uri"}, validate_formats=True)


def test_an_international_address_is_published_as_a_uri(directory, client):
    service = ServiceFactory(
        name="Example International Address", url="http://例え.テスト/café?q=a|b", email="hi@例え.テスト"
    )
    status, body = get_json(client, f"services/{service.uuid}")
    assert body["url"] == "http://xn--r8jz45g.xn--zckzah/caf%C3%A9?q=a%7Cb"
    assert body["email"] == "hi@xn--r8jz45g.xn--zckzah"
    from directory.api.serialisers import as_uri

    assert as_uri("https://example.org/a%20b?x=1#top") == "https://example.org/a%20b?x=1#top"  # a URI stays as it was


PIECES = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zs", "Zl", "Zp"]), max_size=12)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(host=PIECES, path=PIECES, query=PIECES, fragment=PIECES, port=st.sampled_from(["", ":8080"]))
def test_any_address_django_accepts_is_published_as_a_valid_uri(host, path, query, fragment, port):
    address = f"https://{host}.example{port}/{path}?{query}#{fragment}"
    from directory.api.serialisers import as_uri

    try:
        URLValidator()(address)
    except ValidationError:
        return
    assert URI.is_valid(as_uri(address)), (address, as_uri(address))


def test_unknown_ids_are_valid_uuids_in_the_description(spec):
    # Ids in paths are described by the pattern the API checks.
    schema = spec["paths"]["/services/{id}"]["get"]["parameters"][0]["schema"]
    assert schema["pattern"] == params.UUID_PATTERN
    assert jsonschema_rs.Draft4Validator(schema).is_valid(str(uuid.uuid4()))
    assert not jsonschema_rs.Draft4Validator(schema).is_valid(uuid.uuid4().hex)
