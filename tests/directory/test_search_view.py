"""The public directory search, as a visitor sees it: POST only (GET for a
shared link), filters with counts, synonyms, distance from a postcode or
town, national helplines in their own group, and messages for bad input."""

import html as html_lib
import re
from html import unescape

import pytest
from django.urls import reverse

from directory.search.results import PAGE_SIZE

from .conftest import SECRET_ADDRESS, SECRET_LATITUDE, term
from .factories import ServiceFactory, place

URL = "/directory/"


def text(response):
    html = response.content.decode()
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def names(response, group):
    """Service names in the local or national result list, in order."""
    html = response.content.decode()
    match = re.search(rf"<ol[^>]*data-{group}-results>(.*?)</ol>", html, re.S)
    if not match:
        return []
    found = re.findall(r'class="service-card__name"><(?:a|button) [^>]*>(.*?)</(?:a|button)>', match[1])
    # A name shown in English is in a <span lang="en">, and isolated on
    # right-to-left pages: its words only.
    return [unescape(re.sub(r"<[^>]*>", "", name)) for name in found]


def option_count(response, name, value):
    html = response.content.decode()
    # A language's label marks its own name (<bdi lang>), so the count is
    # the first one before the label closes.
    match = re.search(
        rf'name="{name}" value="{re.escape(value)}"[^>]*>(?:(?!</label>).)*?<span class="count">\((\d+)\)', html, re.S
    )
    assert match, (name, value)
    return int(match[1])


def test_landing_page_lists_national_helplines_and_sets_no_cookie(client, directory):
    response = client.get(URL)
    assert response.status_code == 200
    assert names(response, "national") == ["Example National Helpline"]
    assert names(response, "local") == []
    assert 'class="count"' not in response.content.decode()  # counts come with a search
    assert not response.cookies and "Set-Cookie" not in response
    form = re.search(r"<form[^>]*data-swap[^>]*>", response.content.decode())[0]
    assert 'method="post"' in form
    assert all(
        'autocomplete="off"' in field
        for field in re.findall(r"<input[^>]*type=\"(?:search|text)\"[^>]*>", response.content.decode())
    )


def test_welsh_prefix_serves_the_directory(client, directory):
    assert client.get("/cy/directory/").status_code == 200


def test_filter_labels_are_in_the_visitors_language_or_else_english(client, directory):
    refuge = term("service-types", "accommodation")
    refuge.name_cy = "Llety a diogelwch"
    refuge.save()
    women = term("audiences", "women")
    women.name_cy = ""  # an editor's own term, say, with no Welsh name yet
    women.save()
    welsh = text(client.get("/cy/directory/"))
    assert "Llety a diogelwch" in welsh
    assert "Women" in welsh  # no Welsh name: the English one
    assert "Llety a diogelwch" not in text(client.get("/directory/"))


def test_abbreviation_finds_services_described_in_full(client, directory):
    response = client.post(URL, {"q": "DV"})
    assert set(names(response, "local")) == {"Example Near Advice", "Example Hidden Refuge"}
    assert names(response, "national") == ["Example National Helpline"]
    assert "Example Draft Service" not in text(response)


def test_text_that_matches_nothing_still_shows_national_helplines(client, directory):
    response = client.post(URL, {"q": "xylophone"})
    assert "0 services found" in text(response)
    assert names(response, "national") == ["Example National Helpline"]


def test_postcode_search_sorts_by_distance_and_keeps_national_apart(client, directory):
    response = client.post(URL, {"where": "cv1 1aa", "radius": "10"})
    assert names(response, "local") == ["Example Near Advice", "Example Hidden Refuge"]
    assert names(response, "national") == ["Example National Helpline"]
    assert "0.1 miles away" in text(response)

    wider = client.post(URL, {"where": "CV1", "radius": "25"})
    assert names(wider, "local") == ["Example Near Advice", "Example Hidden Refuge", "Example Far Counselling"]
    assert names(wider, "national") == ["Example National Helpline"]


def test_town_name_uses_the_gazetteer(client, directory):
    response = client.post(URL, {"where": "Birmingham", "radius": "3"})
    assert names(response, "local") == ["Example Far Counselling"]


def test_device_location_is_used_but_never_put_in_the_share_link(client, directory):
    response = client.post(URL, {"lat": "52.4110", "lng": "-1.5100", "radius": "1"})
    assert names(response, "local") == ["Example Near Advice"]
    share = re.search(r'id="share-url"[^>]*value="([^"]*)"', response.content.decode())[1]
    assert "52.41" not in share and "lat" not in share


def test_confidential_address_is_never_shown_or_used_for_distance(client, directory):
    hidden = directory["hidden"]
    responses = [
        client.post(URL, {"where": "CV1", "radius": "10"}),
        client.post(URL, {"q": "refuge"}),
        client.get(reverse("directory:service", args=[hidden.uuid])),
    ]
    for response in responses:
        html = response.content.decode()
        assert response.status_code == 200
        assert SECRET_ADDRESS not in html and "CV1 9ZZ" not in html
        assert SECRET_LATITUDE not in html and "52.3987" not in html
    # Placed by the district it serves (CV6, about 2 miles from CV1), not by its address.
    assert "Covers an area 2.0 miles away" in text(responses[0])
    assert "address is kept private" in text(responses[2])


def option_input(response, name, value):
    html = response.content.decode()
    match = re.search(rf'<input [^>]*name="{name}" value="{re.escape(value)}"[^>]*>', html)
    assert match, (name, value)
    return match[0]


def test_an_option_that_would_leave_no_results_cannot_be_chosen_unless_already_ticked(client, directory):
    women = client.post(URL, {"audience": "women"})
    assert option_count(women, "scope", "national") == 0
    assert " disabled" in option_input(women, "scope", "national")
    assert " disabled" not in option_input(women, "scope", "local")
    assert " disabled" not in option_input(women, "audience", "women")

    # Ticked options with nothing left stay choosable, so they can be unticked.
    nothing = client.post(URL, {"audience": "women", "scope": "national"})
    assert option_count(nothing, "audience", "women") == 0
    assert " checked" in option_input(nothing, "audience", "women")
    assert " disabled" not in option_input(nothing, "audience", "women")
    assert " disabled" not in option_input(nothing, "scope", "national")


def test_the_filter_panel_is_closed_and_its_summary_names_the_filters_in_force(client, directory):
    html = client.post(URL, {"audience": "women", "free": "1"}).content.decode()
    assert '<details class="filters">' in html
    assert "<summary>Filters (2): Free, Women – Change</summary>" in html

    assert "<summary>Filters</summary>" in client.post(URL, {"q": "advice"}).content.decode()


def test_filters_combine_with_and_and_show_correct_counts(client, directory):
    response = client.post(URL, {"audience": "women", "referral": "self"})
    assert set(names(response, "local")) == {"Example Near Advice", "Example Hidden Refuge"}
    assert option_count(response, "free", "1") == 2
    assert option_count(response, "language", "pl") == 1
    assert option_count(response, "type", "accommodation") == 1

    women = client.post(URL, {"audience": "women"})
    assert set(names(women, "local")) == {"Example Near Advice", "Example Far Counselling", "Example Hidden Refuge"}
    assert option_count(women, "audience", "women") == 3
    assert option_count(women, "audience", "men") == 1
    assert option_count(women, "language", "ur") == 1
    assert option_count(women, "referral", "professional") == 2
    assert option_count(women, "scope", "national") == 0

    both = client.post(URL, {"audience": ["women", "men"], "language": "pl", "open_24_7": "1"})
    assert names(both, "local") == ["Example Near Advice"]
    national = client.post(URL, {"scope": "national"})
    assert names(national, "local") == [] and names(national, "national") == ["Example National Helpline"]


def test_unknown_filter_values_are_ignored_and_named(client, directory):
    response = client.post(URL, {"type": "made-up-type", "language": "xx", "audience": "women"})
    assert response.status_code == 200
    assert "We ignored filters we don't recognise: made-up-type, xx." in text(response)
    assert len(names(response, "local")) == 3


@pytest.mark.parametrize("where", ["ZZ99 9ZZ", "QQ1", "zz1 1zz"])
def test_unknown_postcode_gets_a_clear_message(client, directory, where):
    response = client.post(URL, {"where": where})
    assert response.status_code == 200
    assert "We couldn't find that postcode — check it, or try a town name." in text(response)
    assert names(response, "national") == ["Example National Helpline"]


@pytest.mark.parametrize(
    "lat,lng", [("north", "-1.5"), ("52.4", ""), ("95", "0"), ("52", "200"), ("nan", "1"), ("inf", "1")]
)
def test_bad_coordinates_are_rejected_with_a_message(client, directory, lat, lng):
    response = client.post(URL, {"lat": lat, "lng": lng})
    assert response.status_code == 200
    assert "We couldn't use the location from your device." in text(response)
    assert names(response, "local") == []


def test_long_queries_are_truncated(client, directory):
    response = client.post(URL, {"q": "domestic abuse " + "x" * 300})
    assert response.status_code == 200
    assert "only its first 200 characters" in text(response)
    field = re.search(r'id="directory-q"[^>]*value="([^"]*)"', response.content.decode())[1]
    assert len(field) == 200


def test_shared_link_repeats_the_search_by_get(client, directory):
    response = client.post(URL, {"q": "DV", "audience": "women", "where": "CV1"})
    share = re.search(r'id="share-url"[^>]*value="([^"]*)"', response.content.decode())[1].replace("&amp;", "&")
    assert share.startswith("http://testserver/directory/?") and "q=DV" in share and "where=CV1" in share
    again = client.get(share.removeprefix("http://testserver"))
    assert names(again, "local") == names(response, "local")


def test_search_response_is_private(client, directory):
    response = client.post(URL, {"q": "refuge", "where": "CV1"})
    assert not response.cookies and response["Cache-Control"] == "no-store"
    assert "geolocation=(self)" in response["Permissions-Policy"]


def test_cards_show_phone_status_badges(client, directory):
    response = client.post(URL, {"where": "CV1", "radius": "1"})
    html = response.content.decode()
    assert 'href="tel:01632960123"' in html
    assert "Open now · 24 hours" in text(response)
    assert '<span class="badge">Free</span>' in html and '<span class="badge">24/7</span>' in html


def add_bulk(count):
    """`count` more services about domestic abuse, a few yards from CV1."""
    for number in range(count):
        service = ServiceFactory(name=f"Example Bulk {number:02d}", summary="Domestic abuse support.")
        place(service, "52.412000", "-1.511000")


@pytest.mark.parametrize("count", [3, 40])
def test_queries_per_search_do_not_grow_with_results(client, directory, django_assert_max_num_queries, count):
    add_bulk(count)
    client.post(URL, {"q": "x"})  # warm caches (site settings) outside the count
    with django_assert_max_num_queries(17):
        response = client.post(URL, {"q": "domestic abuse", "where": "CV1", "audience": "women", "open_now": "1"})
    assert response.status_code == 200
    with django_assert_max_num_queries(17):
        response = client.post(URL, {"q": "DV", "where": "CV1"})
    assert len(names(response, "local")) == min(count + 2, PAGE_SIZE)
    with django_assert_max_num_queries(17):
        response = client.post(URL, {"q": "DV", "where": "CV1", "page": "2"})
    assert response.status_code == 200


def pager_fields(response):
    """The hidden fields of the pager's form, and the page each button asks for."""
    html = response.content.decode()
    pager = re.search(r'<nav class="pager".*?</nav>', html, re.S)
    if not pager:
        return None, []
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', pager[0])
    buttons = re.findall(r'<button type="submit" name="page" value="(\d+)"', pager[0])
    return fields, buttons


def test_local_results_come_in_pages_that_keep_the_search(client, directory):
    add_bulk(43)  # with Near Advice and Hidden Refuge: 45 local matches, three pages
    first = client.post(URL, {"q": "DV", "where": "CV1"})
    assert "Showing 1 to 20 of 45 local services. Page 1 of 3." in text(first)
    fields, buttons = pager_fields(first)
    assert ("q", "DV") in fields and ("where", "CV1") in fields and ("radius", "10") in fields
    assert buttons == ["2"]  # no "Previous" on the first page

    data = dict(fields)
    pages = [names(first, "local")]
    for page in ("2", "3"):
        response = client.post(URL, {**data, "page": page})
        pages.append(names(response, "local"))
        # The national helplines are their own group, on every page.
        assert names(response, "national") == ["Example National Helpline"]
    assert [len(page) for page in pages] == [20, 20, 5]
    everything = [name for page in pages for name in page]
    assert len(set(everything)) == 45
    # In one order across pages: the refuge first, as it holds the type "DV"
    # names (accommodation), then the services that only mention it,
    # nearest first.
    assert everything[:2] == ["Example Hidden Refuge", "Example Near Advice"]
    assert "Showing 41 to 45 of 45 local services. Page 3 of 3." in text(response)
    assert pager_fields(response)[1] == ["2"]  # only "Previous" on the last page


def test_page_numbers_past_the_end_or_not_numbers_are_handled(client, directory):
    add_bulk(25)
    past = client.post(URL, {"q": "DV", "page": "99"})
    assert "Showing 21 to 27 of 27 local services. Page 2 of 2." in text(past)
    for page in ("0", "-1", "two", "1e3", "²", "٣", "9" * 40):
        response = client.post(URL, {"q": "DV", "page": page})
        assert response.status_code == 200
        assert "Showing 1 to 20 of 27 local services." in text(response)


def test_a_pager_keeps_a_position_from_the_device_but_the_share_link_does_not(client, directory):
    add_bulk(25)
    response = client.post(URL, {"lat": "52.4110", "lng": "-1.5100", "radius": "3"})
    fields, _buttons = pager_fields(response)
    assert ("lat", "52.41100") in fields and ("lng", "-1.51000") in fields and ("radius", "3") in fields
    share = re.search(r'id="share-url"[^>]*value="([^"]*)"', response.content.decode())[1]
    assert "lat" not in share


def test_few_results_have_no_pager(client, directory):
    response = client.post(URL, {"q": "DV"})
    assert pager_fields(response) == (None, [])
