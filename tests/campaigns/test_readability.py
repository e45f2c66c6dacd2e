"""Readability figures and easy read rules, worked out offline."""

import socket
import subprocess
import sys

import pytest

from campaigns import readability
from campaigns.models import ReadabilitySettings

from .helpers import make_campaign, make_index

pytestmark = pytest.mark.django_db

TWENTY_FIVE = (
    "If someone makes you feel scared or controls what you do, you can talk to a person "
    "who will listen and help you stay safe."
)


def test_sentences_and_words():
    assert readability.sentences("One two. Three four five! Six?\nSeven") == [
        "One two.",
        "Three four five!",
        "Six?",
        "Seven",
    ]
    assert readability.word_count(TWENTY_FIVE) == 25


def test_easy_read_rules_pictures_alt_text_and_three_sentences(db):
    index = make_index()
    page = make_campaign(
        index,
        easy_read=[
            {"type": "easy_read", "value": {"pictogram": "", "image": None, "alt": "", "text": "No picture."}},
            {"type": "easy_read", "value": {"pictogram": "home", "image": None, "alt": "", "text": "A. B. C. D."}},
            {"type": "easy_read", "value": {"pictogram": "home", "image": None, "alt": "", "text": "Fine."}},
        ],
    )
    warnings = page.readability_report().warnings
    assert "Easy read block 1 has no picture. Choose a pictogram or upload an image." in warnings
    assert any(w.startswith("Easy read block 2 has 4 sentences") for w in warnings)
    assert not any("block 3" in w for w in warnings)


def test_hard_standard_text_gets_a_gentle_warning_above_the_configured_difficulty(db):
    index = make_index()
    hard = "Professionals should share information about risk with their colleagues in other agencies."
    page = make_campaign(index, body=[{"type": "text", "value": f"<p>{hard}</p>"}])
    assert any("may be hard to read" in w for w in page.readability_report().warnings)

    settings = ReadabilitySettings.load()
    settings.minimum_reading_ease = 30
    settings.save()
    report = page.readability_report()
    assert 30 < report.standard.reading_ease < 60
    assert not any("may be hard to read" in w for w in report.warnings)


def test_textstat_works_with_no_network_at_all():
    """Run textstat in a fresh interpreter where every socket fails, as on a
    machine without internet: it must not try to download anything."""
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network disabled in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "import textstat\n"
        "text = 'You are not alone. Help is free and confidential. Call any time.'\n"
        "print(textstat.flesch_reading_ease(text), textstat.syllable_count('confidential'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    ease, syllables = result.stdout.split()
    assert float(ease) > 60
    assert int(syllables) == 4
    assert socket.socket.connect is not None  # this process's sockets are untouched
