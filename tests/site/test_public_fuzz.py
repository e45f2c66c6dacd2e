"""Every public form and parameter, fuzzed over real HTTP.

Hypothesis draws requests (any method, a public address with or without a
language prefix, odd query strings and bodies, odd headers) and sends them
with http.client to a live server over a small directory made by the
factories: loading the whole demo would cost more than the run. Each answer
must not be a server error, must set no cookie, and an HTML answer must
carry the privacy headers (tests/site/test_privacy.py). The run is bounded
to about a minute and prints how many requests it sent."""

import collections
import http.client
import io
import time
import urllib.parse
import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from campaigns.models import CampaignPage
from directory.models import PostcodeDistrict, ServiceArea, Taxonomy, TaxonomyTerm
from tests.campaigns.helpers import make_campaign, make_index
from tests.directory.factories import ContactRouteFactory, SchedulePeriodFactory, ServiceFactory, place
from tests.directory.helpers import SEARCH_PARAMETERS
from tests.fuzz_budget import PUBLIC_SECONDS
from tests.site.test_privacy import assert_private

# At most this many requests, and none started after the time budget: on the
# shared 2-core machine the budget ends the run, at about 3,000 requests.
# The quick loop runs a shorter budget (tests/fuzz_budget.py).
MAX_REQUESTS = 4000

# Repeats weight the draw towards what the forms send: GET and POST, real
# language prefixes, form-encoded bodies.
METHODS = ["GET", "GET", "GET", "POST", "POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"]
PREFIXES = ["", "", "", "", "/cy", "/ar", "/ur", "/pl", "/zh-hans", "/en", "/xx", "/CY", "/cy-gb", "/%ff", "/zh_hans"]
FORMS = ["/search/", "/directory/", "/directory/sheet/"]
# Every parameter a public form sends, and a few it never does.
PARAMETERS = [*SEARCH_PARAMETERS, "s", "signposting", "plain", "topic", "csrfmiddlewaretoken", "x"]
ODD_TEXT = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-1",
        "1e400",
        "nan",
        "inf",
        "-inf",
        "9" * 40,
        "52.41",
        "-1.51",
        "91",
        "CV1",
        "CV1 1AA",
        "B1",
        "ZZ99 9ZZ",
        "Coventry",
        "coventry",
        "\x00",
        "a\x00b",
        "'",
        '"',
        "\\",
        "%",
        "%00",
        "%ff",
        "<script>",
        "DV",
        "refuge",
        "' OR 1=1 --",
        "🙂",
        "ا",
        "\u202e",
        "\ufeff",
        "a" * 300,
        "information",
        "women",
        "pl",
        "self",
        "national",
        "local",
        "on",
        "true",
        "1",
        "10",
        "50",
        "9999",
        "00000000-0000-0000-0000-000000000000",
    ]
)
VALUES = st.one_of(ODD_TEXT, st.text(max_size=60), st.integers(-(10**6), 10**6).map(str))
HEADER_VALUES = st.sampled_from(
    [
        "",
        "*",
        "en",
        "cy",
        "ar;q=0.9",
        "xx-YY",
        "en-GB,en;q=0.9,cy;q=0.8,ar;q=0.7,ur;q=0.6",
        ",;q=",
        "q=0.5;q=0.5",
        "1.1.1.1",
        "1.1.1.1, 2.2.2.2",
        "unknown",
        "::1",
        "evil.example.org",
        "https",
        "http",
        "gopher",
        "99999",
        "localhost:99999",
        "[::1]",
        "a" * 4000,
        "en-" + "a" * 200,
        "\u00e9t\u00e9",
    ]
)
HEADERS = [
    "Accept-Language",
    "X-Forwarded-For",
    "X-Forwarded-Host",
    "X-Forwarded-Proto",
    "X-Forwarded-Port",
    "X-Real-IP",
    "Forwarded",
    "Referer",
    "Origin",
    "Cookie",
    "Accept",
    "Range",
    "If-None-Match",
    "X-Requested-With",
    "X-HTTP-Method-Override",
    "Host",
]
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset=no-such-charset",
    "multipart/form-data",
    "multipart/form-data; boundary=x",
    "application/json",
    "text/plain",
    "",
    "*/*; charset=utf-8",
]


class Sent:
    count = 0
    statuses = collections.Counter()


class Answer:
    """What http.client got, read the way assert_private reads a Django response."""

    def __init__(self, response):
        self.status = response.status
        self.headers = response.headers
        self.cookies = response.headers.get_all("Set-Cookie") or []

    def __getitem__(self, name):
        return self.headers[name]

    def __contains__(self, name):
        return name in self.headers


@pytest.fixture
def small_site(transactional_db):
    """Home, safety and campaign pages and five services: a local one near
    CV1 with hours and a phone, one placed only by the district it covers, a
    national helpline, a draft and a withdrawn one."""
    from demo.site import load as load_site_pages

    load_site_pages(stdout=io.StringIO())
    campaign = make_campaign(
        make_index(),
        body=[
            {"type": "heading", "value": "Where to get help"},
            {"type": "callout", "value": {"kind": "info", "heading": "", "text": "<p>Call <b>999</b>.</p>"}},
        ],
    )
    kinds, _ = Taxonomy.objects.get_or_create(code="service-types", defaults={"name": "Service types"})
    information, _ = TaxonomyTerm.objects.get_or_create(
        taxonomy=kinds, code="information", defaults={"name": "Information"}
    )
    PostcodeDistrict.objects.get_or_create(
        outcode="CV1", defaults={"latitude": Decimal("52.41"), "longitude": Decimal("-1.51")}
    )
    near = ServiceFactory(
        name="Example Advice", summary="Advice on domestic abuse.", is_free=True, languages=["en", "pl"]
    )
    near.service_types.set([information])
    near.save()
    ContactRouteFactory(service=near, label="helpline")
    SchedulePeriodFactory(service=near)
    place(near, "52.411", "-1.51")
    covering = ServiceFactory(name="Example Refuge", summary="Safe accommodation.")
    ServiceArea.objects.create(service=covering, kind="postcode-districts", postcode_districts=["CV1"])
    helpline = ServiceFactory(name="Example Helpline", summary="A national helpline.")
    ServiceArea.objects.create(service=helpline, kind="national", nations=["england"])
    draft = ServiceFactory(name="Example Draft", live=False)
    return {
        "services": [near.uuid, covering.uuid, helpline.uuid, draft.uuid, uuid.uuid4()],
        "pages": [campaign.url, CampaignPage.objects.get(pk=campaign.pk).get_parent().url, "/staying-safe-online/"],
    }


def addresses(site):
    service_ids = st.sampled_from([str(value) for value in site["services"]]) | st.sampled_from(
        ["not-a-uuid", "0", "%00", "00000000-0000-0000-0000-00000000000g", "../../etc/passwd"]
    )
    return weighted(
        {
            st.sampled_from(FORMS): 6,
            st.sampled_from(
                [
                    "/",
                    "/exit/clear",
                    "/no-such-page/",
                    "/directory/service/",
                    "/search",
                    "/directory",
                    "/healthz",
                    "/documents/1/x.pdf",
                    "//",
                ]
            ): 1,
            st.sampled_from(site["pages"]): 1,
            service_ids.map(lambda value: f"/directory/service/{urllib.parse.quote(value)}/"): 2,
            st.text(max_size=30).map(lambda text: "/" + urllib.parse.quote(text)): 1,
        }
    )


def weighted(choices):
    """One of the strategies, drawn in proportion to its weight (st.one_of
    draws each alike)."""
    return st.sampled_from([strategy for strategy, weight in choices.items() for _ in range(weight)]).flatmap(
        lambda strategy: strategy
    )


def query_strings():
    pairs = st.lists(st.tuples(st.sampled_from(PARAMETERS), VALUES), max_size=8)
    return weighted(
        {
            pairs.map(lambda items: urllib.parse.urlencode(items)): 6,
            st.binary(max_size=40).map(lambda raw: "q=" + urllib.parse.quote_from_bytes(raw)): 1,
            st.just("q=%ff%fe&where=%c3&s=%00"): 1,
            st.just("&".join(f"s={uuid.UUID(int=n)}" for n in range(200))): 1,
        }
    )


def bodies():
    pairs = st.lists(st.tuples(st.sampled_from(PARAMETERS), VALUES), max_size=8)
    return weighted(
        {
            st.just(b""): 2,
            pairs.map(lambda items: urllib.parse.urlencode(items).encode()): 6,
            st.binary(max_size=200): 1,
            st.just(b"q=\xff\xfe\xfd&where=\xc3"): 1,
            st.just(b'{"q": "refuge", "where": ["CV1"]}'): 1,
            st.just(b'--x\r\nContent-Disposition: form-data; name="q"\r\n\r\nrefuge\r\n--x--\r\n'): 1,
            st.just(b'--x\r\nContent-Disposition: form-data; name="q"; filename="a.txt"\r\n\r\n\xff\r\n'): 1,
        }
    )


def requests(site):
    return st.fixed_dictionaries(
        {
            "method": st.sampled_from(METHODS),
            "prefix": st.sampled_from(PREFIXES),
            "address": addresses(site),
            "query": weighted({st.just(""): 1, query_strings(): 2}),
            "body": bodies(),
            "content_type": st.sampled_from(CONTENT_TYPES),
            "headers": st.dictionaries(st.sampled_from(HEADERS), HEADER_VALUES, max_size=3),
        }
    )


def send(server_url, request):
    host, port = urllib.parse.urlsplit(server_url).netloc.split(":")
    path = request["prefix"] + request["address"] + ("?" + request["query"] if request["query"] else "")
    headers = {"Content-Type": request["content_type"], **request["headers"]}
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        body = None if request["method"] in ("GET", "HEAD") and not request["body"] else request["body"]
        connection.request(request["method"], path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        Sent.count += 1
        Sent.statuses[response.status] += 1
        return path, Answer(response)
    finally:
        connection.close()


def check(request, path, answer):
    where = f"{request['method']} {path} {request['headers']} {request['content_type']!r} {request['body'][:80]!r}"
    assert answer.status < 500, where
    assert not answer.cookies, where
    if (answer["Content-Type"] or "").startswith("text/html"):
        try:
            assert_private(answer)
        except AssertionError as error:
            raise AssertionError(f"{where}: {error}") from error


def test_no_public_request_is_a_server_error_sets_a_cookie_or_lacks_privacy_headers(live_server, small_site, capsys):
    started = time.monotonic()
    Sent.count = 0
    Sent.statuses.clear()

    @settings(
        max_examples=MAX_REQUESTS,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(request=requests(small_site))
    def fuzz(request):
        if time.monotonic() - started > PUBLIC_SECONDS:
            return
        check(request, *send(live_server.url, request))

    fuzz()
    with capsys.disabled():
        statuses = ", ".join(f"{status}: {count}" for status, count in sorted(Sent.statuses.items()))
        print(f"\npublic fuzz: sent {Sent.count} requests in {time.monotonic() - started:.0f} s ({statuses})")
    assert Sent.count >= 100
