"""translations.direction: which runs are isolated, which numbers become
tap-to-call links, and what is left alone."""

import re
from html import unescape

import pytest
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from translations.direction import is_latin_script, is_phone_number, isolate_runs, link_phone_numbers, tel_href

ISOLATED = re.compile(r'<bdi dir="ltr">(.*?)</bdi>')


def isolated(html):
    return ISOLATED.findall(isolate_runs(html))


def links(html):
    return re.findall(r'<a href="(tel:[^"]*)" dir="ltr">([^<]*)</a>', link_phone_numbers(html))


@pytest.mark.parametrize(
    "text, runs",
    [
        ("اتصل على 0800 1111 أو 116 123", ["0800 1111", "116 123"]),
        # The colon stays inside the English name, not at its far end.
        ("خدمة Example Housing Options: Domestic Abuse هنا", ["Example Housing Options: Domestic Abuse"]),
        ("مجتمع LGBT+ هنا", ["LGBT+"]),
        ("على مدار 24 hours", ["24 hours"]),
        # The full stop ends the Arabic sentence, not the address.
        ("زر https://helpline.example.org/chat.", ["https://helpline.example.org/chat"]),
        ("راسل help@example.org الآن", ["help@example.org"]),
        ("الرمز البريدي LS1 4AB هنا", ["LS1 4AB"]),
        ("لغة الإشارة (BSL) متاحة", ["(BSL)"]),
        ("Women&#x27;s Aid (England) &amp; Example", ["Women&#x27;s Aid (England) &amp; Example"]),
        ("+44 (0)20 7946 0000", ["+44 (0)20 7946 0000"]),
        # Digits alone read correctly right to left: a range, a time, a year.
        ("من 9 - 17", []),
        ("09:00–17:00 في 2026", []),
        # A number to call is isolated all the same.
        ("اتصل بالرقم 999", ["999"]),
        # An entity is never cut, and its letters are not a run.
        ("&quot;Example&quot; هو", ["Example"]),
        # A text that is all English keeps its own closing punctuation.
        ("Worried about your own behaviour?", ["Worried about your own behaviour?"]),
        ("\n  Forced marriage: you have a choice.\n", ["Forced marriage: you have a choice."]),
        ("قال &amp; هو", []),
    ],
)
def test_runs_isolated_in_right_to_left_text(text, runs):
    assert isolated(text) == runs


def test_tags_attributes_and_already_isolated_text_are_left_alone():
    html = (
        '<a href="https://example.org" title="Example">رابط</a><script>var a = "LGBT";</script>'
        '<span dir="ltr"><span>Example</span> Refuge</span><bdi>Childline</bdi><title>Waymark</title>'
        "<option>English</option><!-- a comment, Example -->"
    )
    assert isolate_runs(html) == html


def test_text_after_an_isolated_element_is_isolated_again():
    html = '<span dir="ltr"><span>a</span></span> Childline <b>Example</b>'
    assert isolate_runs(html) == (
        '<span dir="ltr"><span>a</span></span> <bdi dir="ltr">Childline</bdi> <b><bdi dir="ltr">Example</bdi></b>'
    )


@pytest.mark.parametrize(
    "text, found",
    [
        ("Call Childline on 0800 1111.", [("tel:08001111", "0800 1111")]),
        ("Call 0808 2000 247, free.", [("tel:08082000247", "0808 2000 247")]),
        ("Example line: 01632 960123", [("tel:01632960123", "01632 960123")]),
        ("Samaritans: 116 123", [("tel:116123", "116 123")]),
        ("In an emergency call 999.", [("tel:999", "999")]),
        ("From abroad: +44 (0)20 7946 0000", [("tel:+442079460000", "+44 (0)20 7946 0000")]),
        ("Or +44 808 2000 247", [("tel:+448082000247", "+44 808 2000 247")]),
    ],
)
def test_phone_numbers_become_links(text, found):
    assert links(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 1999, open since 2001.",
        "Open 09:00 to 17:00, 9am to 5pm.",
        "It costs £999 or £1,000.50.",
        "Dates: 01/02/2026 and 2026-01-02.",
        "Press 55 if you cannot speak.",
        "Room 1999 on floor 0800.",
        "Ref 0123 45 is too short; 0800 123 is too short too.",
        "A decimal 0.800 1111 is not a number to call.",
        "Version 3.999.1",
    ],
)
def test_years_times_prices_dates_and_short_numbers_are_not_links(text):
    assert links(text) == []


def test_numbers_already_in_a_link_or_a_control_stay_as_they_are():
    html = '<a href="tel:08001111">Childline: 0800 1111</a><button>Call 999</button><label>116 123</label>'
    assert link_phone_numbers(html) == html


@given(st.text(alphabet=st.sampled_from("0123456789 +()£:./-ab,"), max_size=40))
def test_links_keep_every_character_of_the_text(text):
    """Whatever the text, linking only adds markup: its words are unchanged."""
    html = escape(text)
    assert unescape(re.sub(r"<[^>]*>", "", link_phone_numbers(html))) == text


@given(st.text(alphabet=st.sampled_from("abcXYZ مرحبا 0123 +().,:&;'/@-#"), max_size=40))
def test_isolation_keeps_every_character_and_closes_every_box(text):
    html = escape(text)
    out = isolate_runs(html)
    assert unescape(re.sub(r"<[^>]*>", "", out)) == text
    assert out.count("<bdi") == out.count("</bdi>")
    # No entity is split by a tag.
    assert not re.search(r"&[#\w]*<", out)


@given(st.from_regex(r"0(800|808) ?[0-9]{3} ?[0-9]{4}", fullmatch=True))
def test_every_freephone_number_is_a_phone_number(number):
    assert is_phone_number(number)
    assert tel_href(number) == "tel:" + number.replace(" ", "")


def test_latin_script_languages_from_the_cldr():
    assert [code for code in ("en", "cy", "pl", "so", "ro") if not is_latin_script(code)] == []
    assert [code for code in ("ur", "pa", "bn", "ar", "zh-hans") if is_latin_script(code)] == []


def test_pages_in_arabic_are_isolated_and_pages_in_polish_are_not(client, db):
    from django.test import override_settings

    with override_settings(ALLOWED_HOSTS=["*"]):
        arabic = client.get("/ar/directory/")
        polish = client.get("/pl/directory/")
    assert arabic.status_code == polish.status_code == 200
    # The site's name, in Latin letters, in the header of both.
    assert '<bdi dir="ltr">Waymark</bdi>' in arabic.content.decode()
    assert '<bdi dir="ltr">Waymark</bdi>' not in polish.content.decode()
    if arabic.has_header("Content-Length"):
        assert int(arabic["Content-Length"]) == len(arabic.content)
