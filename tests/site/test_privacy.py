"""Public responses: the exact privacy headers, no cookies, no caching by
browsers, and search terms only ever in a POST body."""

import pytest
from django.http import HttpResponse
from django.test import override_settings

from waymark.middleware import public_privacy

EXPECTED_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
}
CSP_DIRECTIVES = {
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
}
DENIED_FEATURES = {"camera=()", "microphone=()", "payment=()", "interest-cohort=()", "browsing-topics=()"}


def assert_private(response):
    for name, value in EXPECTED_HEADERS.items():
        assert response[name] == value, name
    csp = {directive.strip() for directive in response["Content-Security-Policy"].split(";")}
    assert csp >= CSP_DIRECTIVES
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    features = {feature.strip() for feature in response["Permissions-Policy"].split(",")}
    assert features >= DENIED_FEATURES
    assert not response.cookies
    assert "Set-Cookie" not in response


@pytest.mark.parametrize(
    "method,path,data",
    [
        ("get", "/", None),
        ("get", "/staying-safe-online/", None),
        ("get", "/cy/", None),
        ("get", "/ur/staying-safe-online/", None),
        ("get", "/search/", None),
        ("post", "/search/", {"q": "refuge"}),
        ("get", "/no-such-page/", None),
    ],
)
def test_public_responses_carry_privacy_headers_and_no_cookies(safety_page, client, method, path, data):
    response = getattr(client, method)(path, data)
    assert response.status_code in (200, 404)
    assert_private(response)


def test_cookies_set_by_any_component_never_reach_a_public_visitor(rf):
    def view_that_sets_a_cookie(request):
        response = HttpResponse("hello")
        response.set_cookie("tracker", "1")
        return response

    response = public_privacy(view_that_sets_a_cookie)(rf.get("/some/page/"))
    assert not response.cookies


def directives(response):
    return {directive.strip() for directive in response["Content-Security-Policy"].split(";")}


def test_admin_keeps_its_cookies_and_sends_its_referrer_to_itself_only(db, client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "csrftoken" in response.cookies
    assert response.cookies["csrftoken"]["path"] == "/admin/"
    # no-referrer would make browsers send `Origin: null`, failing every form.
    assert response["Referrer-Policy"] == "same-origin"
    assert {"default-src 'self'", "connect-src 'self'", "img-src 'self' data: blob:", "frame-ancestors 'none'"} <= (
        directives(response)
    )


def test_only_what_wagtail_frames_itself_may_be_framed_and_only_by_this_site(rf):
    def preview(request):
        response = HttpResponse("preview")
        response["X-Frame-Options"] = "SAMEORIGIN"
        return response

    framed = public_privacy(preview)(rf.get("/admin/pages/3/edit/preview/"))
    unframed = public_privacy(lambda request: HttpResponse("edit"))(rf.get("/admin/pages/3/edit/"))
    assert "frame-ancestors 'self'" in directives(framed)
    assert "frame-ancestors 'none'" in directives(unframed)
    # The same header on a public page changes nothing.
    assert "frame-ancestors 'none'" in directives(public_privacy(preview)(rf.get("/about/")))


def test_admin_session_cookie_is_scoped_to_the_admin_path(db, client, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a long editor password")
    login = client.get("/admin/login/")
    response = client.post(
        "/admin/login/",
        {
            "username": "editor",
            "password": "a long editor password",
            "csrfmiddlewaretoken": login.cookies["csrftoken"].value,
        },
    )
    assert response.status_code == 302
    assert response.cookies["sessionid"]["path"] == "/admin/"
    assert response.cookies["sessionid"]["httponly"]


def test_cdn_may_cache_plain_urls_but_browsers_may_not(safety_page, client):
    with override_settings(CDN_CACHE_SECONDS=300):
        plain = client.get("/")
        with_query = client.get("/search/", {"q": "refuge"})
    assert plain["Cache-Control"] == "no-store"
    assert plain["CDN-Cache-Control"] == "public, max-age=300"
    assert "CDN-Cache-Control" not in with_query
    assert "CDN-Cache-Control" not in client.get("/")


def test_exit_clear_asks_the_browser_to_drop_cache_and_storage(db, client):
    response = client.get("/exit/clear")
    assert response.status_code == 204
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert response.content == b""
    assert not response.cookies


def test_search_posts_terms_and_renders_results_without_redirect(safety_page, client):
    response = client.post("/search/", {"q": "private browsing"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Staying safe online" in html
    assert 'autocomplete="off"' in html
    assert 'method="post"' in html


def test_search_is_csrf_exempt_and_sets_no_cookie(safety_page):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/search/", {"q": "help"})
    assert response.status_code == 200
    assert not response.cookies


def test_copy_link_gives_a_get_url_that_reproduces_the_results(safety_page, client):
    posted = client.post("/search/", {"q": "private browsing"}).content.decode()
    assert 'value="http://testserver/search/?q=private+browsing"' in posted
    shared = client.get("/search/", {"q": "private browsing"}).content.decode()
    assert "Staying safe online" in shared


def test_search_truncates_long_queries(db, client):
    response = client.post("/search/", {"q": "a" * 500})
    assert response.status_code == 200
    assert 'value="' + "a" * 200 + '"' in response.content.decode()
    assert "a" * 201 not in response.content.decode()


def test_search_rejects_other_methods(db, client):
    assert client.put("/search/").status_code == 405


def test_every_page_links_to_the_safety_page_and_exit(safety_page, client):
    for path in ("/", "/search/", "/no-such-page/"):
        html = client.get(path).content.decode()
        assert 'href="/staying-safe-online/"' in html, path
        assert 'href="https://www.bbc.co.uk/weather" rel="noreferrer" data-exit' in html, path


def test_outbound_links_in_rich_text_get_noopener_noreferrer():
    from waymark.templatetags.waymark_tags import outbound_links

    html = outbound_links('<p><a href="https://service.example.org/">Visit</a> <a href="/local/">Here</a></p>')
    assert '<a href="https://service.example.org/" rel="noopener noreferrer">' in html
    assert '<a href="/local/">' in html
