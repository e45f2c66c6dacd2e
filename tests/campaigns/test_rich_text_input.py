"""Finding 14: text that reaches the database other than through Wagtail's
editor (a translator's PO file, an import, a row written straight into the
database) is shown to visitors only as the editor would allow it. Hostile
markup never becomes markup; ordinary formatting survives."""

import io
import json
import re

import polib
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection

from campaigns.models import CampaignPage
from translations.po import export_catalogue
from translations.rich_text import clean

from .helpers import make_campaign, make_index

pytestmark = pytest.mark.django_db

# What an outside tester might write: scripts, event handlers, script URLs
# (plain and disguised), styles, frames, and requests to other sites.
HOSTILE = (
    '<p onclick="alert(1)" style="position:fixed">Hostile <img src=x onerror=alert(1)></p>'
    "<script>alert(1)</script>"
    '<p><a href="javascript:alert(1)">script link</a> <a href="jav&#x09;ascript:alert(1)">disguised</a>'
    ' <a href="https://other.example.org/" onmouseover="alert(1)">hover</a></p>'
    '<iframe src="https://evil.example.org/"></iframe><object data="https://evil.example.org/x"></object>'
    '<svg onload="alert(1)"><a href="javascript:alert(1)">svg</a></svg>'
    '<style>body{display:none}</style><link rel="stylesheet" href="https://evil.example.org/x.css">'
    '<img src="https://tracker.example.org/pixel.gif">'
    '<form action="https://evil.example.org/"><input name="q"></form>'
)
ORDINARY = (
    '<p>Call <b>999</b> in an <i>emergency</i>. <a href="https://help.example.org/">Find help</a>.</p>'
    "<ul><li>First point</li><li>Second point</li></ul>"
)
OTHER_SITE = re.compile(r"^(https?:)?//(?!testserver/)", re.IGNORECASE)
SCRIPT_URL = re.compile(r"^\s*(javascript|vbscript|data):", re.IGNORECASE)


def assert_no_hostile_markup(html):
    """Nothing in the page that runs script, frames another site or loads
    something from elsewhere, whatever the block that held it."""
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        assert (script.get("src") or "").startswith("/static/"), script
    for name in ("iframe", "object", "embed", "svg", "form", "style"):
        assert not soup.select(f"main {name}"), name
    for element in soup.find_all(True):
        handlers = [attribute for attribute in element.attrs if attribute.lower().startswith("on")]
        assert not handlers, element
        for attribute in ("href", "src", "action", "data", "formaction"):
            value = re.sub(r"[\x00-\x20]", "", element.get(attribute) or "")
            assert not SCRIPT_URL.match(value), element
            # Anything the browser would fetch by itself stays on this site.
            fetched = attribute != "href" or (element.name == "link" and "alternate" not in element.get("rel", []))
            assert not (fetched and OTHER_SITE.match(value)), element
    assert not soup.select("main [style]")


def assert_ordinary_formatting(prose):
    assert prose.find("b").get_text() == "999"
    assert prose.find("i").get_text() == "emergency"
    link = prose.find("a", href="https://help.example.org/")
    assert link.get_text() == "Find help"
    assert link["rel"] == ["noopener", "noreferrer"]
    assert [item.get_text() for item in prose.select("ul li")] == ["First point", "Second point"]


def write_body_straight_to_the_database(page, raw, language="en"):
    """What the outside tester did: no editor, no model, just SQL."""
    table = page._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET body_{language} = %s WHERE page_ptr_id = %s", [json.dumps(raw), page.pk])


HOSTILE_STREAM = [
    {
        "type": "callout",
        "id": "c1",
        "value": {"kind": "warning", "heading": "<script>alert(1)</script>", "text": ORDINARY + HOSTILE},
    },
    {"type": "text", "id": "t1", "value": HOSTILE + ORDINARY},
    {"type": "heading", "id": "h1", "value": '<img src=x onerror="alert(1)">Heading'},
    {
        "type": "quote",
        "id": "q1",
        "value": {
            "quote": "<script>alert(1)</script>Quoted",
            "attribution": "<b onclick=x>Jo</b>",
            "anonymity_note": "",
        },
    },
    {
        "type": "faq",
        "id": "f1",
        "value": {
            "heading": "",
            "items": [{"type": "item", "id": "i1", "value": {"question": "Q?", "answer": HOSTILE}}],
        },
    },
    {
        "type": "video",
        "id": "v1",
        "value": {"title": "Film", "url": "https://video.example.org/watch", "description": "", "transcript": HOSTILE},
    },
]


def page_with_body_written_in_sql(raw):
    page = make_campaign(make_index(), body=[{"type": "text", "value": "<p>Placeholder</p>"}])
    write_body_straight_to_the_database(page, raw(page) if callable(raw) else raw)
    return CampaignPage.objects.get(pk=page.pk)


@pytest.fixture
def hostile_page():
    return page_with_body_written_in_sql(HOSTILE_STREAM)


def test_rich_and_plain_text_written_straight_into_the_database_never_become_markup(hostile_page, client):
    response = client.get(hostile_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_no_hostile_markup(html)
    soup = BeautifulSoup(html, "html.parser")
    assert_ordinary_formatting(soup.select_one(".callout .prose"))
    assert_ordinary_formatting(soup.select("main .prose")[1])
    # Plain text blocks show what was written as words.
    assert soup.select_one(".callout__heading").get_text() == "<script>alert(1)</script>"
    assert '<img src=x onerror="alert(1)">Heading' in [heading.get_text() for heading in soup.select("main h2")]


def test_a_link_whose_id_is_not_a_number_is_not_a_server_error(client):
    """Wagtail looks a linked page or document up by its id; "abc" made that
    look-up raise, a 500 for every visitor to the page."""
    page = page_with_body_written_in_sql(
        lambda page: [
            {
                "type": "text",
                "id": "t2",
                "value": (
                    f'<p><a linktype="page" id="abc">bad id</a> <a linktype="document" id="1 OR 1=1">bad document</a> '
                    f'<a linktype="page" id="{page.pk}">this page</a></p>'
                ),
            }
        ]
    )
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.find("a", string="this page")["href"] == page.url
    assert soup.find(string=re.compile("bad id")).parent.name != "a"
    assert soup.find(string=re.compile("bad document")).parent.name != "a"


def test_the_stored_source_is_left_for_the_editor(hostile_page):
    """Only what is shown is cleaned: the database keeps what was written,
    so editors see the row as stored and nothing is silently rewritten."""
    block = hostile_page.body[1]
    assert "onerror" in block.value.source
    assert "onerror" not in str(block.value)


@pytest.mark.parametrize(
    "hostile,features,expected",
    [
        ('<p onclick="x">Hi</p>', ["bold"], "<p>Hi</p>"),
        ('<a href="javascript:alert(1)">x</a>', ["link"], "<a>x</a>"),
        ('<a href=" JaVa\tScRiPt:alert(1)">x</a>', ["link"], "<a>x</a>"),
        ("<script>alert(1)</script><style>p{}</style>ok", ["bold"], "ok"),
        ("<h3>Title</h3><ol><li>One</li></ol>", ["bold", "link"], "TitleOne"),
        ('<a linktype="document" id="4">Guide</a>', ["link"], "Guide"),
        (
            '<a linktype="document" id="4">Guide</a>',
            ["link", "document-link"],
            '<a id="4" linktype="document">Guide</a>',
        ),
        ('<embed embedtype="image" id="1" format="left" alt="x"/>', ["bold"], ""),
        (
            '<embed embedtype="image" id="1" format="left" alt="x" onload="y"/>',
            ["image"],
            '<embed alt="x" embedtype="image" format="left" id="1"/>',
        ),
        ('<a data-linktype="page" data-id="1 or 1=1">x</a>', ["link"], "x"),
    ],
)
def test_clean_keeps_only_what_the_blocks_features_allow(hostile, features, expected):
    assert clean(hostile, features) == expected
    assert clean(clean(hostile, features), features) == clean(hostile, features)


def translate(catalogue, context_part, text):
    entry = next(entry for entry in catalogue if context_part in entry.msgctxt)
    entry.msgstr = text(entry.msgid)
    return entry


def test_po_import_cleans_rich_text_with_the_blocks_features_and_keeps_page_links(db, client, tmp_path):
    index = make_index()
    english = (
        f'<p>Call <b>999</b>. <a href="https://help.example.org/">Find help</a> or '
        f'<a linktype="page" id="{index.pk}">see the campaigns</a>.</p>'
    )
    page = make_campaign(
        index, body=[{"type": "callout", "value": {"kind": "info", "heading": "Help", "text": english}}]
    )
    catalogue = export_catalogue("cy")
    translate(
        catalogue,
        "/text",
        lambda msgid: (
            msgid.replace("<p>", '<p onclick="alert(1)" style="color:red">')
            .replace("Call", "Ffoniwch")
            .replace('href="https://help.example.org/"', 'href="javascript:alert(1)"')
            .replace("<b>", '<b onmouseover="alert(1)">')
        ),
    )
    path = tmp_path / "cy.po"
    catalogue.save(str(path))
    call_command("import_translations", "cy", str(path), stdout=io.StringIO())

    stored = CampaignPage.objects.get(pk=page.pk).body_cy.raw_data[0]["value"]["text"]
    for hostile in ("onclick", "style", "javascript", "onmouseover"):
        assert hostile not in stored
    assert f'<a id="{index.pk}" linktype="page">see the campaigns</a>' in stored
    html = client.get("/cy" + page.url).content.decode()
    assert_no_hostile_markup(html)
    prose = BeautifulSoup(html, "html.parser").select_one(".callout .prose")
    assert "Ffoniwch" in prose.get_text()
    assert prose.find("b").get_text() == "999"
    assert prose.find("a", string="see the campaigns")["href"].endswith(index.url)


def test_po_import_leaves_plain_text_as_words(db, client, tmp_path):
    page = make_campaign(make_index(), body=[{"type": "heading", "value": "Where to get help"}])
    catalogue = export_catalogue("cy")
    translate(catalogue, f"{page.translation_key}:body/", lambda msgid: "Ble i gael help & cefnogaeth")
    path = tmp_path / "cy.po"
    catalogue.save(str(path))
    call_command("import_translations", "cy", str(path), stdout=io.StringIO())
    html = client.get("/cy" + page.url).content.decode()
    assert "<h2>Ble i gael help &amp; cefnogaeth</h2>" in html.replace(' class="heading"', "")


def test_a_po_entry_cannot_add_new_tags(db, tmp_path):
    page = make_campaign(make_index(), body=[{"type": "text", "value": "<p>Hello</p>"}])
    catalogue = export_catalogue("cy")
    translate(catalogue, f"{page.translation_key}:body/", lambda msgid: "<p>Helo</p><script>alert(1)</script>")
    path = tmp_path / "cy.po"
    polib.POFile.save(catalogue, str(path))
    with pytest.raises(Exception, match="adds HTML tags"):
        call_command("import_translations", "cy", str(path), stdout=io.StringIO())
