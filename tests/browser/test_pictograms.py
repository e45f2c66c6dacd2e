"""Easy read pictograms stay visible in forced-colours (high contrast) mode.
Drawn in currentColor, they take the system's text colour; drawn in a fixed
dark ink they scored 1.22:1 on a dark high-contrast background. Measured on
the rendered pixels of every pictogram on every published easy read page,
in every language: the stroke against the background, at least 3:1 (WCAG
1.4.11, non-text contrast)."""

import io

import pytest
from django.conf import settings
from django.utils import translation
from PIL import Image

from campaigns.models import CampaignPage


def easy_read_paths(languages=None):
    paths = []
    for code in languages or [code for code, _ in settings.LANGUAGES]:
        with translation.override(code):
            paths += [
                page.get_url() + "easy-read/"
                for page in CampaignPage.objects.live().public().specific()
                if page.has_easy_read
            ]
    return paths


def luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in rgb[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def stroke_contrast(png):
    """The contrast between a picture's background (its commonest colour) and
    its strongest stroke colour, ignoring stray antialiased pixels: the
    strongest colour must cover at least 1% of the picture."""
    pixels = Image.open(io.BytesIO(png)).convert("RGB").getcolors(maxcolors=1 << 16)
    total = sum(count for count, _ in pixels)
    background = max(pixels)[1]
    drawn = [colour for count, colour in pixels if count >= total / 100 and colour != background]
    return max((contrast(background, colour) for colour in drawn), default=1.0), background


# Every page in every language in dark high contrast, where the old pictograms
# vanished; the other modes in English (the pictograms are the same files).
@pytest.mark.parametrize(
    ("colours", "languages"),
    [("forced-dark", None), ("forced-light", ["en"]), ("normal", ["en"])],
)
def test_every_easy_read_pictogram_has_contrast_of_at_least_3_to_1(site, page, colours, languages):
    if colours != "normal":
        page.emulate_media(forced_colors="active", color_scheme=colours.removeprefix("forced-"))
    paths = easy_read_paths(languages)
    assert len(paths) >= 5 * len(languages or settings.LANGUAGES), "expected the demo's easy read pages"
    measured = 0
    for path in paths:
        page.goto(site + path)
        pictograms = page.locator("main .easy-read-row__picture > :is(svg, img)")
        assert pictograms.count() > 0, f"{path} has no pictograms"
        for index in range(pictograms.count()):
            pictogram = pictograms.nth(index)
            pictogram.scroll_into_view_if_needed()
            ratio, background = stroke_contrast(pictogram.screenshot())
            name = pictogram.get_attribute("aria-label")
            assert ratio >= 3, f"{path}: “{name}” has contrast {ratio:.2f}:1 on {background}"
            measured += 1
    assert measured >= len(paths)
