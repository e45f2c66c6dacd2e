"""The professionals' signposting sheet at /directory/sheet/: a shortlist
that lives only in the address (?s=id,id), signposting mode that shows the
shortlist controls only when asked for, shortlisting from results and
service pages without JavaScript, the standard and plain sheets, and bad
input handled with a message, never an error."""

import datetime
import html as html_lib
import re
import uuid
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directory import presentation
from directory.models import SchedulePeriod, Status
from directory.sheet import MAX_SERVICES, parse

from .conftest import SECRET_ADDRESS, SECRET_LATITUDE
from .factories import ContactRouteFactory, ServiceFactory

SHEET = "/directory/sheet/"
# Written here, apart from the code under test: words that say what the
# services are about, and the site's name.
TOPIC_WORDS = ["abuse", "domestic", "violence", "refuge", "sexual", "counselling", "advice", "Waymark"]


def text(html):
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def sheet(client, *ids, plain=False, **extra):
    query = "&".join(f"s={value}" for value in ids)
    if plain:
        query += "&plain=1"
    return client.get(f"{SHEET}?{query}", **extra)


def service_names(response):
    return re.findall(r'<h2 class="sheet-service__name"[^>]*>([^<]+)</h2>', response.content.decode())


class Printable(HTMLParser):
    """The text the sheet prints: what is inside <main>, less anything
    marked no-print (its print stylesheet also hides everything outside
    <main>). The <title> is kept too: browsers put it in a PDF's metadata."""

    VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "track"}

    def __init__(self):
        super().__init__()
        self.stack = []
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        self.stack.append((tag, "no-print" in classes))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _hidden = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        tags = [tag for tag, _hidden in self.stack]
        inside = "main" in tags or "title" in tags
        if inside and not any(hidden for _tag, hidden in self.stack) and "script" not in tags:
            self.parts.append(data)


def printable(response):
    parser = Printable()
    parser.feed(response.content.decode())
    return " ".join(" ".join(parser.parts).split())


def test_ids_may_repeat_or_be_comma_separated_in_the_order_given(client, directory):
    near, far, helpline = directory["near"], directory["far"], directory["helpline"]
    response = client.get(f"{SHEET}?s={far.uuid},{helpline.uuid}&s={near.uuid}&s={far.uuid}")
    assert response.status_code == 200
    assert service_names(response) == ["Example Far Counselling", "Example National Helpline", "Example Near Advice"]
    assert "not a service" not in text(response.content.decode())


def test_parse_drops_blanks_duplicates_and_malformed_values():
    from django.http import QueryDict

    one, two = uuid.uuid4(), uuid.uuid4()
    shortlist = parse(QueryDict(f"s={one},,{two}&s=nonsense&s={one.hex.upper()}&s=%20{two}%20&other=x"))
    assert shortlist.ids == [one, two]
    assert shortlist.malformed == 1
    assert shortlist.query() == f"?s={one},{two}"
    assert shortlist.query(plain=True) == f"?s={one},{two}&plain=1"
    assert shortlist.without(one) == f"?s={two}"
    assert parse(QueryDict("")).query() == ""
    # The list reaches directory pages only with signposting mode on.
    assert shortlist.directory_query == ""
    assert parse(QueryDict(f"s={one}&signposting=1")).directory_query == f"?s={one}&signposting=1"
    assert parse(QueryDict("signposting=1")).directory_query == "?signposting=1"
    assert parse(QueryDict("signposting=yes")).directory_query == ""


def test_a_sheet_holds_at_most_twenty_services(client, db):
    services = [ServiceFactory(name=f"Example Capped {number:02d}") for number in range(MAX_SERVICES + 2)]
    response = sheet(client, ",".join(str(service.uuid) for service in services))
    assert response.status_code == 200
    assert service_names(response) == [f"Example Capped {number:02d}" for number in range(MAX_SERVICES)]
    assert "A sheet can hold up to 20 services, so we kept the first 20." in text(response.content.decode())


def test_malformed_and_unknown_ids_are_dropped_with_a_message(client, directory):
    near = directory["near"]
    response = sheet(client, "not-an-id", near.uuid, uuid.uuid4(), "'><script>", "1" * 500)
    page = text(response.content.decode())
    assert response.status_code == 200
    assert service_names(response) == ["Example Near Advice"]
    assert "We left out 3 items in the link that are not services from this directory." in page
    assert "1 service on this list is no longer in the directory, so it is not shown." in page
    assert "'><script>" not in response.content.decode() and "&lt;script&gt;" not in response.content.decode()
    # Links on the page carry only what was found.
    assert f'href="/directory/?s={near.uuid}&amp;signposting=1"' in response.content.decode()


def test_drafts_and_services_that_are_not_public_are_not_shown(client, directory):
    inactive = ServiceFactory(name="Example Inactive Service", status=Status.INACTIVE)
    defunct = ServiceFactory(name="Example Defunct Service", status=Status.DEFUNCT)
    closed = ServiceFactory(name="Example Paused Service", status=Status.TEMPORARILY_CLOSED)
    response = sheet(client, directory["draft"].uuid, inactive.uuid, defunct.uuid, closed.uuid)
    assert service_names(response) == ["Example Paused Service"]
    page = text(response.content.decode())
    assert "Example Draft Service" not in page and "Example Inactive Service" not in page
    assert "3 services on this list are no longer in the directory" in page
    assert "This service is temporarily closed." in page


def test_standard_sheet_shows_what_a_person_needs(client, directory):
    near = directory["near"]
    near.application_process = "Call us yourself, or ask your GP to refer you."
    near.url = "https://near.example.org/"
    near.email = "help@near.example.org"
    near.minimum_age = 16
    near.open_24_7 = False
    near.save()
    SchedulePeriod.objects.bulk_create(
        [
            SchedulePeriod(service=near, weekday=day, opens_at=datetime.time(9), closes_at=datetime.time(17))
            for day in range(5)
        ]
    )
    phone = near.contact_routes.get()
    phone.hours = "Weekdays 9am to 5pm"
    phone.free = True
    phone.may_appear_on_bills_note = "Does not show on bills."
    phone.save()
    response = sheet(client, near.uuid)
    html = response.content.decode()
    page = text(html)
    assert "Example Near Advice" in page and "Advice on domestic abuse and staying safe." in page
    assert 'href="tel:01632960123"' in html and "Helpline: 01632 960123" in page
    assert (
        "Weekdays 9am to 5pm" in page
        and "Free from landlines and mobiles." in page
        and "Does not show on bills." in page
    )
    assert "help@near.example.org" in page and "https://near.example.org/" in page
    assert "Monday to Friday: 9am to 5pm" in page and "Saturday to Sunday: Closed" in page
    assert ("Women; Men." in page or "Men; Women." in page) and "Aged 16 or over." in page
    assert "Self-referral. Call us yourself, or ask your GP to refer you." in page
    assert "Checked on 3 March 2027" in page
    assert "Printed from Waymark on" in printable(response)
    assert "<title>Signposting sheet – Waymark</title>" in html


def test_confidential_addresses_are_never_shown(client, directory):
    response = sheet(client, directory["hidden"].uuid, directory["near"].uuid)
    for variant in (response, sheet(client, directory["hidden"].uuid, plain=True)):
        html = variant.content.decode()
        assert SECRET_ADDRESS not in html and "CV1 9ZZ" not in html and SECRET_LATITUDE not in html
    page = text(response.content.decode())
    assert "The address is kept private for everyone's safety." in page
    assert "1 Example Street, Coventry, CV1 1AA" in page


def test_plain_sheet_prints_no_site_name_topic_words_or_service_names(client, directory):
    near, hidden, helpline = directory["near"], directory["hidden"], directory["helpline"]
    ContactRouteFactory(service=hidden, number="01632 960456", label="office", hours="Domestic abuse refuge line")
    near.url = "https://domestic-abuse.example.org/"
    near.email = "refuge@example.org"
    near.alert = "Domestic abuse drop-in moved."
    near.hours_note = "Refuge staff answer at night."
    near.save()
    response = sheet(client, near.uuid, hidden.uuid, helpline.uuid, plain=True)
    html = response.content.decode()
    printed = printable(response)
    assert "<title>Useful contacts</title>" in html
    assert 'property="og:site_name"' not in html
    assert service_names(response) == ["Contact 1", "Contact 2", "Contact 3"]
    for number in ("01632 960123", "01632 960456", "01632 960000"):
        assert number in printed
    assert "Helpline:" in printed and "Office:" in printed
    for word in TOPIC_WORDS + ["Example", "example.org", "Run by", "Trust", "Organisation", "Printed from"]:
        assert word.lower() not in printed.lower(), word
    # The professional still sees which contact is which, on screen only.
    assert "Shown on screen only: Example Near Advice" in text(html)
    # The page offers the way back to the standard sheet, keeping the list.
    assert f'href="/directory/sheet/?s={near.uuid},{hidden.uuid},{helpline.uuid}"' in html


def test_plain_sheet_stays_neutral_in_discreet_mode(client, directory):
    from wagtail.models import Site

    from waymark.models import SiteSettings

    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.discreet_mode = True
    settings.site_name = "Safe Domestic Abuse Site"
    settings.save()
    response = sheet(client, directory["near"].uuid, plain=True)
    assert "<title>Useful contacts</title>" in response.content.decode()
    assert "safe domestic abuse site" not in printable(response).lower()


def test_notes_field_is_never_submitted(client, directory):
    html = sheet(client, directory["near"].uuid).content.decode()
    textarea = re.search(r"<textarea[^>]*>", html)[0]
    assert 'id="sheet-notes"' in textarea and " name=" not in textarea and 'autocomplete="off"' in textarea
    before = html.split("<textarea", 1)[0]
    assert before.count("<form") == before.count("</form>"), "the notes must not be inside a form"
    assert 'form="' not in textarea


def test_sheet_sets_no_cookie_and_is_private(client, directory):
    response = sheet(client, directory["near"].uuid)
    assert not response.cookies and "Set-Cookie" not in response
    assert response["Cache-Control"] == "no-store"
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "<script>" not in response.content.decode() and " style=" not in response.content.decode()


def test_only_get_and_head(client, directory):
    assert client.head(f"{SHEET}?s={directory['near'].uuid}").status_code == 200
    assert client.post(SHEET, {"s": str(directory["near"].uuid)}).status_code == 405


def test_empty_sheet_explains_how_to_add_services_and_lists_national_helplines(client, directory):
    for response in (client.get(SHEET), sheet(client, "nonsense")):
        page = text(response.content.decode())
        assert response.status_code == 200
        assert "There are no services on this sheet yet." in page
        assert "tick “Add to sheet”" in page
        assert "Example National Helpline" in page and "01632 960000" in page
        assert 'id="sheet-form"' in response.content.decode()


def test_welsh_sheet_and_the_language_switcher_keeps_the_list(client, directory):
    near = directory["near"]
    response = client.get(f"/cy/directory/sheet/?s={near.uuid}&plain=1")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="/pl/directory/sheet/?s={near.uuid}&amp;plain=1"' in html
    # hreflang alternates never carry it.
    assert "?s=" not in "".join(re.findall(r'<link rel="alternate"[^>]*>', html))


def result_form_fields(html):
    """Every control of the GET form to the sheet, wherever it is in the page."""
    form = re.search(r'<form id="sheet-form"[^>]*>(.*?)</form>', html, re.S)
    assert form, "no sheet form"
    inside = re.findall(r"<(?:input|select|textarea|button)\b[^>]*>", form[1])
    outside = re.findall(r'<(?:input|select|textarea|button)\b[^>]*\bform="sheet-form"[^>]*>', html)
    return form[0], inside + outside


def test_results_have_a_get_form_to_the_sheet_with_only_service_ids(client, directory):
    response = client.post("/directory/?signposting=1", {"q": "DV", "where": "CV1 1AA", "radius": "10"})
    html = response.content.decode()
    opening, fields = result_form_fields(html)
    assert 'method="get"' in opening and 'action="/directory/sheet/"' in opening
    named = [field for field in fields if " name=" in field]
    assert len(named) >= 3
    ids = {str(directory[key].uuid) for key in ("near", "hidden", "helpline")}
    for field in named:
        assert 'name="s"' in field, field
        value = re.search(r'value="([^"]*)"', field)[1]
        assert value in ids
    for field in fields:
        for secret in ("DV", "CV1", "1AA", "radius"):
            assert secret not in field, field
    assert "Add to sheet" in text(html)
    assert "Open signposting sheet" in text(html)


def test_shortlist_is_pre_checked_carried_and_kept_by_the_search_form(client, directory):
    near, far = directory["near"], directory["far"]
    carried = f"?s={far.uuid},{near.uuid}&amp;signposting=1"
    response = client.post(f"/directory/?s={far.uuid},{near.uuid}&signposting=1", {"where": "CV1 1AA", "radius": "10"})
    html = response.content.decode()
    assert re.search(rf'value="{near.uuid}" form="sheet-form" data-sheet-pick checked', html)
    assert not re.search(rf'value="{directory["hidden"].uuid}"[^>]*checked', html)
    # Far is not among these results, so it rides along hidden.
    assert f'<input type="hidden" name="s" value="{far.uuid}" form="sheet-form">' in html
    assert f'action="/directory/{carried}#results" role="search"' in html
    assert f'data-shortlist="{far.uuid},{near.uuid}"' in html
    # The services in the results carry it too.
    assert f'formaction="/directory/service/{near.uuid}/{carried}"' in html
    # Ids in the body are read as well.
    body = client.post("/directory/", {"where": "CV1 1AA", "s": str(near.uuid), "signposting": "1"}).content.decode()
    assert re.search(rf'value="{near.uuid}" form="sheet-form" data-sheet-pick checked', body)


def test_search_without_a_shortlist_keeps_its_plain_address(client, directory):
    html = client.post("/directory/?signposting=1", {"q": "DV"}).content.decode()
    assert 'action="/directory/?signposting=1#results" role="search"' in html
    assert 'data-shortlist=""' in html


def shortlist_controls(html):
    """What a visitor could use to shortlist: the boxes, the sheet bar and
    the service page's button."""
    page = text(html)
    return [
        found
        for found in ("Add to sheet", "Add to signposting sheet", "Open signposting sheet", "Services on your sheet")
        if found in page
    ] + re.findall(r"<[^>]*(?:data-sheet-pick|sheet-form)[^>]*>", html)


def test_without_signposting_mode_no_card_or_page_shows_a_shortlist_control(client, directory):
    near, helpline = directory["near"], directory["helpline"]
    service = reverse("directory:service", args=[near.uuid])
    pages = {
        "landing": (client.get("/directory/"), helpline),
        "results": (client.post("/directory/", {"q": "DV", "where": "CV1 1AA", "radius": "10"}), near),
        # A list in the address does not turn the mode on by itself.
        "results with a list": (client.post(f"/directory/?s={near.uuid}", {"where": "CV1 1AA"}), near),
        "service": (client.get(service), near),
        "service with a list": (client.get(f"{service}?s={near.uuid}"), near),
    }
    for name, (response, shown) in pages.items():
        html = response.content.decode()
        assert shown.name in text(html), name
        assert shortlist_controls(html) == [], name
        # The contact route is what the page offers, and the switch is there for a professional.
        assert f'href="tel:{shown.contact_routes.get().number.replace(" ", "")}"' in html, name
        assert "For professionals: turn on signposting mode" in text(html), name
        assert f"s={near.uuid}" not in html.split("<main", 1)[1], name


def test_the_switch_turns_signposting_mode_on_and_off_keeping_the_search(client, directory):
    near = directory["near"]
    search = {"q": "DV", "where": "CV1 1AA", "radius": "10"}
    off = client.post("/directory/", search).content.decode()
    # A button of the search form: the words go in the body, the switch in the address.
    switch = re.search(r'<button type="submit" form="directory-form" formaction="([^"]*)"[^>]*>([^<]*)</button>', off)
    assert switch.groups() == ("/directory/?signposting=1", "For professionals: turn on signposting mode")
    assert off.index(">Search</button>") < switch.start(), "Enter in a box must still search"

    on = client.post(switch[1], search).content.decode()
    assert "Example Near Advice" in text(on) and "DV" in re.search(r'<input id="directory-q"[^>]*>', on)[0]
    assert "Signposting mode is on." in text(on) and "Add to sheet" in text(on)
    assert 'action="/directory/?signposting=1#results"' in on
    assert 'formaction="/directory/service/' + str(near.uuid) + '/?signposting=1"' in on

    with_list = client.post(f"/directory/?s={near.uuid}&signposting=1", search).content.decode()
    switch = re.search(
        r'<button type="submit" form="directory-form" formaction="([^"]*)"[^>]*>([^<]*)</button>', with_list
    )
    # Off leaves nothing in the address: the list goes with the mode.
    assert switch.groups() == ("/directory/", "Turn off signposting mode")
    assert shortlist_controls(client.post(switch[1], search).content.decode()) == []


def test_the_welsh_switch_stays_in_welsh(client, directory):
    html = client.get("/cy/directory/").content.decode()
    assert 'formaction="/cy/directory/?signposting=1"' in html


def test_service_page_adds_to_the_sheet_and_carries_the_list(client, directory):
    near, far = directory["near"], directory["far"]
    page = reverse("directory:service", args=[near.uuid])
    html = client.get(page + "?signposting=1").content.decode()
    assert f'href="/directory/sheet/?s={near.uuid}"' in html and "Add to signposting sheet" in html
    assert f'<a href="{page}">Turn off signposting mode</a>' in html

    html = client.get(page + f"?s={far.uuid}&signposting=1").content.decode()
    assert f'href="/directory/sheet/?s={far.uuid},{near.uuid}"' in html
    # Breadcrumbs and "Back to find a service".
    assert html.count(f'href="/directory/?s={far.uuid}&amp;signposting=1"') == 2

    html = client.get(page + f"?s={near.uuid},{far.uuid}&signposting=1").content.decode()
    assert "This service is on your signposting sheet." in text(html)
    assert f'href="/directory/sheet/?s={near.uuid},{far.uuid}"' in html


def test_service_page_says_when_the_sheet_is_full(client, directory):
    full = ",".join(str(uuid.uuid4()) for _ in range(MAX_SERVICES))
    page = reverse("directory:service", args=[directory["near"].uuid])
    html = client.get(f"{page}?s={full}&signposting=1").content.decode()
    assert "Your signposting sheet is full (20 services)." in text(html)
    assert "Add to signposting sheet" not in text(html)


@pytest.mark.parametrize("plain", [False, True])
def test_queries_do_not_grow_with_the_number_of_services(client, directory, django_assert_max_num_queries, plain):
    def make(count):
        services = []
        for number in range(count):
            service = ServiceFactory(name=f"Example Counted {number}", open_24_7=number % 2 == 0)
            ContactRouteFactory(service=service, number=f"01632 960{number:03d}")
            ContactRouteFactory(service=service, number=f"01632 961{number:03d}", kind="text")
            SchedulePeriod.objects.create(service=service, weekday=1, opens_at="09:00", closes_at="17:00")
            services.append(service.uuid)
        return services

    few = make(1) + [directory["near"].uuid]
    with CaptureQueriesContext(connection) as queries:
        assert sheet(client, *few, plain=plain).status_code == 200
    many = make(MAX_SERVICES - 2) + [directory["near"].uuid, directory["hidden"].uuid]
    with django_assert_max_num_queries(len(queries)):
        response = sheet(client, *many, plain=plain)
    assert len(service_names(response)) == MAX_SERVICES


def test_compact_hours_joins_days_with_the_same_times():
    hours = [
        ("Monday", "9am to 5pm"),
        ("Tuesday", "9am to 5pm"),
        ("Wednesday", "9am to 5pm"),
        ("Thursday", "9am to 5pm, 6pm to 8pm"),
        ("Friday", "9am to 5pm"),
        ("Saturday", "Closed"),
        ("Sunday", "Closed"),
    ]
    assert presentation.compact_hours(hours) == [
        ("Monday to Wednesday", "9am to 5pm"),
        ("Thursday", "9am to 5pm, 6pm to 8pm"),
        ("Friday", "9am to 5pm"),
        ("Saturday to Sunday", "Closed"),
    ]
    assert presentation.compact_hours([]) == []


def test_hours_in_words_stand_for_opening_hours_on_the_standard_sheet_only(client, directory):
    helpline = directory["helpline"]
    helpline.contact_routes.update(hours="Every day, evening until midnight")
    standard = text(sheet(client, helpline.uuid).content.decode()).split("Opening hours", 1)[1]
    assert "Helpline 01632 960000 : Every day, evening until midnight" in standard
    assert "not listed" not in standard
    # The plain sheet leaves out phones' words, which may name what a line is for.
    plain = text(sheet(client, helpline.uuid, plain=True).content.decode())
    assert "evening until midnight" not in plain and "Opening hours are not listed." in plain
