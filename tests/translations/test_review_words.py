"""The translation status report lists, per language, the directory's
search words awaiting review by a native speaker."""

import dataclasses
import html as html_lib
import re

from directory.search import vocabulary

URL = "/admin/reports/translation-status/"


def review_section(response):
    assert response.status_code == 200
    page = response.content.decode()
    found = re.search(r'<section class="translation-review".*?</section>', page, re.S)
    assert found, page[-2000:]
    return found[0]


def pairs(section):
    """[(meaning, words as shown, lang, dir)] of the section's lines."""
    found = re.findall(r'<dt lang="en" dir="ltr">([^<]*)</dt>\s*<dd lang="([^"]+)" dir="([^"]+)">([^<]*)</dd>', section)
    return [
        (html_lib.unescape(means), html_lib.unescape(words), lang, direction) for means, lang, direction, words in found
    ]


def test_urdu_search_words_await_review_shown_right_to_left(admin_client):
    lines = pairs(review_section(admin_client.get(URL, {"language": "ur"})))
    waiting = vocabulary.awaiting_review("ur")
    assert len(lines) == len(waiting) > 20
    assert ("domestic abuse", "گھریلو تشدد", "ur", "rtl") in [
        (m, w.split(" · ")[0], lang, d) for m, w, lang, d in lines
    ]
    assert {lang for _m, _w, lang, _d in lines} == {"ur"}


def test_polish_lists_polish_words_only(admin_client):
    lines = pairs(review_section(admin_client.get(URL, {"language": "pl"})))
    shown = " · ".join(words for _means, words, _lang, _dir in lines)
    assert "przemoc domowa" in shown and "policja" in shown
    assert "گھریلو" not in shown and "家庭暴力" not in shown
    assert {direction for *_rest, direction in lines} == {"ltr"}


def test_reviewed_entries_leave_the_list(admin_client, monkeypatch):
    reviewed = tuple(dataclasses.replace(entry, reviewed=True) for entry in vocabulary.entries())
    monkeypatch.setattr(vocabulary, "entries", lambda: reviewed)
    section = review_section(admin_client.get(URL, {"language": "ar"}))
    assert not pairs(section)
    assert "No words are awaiting review in this language." in section
