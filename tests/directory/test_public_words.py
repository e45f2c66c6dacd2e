"""No research note reaches the public. The national services file keeps
its provenance ("as of May 2020", "older page, undated") in note fields;
none of it may show on a public page, a signposting sheet or in the API."""

import re

import pytest

from directory.models import Service
from tests.shared_data import shared_file

from .test_openreferral_api import every_item

# Words that only research notes use. "check before" would also catch a
# status such as "check before calling", which the cards do not say.
NOTE_WORDS = ("undated", "as of", "not confirmed", "likely out of date", "check before")
SHEET_SIZE = 20  # sheet.MAX_SERVICES


def found_words(text):
    text = " ".join(re.sub(r"<[^>]+>", " ", text).split()).lower()
    return [word for word in NOTE_WORDS if word in text]


def test_no_research_note_on_any_public_page_sheet_or_api_response(demo_site, client):
    shared_file("national-services.json")  # the demo reads the real national services from it
    services = list(Service.objects.public().order_by("pk").values_list("uuid", flat=True))
    assert Service.objects.public().filter(service_areas__kind="national").count() > 20
    pages = {
        "home": client.get("/"),
        "directory": client.get("/directory/"),
        "search near CV1": client.post("/directory/", {"where": "CV1"}),
        "search for abuse": client.post("/directory/", {"q": "abuse"}),
    }
    for uuid in services:
        pages[f"service {uuid}"] = client.get(f"/directory/service/{uuid}/")
    for start in range(0, len(services), SHEET_SIZE):
        ids = ",".join(str(uuid) for uuid in services[start : start + SHEET_SIZE])
        pages[f"sheet from {start}"] = client.get("/directory/sheet/", {"s": ids})
        pages[f"plain sheet from {start}"] = client.get("/directory/sheet/", {"s": ids, "plain": "1"})
    found = {}
    for name, response in pages.items():
        assert response.status_code == 200, name
        if words := found_words(response.content.decode()):
            found[name] = words
    api = {
        "services": every_item(client, "services", full="true"),
        "organizations": every_item(client, "organizations"),
        "service_at_locations": every_item(client, "service_at_locations"),
    }
    for endpoint, items in api.items():
        if words := found_words(str(items)):
            found[f"API {endpoint}"] = words
    assert found == {}


@pytest.mark.parametrize("text", ["Hours (as of May 2020)", "older page, UNDATED", "Nations not confirmed."])
def test_the_check_finds_note_words(text):
    assert found_words(f"<p>{text}</p>")
