"""A service opened from search results without JavaScript: the result's
name POSTs the search to the service page, whose "Back to your results"
POSTs it to the search again. The words travel only in request bodies."""

import re
import uuid

from django.urls import reverse

from .test_search_view import names, text

SEARCH = "/directory/"
SEARCH_FORM = {"q": "advice", "where": "CV1 2AB", "radius": "25", "free": "1", "language": "pl"}


def hidden_fields(html, form_id):
    form = re.search(rf'<form[^>]*id="{form_id}"[^>]*>(.*?)</form>', html, re.S)
    assert form, form_id
    return re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form[1])


def back_form(html):
    return re.search(r"<form[^>]*data-back-to-results[^>]*>", html)[0]


def test_each_result_opens_its_service_with_the_search_in_the_body(client, directory):
    response = client.post(SEARCH, SEARCH_FORM)
    html = response.content.decode()
    assert names(response, "local") == ["Example Near Advice"]
    carried = hidden_fields(html, "service-open")
    assert ("q", "advice") in carried and ("where", "CV1 2AB") in carried and ("radius", "25") in carried
    assert ("free", "1") in carried and ("language", "pl") in carried
    service = directory["near"]
    button = re.search(r'<button type="submit" form="service-open" formaction="([^"]+)"[^>]*>([^<]+)</button>', html)
    assert button[1] == reverse("directory:service", args=[service.uuid]) and button[2] == service.name


def test_the_service_page_sends_the_same_search_back(client, directory):
    service = directory["near"]
    url = reverse("directory:service", args=[service.uuid])
    response = client.post(url, {**SEARCH_FORM, "page": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Back to your results" in text(response) and "hidden" not in back_form(html)
    assert f'action="{SEARCH}#service-{service.uuid}"' in back_form(html)
    carried = hidden_fields(html, "back-to-results")
    assert carried == [
        ("q", "advice"),
        ("language", "pl"),
        ("free", "1"),
        ("where", "CV1 2AB"),
        ("radius", "25"),
    ]
    # Sending it back shows the same results as the search did.
    again = client.post(SEARCH, dict(carried))
    assert names(again, "local") == names(client.post(SEARCH, SEARCH_FORM), "local") == ["Example Near Advice"]


def test_the_page_of_results_and_signposting_mode_travel_too(client, directory):
    service = directory["near"]
    url = reverse("directory:service", args=[service.uuid]) + "?signposting=1"
    html = client.post(url, {"q": "advice", "page": "3"}).content.decode()
    assert hidden_fields(html, "back-to-results") == [("q", "advice"), ("page", "3")]
    assert 'action="/directory/?signposting=1#service-' in back_form(html)


def test_a_service_opened_by_post_has_the_privacy_headers_and_no_cookie(client, directory, settings):
    settings.CDN_CACHE_SECONDS = 300  # a CDN may keep the plain page, never one a search was posted to
    assert "CDN-Cache-Control" in client.get(reverse("directory:service", args=[directory["near"].uuid]))
    response = client.post(reverse("directory:service", args=[directory["near"].uuid]), SEARCH_FORM)
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "CDN-Cache-Control" not in response
    assert not response.cookies and "Set-Cookie" not in response


def test_no_csrf_token_is_needed(directory):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(reverse("directory:service", args=[directory["near"].uuid]), SEARCH_FORM).status_code == 200


def test_the_plain_address_has_no_way_back_to_results(client, directory):
    response = client.get(reverse("directory:service", args=[directory["near"].uuid]))
    html = response.content.decode()
    assert response.status_code == 200
    assert " hidden" in back_form(html) and hidden_fields(html, "back-to-results") == []
    assert "Back to find a service" in text(response)


def test_a_post_with_no_search_in_it_is_a_plain_service_page(client, directory):
    url = reverse("directory:service", args=[directory["near"].uuid])
    for body in ({}, {"q": "   "}, {"type": "not-a-type", "scope": "moon"}, {"page": "2"}):
        response = client.post(url, body)
        assert response.status_code == 200, body
        assert " hidden" in back_form(response.content.decode()), body


def test_values_not_understood_are_not_carried(client, directory):
    url = reverse("directory:service", args=[directory["near"].uuid])
    response = client.post(url, {"q": "advice", "type": "<script>", "lat": "north", "page": "-1", "radius": "7"})
    html = response.content.decode()
    assert response.status_code == 200
    assert hidden_fields(html, "back-to-results") == [("q", "advice")]
    assert "<script>" not in html


def test_bad_bodies_are_refused_clearly_never_a_server_error(client, directory):
    url = reverse("directory:service", args=[directory["near"].uuid])
    # A body with nothing readable in it carries no search: the plain page.
    broken = client.generic("POST", url, b"--x\r\nnot a part", content_type="multipart/form-data; boundary=x")
    assert broken.status_code == 200 and " hidden" in back_form(broken.content.decode())
    too_many = client.generic(
        "POST", url, "&".join(f"f{n}=1" for n in range(2000)), content_type="application/x-www-form-urlencoded"
    )
    assert too_many.status_code == 400 and "Bad Request (400)" in text(too_many)
    bad_bytes = client.generic("POST", url, b"q=\xff\xfe", content_type="application/x-www-form-urlencoded")
    assert bad_bytes.status_code == 200
    assert client.generic("POST", url, b'{"q": "advice"}', content_type="application/json").status_code == 200


def test_unknown_and_unpublished_services_are_not_found_by_post(client, directory):
    assert client.post(reverse("directory:service", args=[uuid.uuid4()]), SEARCH_FORM).status_code == 404
    assert client.post(reverse("directory:service", args=[directory["draft"].uuid]), SEARCH_FORM).status_code == 404
    assert client.post("/directory/service/not-a-uuid/", SEARCH_FORM).status_code == 404


def test_other_methods_are_still_refused(client, directory):
    assert client.put(reverse("directory:service", args=[directory["near"].uuid])).status_code == 405
