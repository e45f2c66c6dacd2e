"""The Open Referral UK validator's rules, checked over HTTP against a live
server as the validator checks a published feed: every endpoint the
profile's API reference requires exists; lists answer with every Page field;
first, middle and last pages agree with each other; and every id a list
gives resolves on its /{id} endpoint.

Schema validity of each answer, CORS and errors are in
test_openreferral_api.py; this file adds what needs several requests."""

import json
import urllib.parse
import urllib.request

import pytest

from ..shared_data import shared_file
from .factories import ServiceFactory, place

# A live server needs a transactional test, which empties the database after
# it (tests/conftest.py writes the migrations' data again before each).
pytestmark = pytest.mark.django_db(transaction=True)

API = "/api/openreferral/v3/"
PAGE_FIELDS = {
    "total_items": int,
    "total_pages": int,
    "page_number": int,
    "size": int,
    "first_page": bool,
    "last_page": bool,
    "empty": bool,
    "contents": list,
}
LISTS = ["services", "taxonomies", "taxonomy_terms", "organizations", "service_at_locations"]


def fetch(server, path, **query):
    url = server.url + API + path + ("?" + urllib.parse.urlencode(query) if query else "")
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200, url
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        return json.loads(response.read())


@pytest.fixture
def feed(directory, live_server):
    """The `directory` fixture (a refuge at a confidential address among
    them) and enough services for several pages of two."""
    for n in range(5):
        place(ServiceFactory(name=f"Example Paged Service {n}"), "52.41", "-1.51")
    return live_server


def required_paths():
    """The paths the profile's API reference lists, from the reference copy."""
    reference = json.loads(shared_file("openreferral-uk", "schema", "openapi.json").read_text())
    return sorted(reference["paths"])


def test_every_required_endpoint_exists_and_answers(feed):
    described = fetch(feed, "openapi.json")["paths"]
    for path in required_paths():
        assert path in described, path
        if "{id}" in path:
            listed = fetch(feed, path.strip("/").replace("/{id}", ""))["contents"]
            path = path.replace("{id}", listed[0]["id"])
        answer = fetch(feed, path.strip("/"))
        assert isinstance(answer, dict) and answer, path


def assert_page(page, number, per_page):
    for field, kind in PAGE_FIELDS.items():
        assert type(page[field]) is kind, (field, page)
    assert page["page_number"] == number
    assert page["size"] == len(page["contents"]) <= per_page
    assert page["first_page"] == (number == 1)
    assert page["last_page"] == (number >= page["total_pages"])
    assert page["empty"] == (page["total_items"] == 0)


@pytest.mark.parametrize("endpoint", LISTS)
def test_first_middle_and_last_pages_agree(feed, endpoint):
    per_page = fetch(feed, endpoint)["total_items"] // 3  # at least three pages, so one in the middle
    first = fetch(feed, endpoint, per_page=per_page)
    total, pages = first["total_items"], first["total_pages"]
    assert pages == -(-total // per_page) >= 3
    seen = []
    for number in range(1, pages + 1):
        page = fetch(feed, endpoint, page=number, per_page=per_page)
        assert_page(page, number, per_page)
        assert (page["total_items"], page["total_pages"]) == (total, pages)
        assert page["size"] == (per_page if number < pages else total - per_page * (pages - 1))
        seen += [item["id"] for item in page["contents"]]
    assert len(seen) == len(set(seen)) == total  # every item once, none twice
    beyond = fetch(feed, endpoint, page=pages + 1, per_page=per_page)
    assert_page(beyond, pages + 1, per_page)
    assert beyond["contents"] == [] and beyond["last_page"] and not beyond["empty"]


@pytest.mark.parametrize("endpoint", LISTS)
def test_every_listed_id_resolves_to_the_same_record(feed, endpoint):
    listed = fetch(feed, endpoint, per_page=200)
    assert listed["last_page"] and listed["contents"]
    for item in listed["contents"]:
        one = fetch(feed, f"{endpoint}/{item['id']}")
        assert one["id"] == item["id"]
        assert one.get("name", "") == item.get("name", "")


def test_minimal_ids_resolve_too(feed):
    listed = fetch(feed, "services", minimal="true")
    assert listed["total_pages"] == 1 and listed["size"] == listed["total_items"]
    for item in listed["contents"]:
        assert fetch(feed, f"services/{item['id']}")["last_modified"] == item["last_modified"]


def test_an_empty_result_is_one_empty_first_and_last_page(feed):
    page = fetch(feed, "services", search="zzzzqqqq")
    assert_page(page, 1, 50)
    assert page["empty"] and page["total_items"] == 0 and page["total_pages"] == 1 and page["contents"] == []
