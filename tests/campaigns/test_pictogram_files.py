"""The pictogram files keep the one format the page draws them from: paint in
currentColor only (so forced colours reach them), no fixed colours, no
text, and a name for each from its alt text."""

import re

import pytest

from campaigns.pictograms import PICTOGRAMS, pictogram_svg


@pytest.mark.parametrize("key", PICTOGRAMS)
def test_each_pictogram_is_drawn_inline_in_current_colour(key):
    html = str(pictogram_svg(key, "Some <alt> text"))
    assert html.startswith("<svg ") and html.endswith("</svg>")
    assert 'aria-label="Some &lt;alt&gt; text"' in html
    assert 'width="120" height="120"' in html
    assert "<title>" not in html, "the alt text names it, in the page's language"
    paints = re.findall(r'(?:fill|stroke)="([^"]*)"', html)
    assert "currentColor" in paints
    assert set(paints) <= {"currentColor", "none"}, f"{key} has a fixed colour"
    assert "<text" not in html


def test_an_unknown_pictogram_draws_nothing():
    assert pictogram_svg("no-such-pictogram", "alt") == ""
