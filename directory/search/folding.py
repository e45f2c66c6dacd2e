"""How the visitor's words are read in every script the site is in: split
into words, then folded so that the spellings people really type meet the
vocabulary's (vocabulary/).

People type the same word many ways. Polish and Romanian are often typed
without their diacritics ("przemoc domowa" for "przemoc domową"); Arabic
and Urdu keyboards give different letters for the same sound (ي and ی,
ك and ک, ه and ہ), and vowel marks and the tatweel are optional; Punjabi
is typed with or without its nukta and addak. Folding maps each family of
spellings onto one, on both sides of a comparison. Chinese is written
without spaces, so its runs are cut into the vocabulary's phrases."""

import re
import unicodedata
from collections.abc import Collection


def _marks() -> str:
    """Every combining mark, as ranges for a character class: Python's \\w
    leaves them out, and Bengali or Punjabi vowel signs are marks, so
    without them "পারিবারিক" would fall apart into pieces."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "") for low, high in ranges)


# A word: letters, digits and marks, with + and ' inside ("lgbt+", "i'm",
# Somali "la'aan").
WORD_RE = re.compile(rf"[\w+'{_marks()}]+")

# Zero-width joiners shape letters and change no word's meaning.
_INVISIBLE = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u2060\ufeff"), None)

# One letter for each family of Arabic-script spellings, and optional
# marks removed: harakat, the superscript alef, Quranic marks, the tatweel,
# Gurmukhi's nukta and addak.
_ARABIC_SCRIPT = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ے": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ه": "ہ",
        "ۀ": "ہ",
        "ھ": "ہ",
        "ة": "ہ",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "\u0a70": "\u0a02",  # Gurmukhi tippi and bindi: the same nasal sound
    }
)
_OPTIONAL_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0a3c\u0a71]")
# Latin letters whose diacritics people leave out; ł is a letter of its own
# in Unicode and does not decompose.
_LATIN = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_LATIN_APART = str.maketrans({"ł": "l", "đ": "d", "ø": "o"})
# Han ideographs: the scripts written without spaces between words.
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _bare_latin(match: re.Match[str]) -> str:
    decomposed = unicodedata.normalize("NFKD", match[0].translate(_LATIN_APART))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normal(text: str) -> str:
    """`text` in one Unicode form, lower case, without invisible joiners:
    what a word looks like before folding, and what is searched for."""
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()


def fold(word: str) -> str:
    """The key a word is looked up by: its spelling family's one spelling."""
    word = _OPTIONAL_MARKS.sub("", normal(word).translate(_ARABIC_SCRIPT))
    return _LATIN.sub(_bare_latin, word)


def words(text: str) -> list[str]:
    """The words of `text`, as normal() leaves them, apostrophes trimmed."""
    found = (word.strip("'") for word in WORD_RE.findall(normal(text)))
    return [word for word in found if word]


def segment(word: str, known: Collection[str], longest: int) -> list[str]:
    """A word split where it runs into Han text, and each Han run cut into
    the `known` phrases, longest first from the left; characters no phrase
    covers stay together as one piece. Other words come back whole."""
    if not HAN.search(word):
        return [word]
    pieces: list[str] = []
    for run in re.split(f"({HAN.pattern})", word):
        if not run:
            continue
        if not HAN.fullmatch(run):
            pieces.append(run)
            continue
        index, unknown = 0, ""
        while index < len(run):
            size = next(
                (size for size in range(min(longest, len(run) - index), 0, -1) if run[index : index + size] in known),
                0,
            )
            if size:
                pieces += [unknown] if unknown else []
                pieces.append(run[index : index + size])
                unknown = ""
                index += size
            else:
                unknown += run[index]
                index += 1
        pieces += [unknown] if unknown else []
    return pieces
