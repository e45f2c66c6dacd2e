"""Each script in its own faces, with room between its lines, on a 360px
phone: Arabic in Naskh (never Urdu's Nastaliq), Urdu in Nastaliq, Punjabi in
Gurmukhi, Bengali in Bengali and Chinese in a CJK face, the system's own
fonts, nothing downloaded. Measured in Chromium with Debian's Noto fonts
(fonts-noto-core, fonts-noto-cjk; .ci/run installs them).

Lines are checked geometrically, glyph by glyph: each line of text is the
union of its words' ink (each word's tallest and deepest glyph, as a
canvas measures it with the same fonts, set on the word's baseline, which
Range.getClientRects places), and no line's ink may reach more than 1px
into the next line's. The faces are checked too: the one Chromium reports
drawing most of the glyphs with (DevTools' CSS.getPlatformFontsForNode)
must be the script's own. A missing face, a script set in another's face,
or tofu from a last-resort font, fail."""

import os
import subprocess

import pytest

from tests.browser.test_thumb import shoot

PHONE = {"width": 360, "height": 640}

# The face each language's text must be set in, and a face it must not be.
FACES = {
    "ar": ("Noto Naskh Arabic", "Noto Nastaliq Urdu"),
    "ur": ("Noto Nastaliq Urdu", None),
    "pa": ("Noto Sans Gurmukhi", None),
    "bn": ("Noto Sans Bengali", None),
    "zh-hans": ("Noto Sans CJK SC", None),
}
PAGES = [
    "/",
    "/campaigns/is-it-coercive-control/",
    "/campaigns/is-it-coercive-control/easy-read/",
    "/directory/",  # with a search's results: see open_page
]

# For each block of text written in the page's language (text in an English
# island, lang="en", is Latin typography and not checked here): its lines,
# and the pairs of consecutive lines whose ink overlaps by more than 1px.
OVERLAPPING_LINES = r"""(language) => {
  const blocks = new Map();
  const context = document.createElement("canvas").getContext("2d");
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.data.trim() || !parent.checkVisibility() || parent.closest(".visually-hidden, script, style")) continue;
    if (parent.closest("[lang]").lang.toLowerCase() !== language) continue;
    let block = parent;
    while (["inline", "contents"].includes(getComputedStyle(block).display)) block = block.parentElement;
    // Each word's ink, from the baseline: its tallest and deepest glyphs as
    // drawn (a canvas measures with the same fonts and fallbacks; a word is
    // shaped alone as in the line), set on the word's baseline (its box's
    // top plus the box's ascent). A word does not break across lines.
    const style = getComputedStyle(parent);
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const range = document.createRange();
    const rects = [];
    for (const word of node.data.matchAll(/\S+/g)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const ink = context.measureText(word[0]);
      for (const rect of range.getClientRects()) {
        if (!rect.width || !rect.height) continue;
        const baseline = rect.top + ink.fontBoundingBoxAscent;
        rects.push({top: baseline - ink.actualBoundingBoxAscent, bottom: baseline + ink.actualBoundingBoxDescent,
                    box: rect.height, middle: rect.top + rect.height / 2});
      }
    }
    blocks.set(block, (blocks.get(block) || []).concat(rects));
  }
  const overlaps = [];
  let lineCount = 0;
  for (const [block, rects] of blocks) {
    // Runs on one line share their middle; a new line starts when a run's
    // middle is below the line's by more than half the smaller run's box.
    const lines = [];
    rects.sort((a, b) => a.middle - b.middle);
    for (const rect of rects) {
      const middle = rect.middle;
      const line = lines[lines.length - 1];
      if (line && middle - line.middle < Math.min(rect.box, line.box) / 2) {
        line.top = Math.min(line.top, rect.top);
        line.bottom = Math.max(line.bottom, rect.bottom);
      } else {
        lines.push({middle, top: rect.top, bottom: rect.bottom, box: rect.box});
      }
    }
    lineCount += lines.length;
    for (let i = 1; i < lines.length; i++) {
      const overlap = lines[i - 1].bottom - lines[i].top;
      if (overlap > 1) {
        overlaps.push(`${block.tagName.toLowerCase()}.${block.className}: “${block.textContent.trim().slice(0, 50)}”`
          + ` line ${i} reaches ${overlap.toFixed(1)}px into line ${i + 1}`);
      }
    }
  }
  return {lineCount, overlaps};
}"""


def installed_families():
    try:
        listing = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return set()
    return {family.strip() for line in listing.splitlines() for family in line.split(",")}


@pytest.fixture(scope="module")
def noto_fonts():
    missing = sorted({face for face, _ in FACES.values()} - installed_families())
    if missing:
        message = f"the script tests need Debian's fonts-noto-core and fonts-noto-cjk; missing: {', '.join(missing)}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def phone(context, noto_fonts):
    page = context.new_page()
    page.set_viewport_size(PHONE)
    return page


def open_page(phone, url):
    phone.goto(url)
    if url.endswith("/directory/"):
        phone.locator("#directory-where").fill("CV1 1AA")
        phone.locator(".directory-form button[type=submit]").click()
        phone.locator("[data-local-results] .service-card__name button").first.wait_for()


def main_face(phone, selector):
    """The font family Chromium drew most of the glyphs inside `selector` in,
    and every family it used, with how many glyphs each."""
    session = phone.context.new_cdp_session(phone)
    try:
        session.send("DOM.enable")
        session.send("CSS.enable")
        root = session.send("DOM.getDocument")["root"]["nodeId"]
        node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        assert node, f"nothing matches {selector}"
        fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    finally:
        session.detach()
    glyphs = {font["familyName"]: font["glyphCount"] for font in fonts}
    return max(glyphs, key=glyphs.get), glyphs


@pytest.mark.parametrize("language", FACES)
@pytest.mark.parametrize("path", PAGES)
def test_lines_of_each_script_do_not_overlap_at_360px(site, phone, language, path):
    url = f"{site}/{language}{path}"
    open_page(phone, url)
    found = phone.evaluate(OVERLAPPING_LINES, language)
    # The header, switcher, notices and footer at least are in the language.
    assert found["lineCount"] >= 10, f"{url}: only {found['lineCount']} lines in {language}"
    assert found["overlaps"] == [], url
    shoot(phone, f"scripts-{language}{path.rstrip('/').replace('/', '-')}")


@pytest.mark.parametrize("language", FACES)
def test_each_script_is_set_in_its_own_face(site, phone, language):
    wanted, unwanted = FACES[language]
    phone.goto(f"{site}/{language}/")
    for selector in (".site-header__link", ".safety-notice p"):
        face, glyphs = main_face(phone, selector)
        assert face == wanted, f"/{language}/ {selector} set mostly in {face}: {glyphs}"
        assert unwanted not in glyphs, f"/{language}/ {selector} set partly in {unwanted}: {glyphs}"
    # On an English page too, each language's name in the switcher is in
    # its own script's face (中文 was boxes of tofu without a CJK face).
    phone.goto(site + "/")
    face, glyphs = main_face(phone, f'.language-switcher a[lang="{language}"]')
    assert face == wanted, f"the switcher's {language} set mostly in {face}: {glyphs}"
