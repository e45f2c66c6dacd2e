"""Direction-safe text: the one rule for left-to-right runs in pages read in
another script, and for phone numbers in text people wrote.

In a right-to-left paragraph the Unicode bidi algorithm lays out "0800 1111"
as "1111 0800" (digits separated by a space take the paragraph's direction)
and moves the punctuation of an English run to its other end ("LGBT+" reads
"+LGBT"). Isolating each run in its own left-to-right box fixes both. The
rule works on HTML text, between the tags, so that one function serves
rich text, escaped plain text and whole pages alike:

- `isolate_runs` wraps every run of Latin-script text, and every phone
  number, in `<bdi dir="ltr">`. The middleware applies it to whole pages in
  languages not written in Latin script.
- `link_phone_numbers` turns each phone number in text into a tap-to-call
  link, itself isolated (`<a href="tel:…" dir="ltr">`). Rich text and easy
  read go through it in every language.

A run of digits alone, such as "9 - 17" or "09:00–17:00", is left to the
paragraph: in Arabic and Urdu it reads correctly right to left, and
isolating it would turn the range round.
"""

import re
from functools import cache

from babel.core import get_global

from .language_names import _cldr_code

# Latin letters, with the accents of Polish, Welsh, Romanian and Somali.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LETTER = re.compile(f"[{_LATIN}]")
_SPACE = r"(?:[ \u00a0]|&nbsp;)"
# An entity is one character: a run never ends inside one.
_ENTITY = r"&(?:[a-zA-Z]+|\#[0-9]+|\#x[0-9a-fA-F]+);"
# A word: letters and digits, with the punctuation a word, a URL or an email
# address holds inside it ("women's", "helpline.example.org/chat",
# "help@example.org", "LGBT+"), ending with a letter, a digit or a sign
# that belongs to it.
_WORD = rf"\+?[{_LATIN}0-9](?:(?:[{_LATIN}0-9'’.:/@_+%=?~#\-]|{_ENTITY})*[{_LATIN}0-9+/%])?"
# Between two words of one run: spaces, after a comma, a full stop, a colon,
# an ampersand or a dash ("Options: Domestic abuse", "Monday to Friday").
_GAP = rf"(?:[,.:;!?]|&amp;|[–—-])?{_SPACE}+(?:(?:&amp;|[–—-]){_SPACE}+)?"
# A bracketed aside goes with its run, both brackets inside the box.
_TOKEN = rf"(?:{_WORD}|\((?:{_WORD})(?:{_GAP}{_WORD})*\))"

# UK phone numbers as people write them: "0800 1111", "0808 2000 247",
# "01632 960000", "+44 20 7946 0000", "116 123", and the emergency and
# police numbers. Not a year, a time ("09:00"), a price or a decimal: the
# number may not touch a letter, a currency sign or another digit, nor be
# followed by ":" or "." and a digit.
_BEFORE_PHONE = r"(?<![\w£$€+.,:/-])"
_AFTER_PHONE = r"(?![\w%£$€]|[.,:/][0-9])"
_INTERNATIONAL = r"\+44[ \u00a0]?(?:\(0\)[ \u00a0]?)?[1-9][0-9]{1,3}(?:[ \u00a0]?[0-9]{3,4}){1,2}"
_PHONE = re.compile(
    _BEFORE_PHONE + rf"(?:{_INTERNATIONAL}"
    r"|0[1-9][0-9]{1,3}(?:[ \u00a0]?[0-9]{3,4}){1,2}"
    r"|116[ \u00a0]?[0-9]{3}"
    r"|999|112|111|101|105)" + _AFTER_PHONE
)
# A run: words and bracketed asides with the gaps between them; or a number
# with the country code, whose "(0)" would otherwise end a run.
_RUN_PATTERN = (
    rf"{_BEFORE_PHONE}{_INTERNATIONAL}{_AFTER_PHONE}"
    rf"|(?<![{_LATIN}0-9&#]){_TOKEN}(?:{_GAP}{_TOKEN})*(?![{_LATIN}0-9])"
)
_RUN = re.compile(_RUN_PATTERN)
# A text that is one run alone, such as a title shown in English: its
# closing punctuation is its own ("Worried about your own behaviour?"),
# where after a run inside a sentence it ends the sentence around it.
_WHOLE_RUN = re.compile(rf"\s*(?P<run>(?:{_RUN_PATTERN})[.?!:;,]*)\s*")
# Digits in a UK number: 10 or 11, or 8 or more for freephone lines such as
# Childline's 0800 1111; 11 or 12 with the country code, which drops the 0.
_NATIONAL_DIGITS = range(10, 12)
_FREEPHONE = ("0800", "0808")


def _digits(number):
    return re.sub(r"[^0-9]", "", number)


def is_phone_number(text):
    """Whether `text`, all of it, is a phone number as `_PHONE` finds them."""
    match = _PHONE.fullmatch(text)
    return bool(match) and _plausible(text)


def _plausible(number):
    digits = _digits(number.replace("(0)", ""))
    if number.startswith("+44"):
        return len(digits) in (11, 12)
    if number.startswith("0"):
        return len(digits) in _NATIONAL_DIGITS or (digits.startswith(_FREEPHONE) and len(digits) >= 8)
    return True


def tel_href(number):
    """ "tel:08001111" for "0800 1111"; "+44 (0)20 …" dials without its (0)."""
    return "tel:" + re.sub(r"[^0-9+]", "", number.replace("(0)", ""))


# Elements whose contents are not words on the page, or cannot hold an
# element: left as they are.
_UNMARKABLE = {"script", "style", "title", "textarea", "option", "svg", "math"}
_PIECE = re.compile(r"<!--.*?-->|<[^>]*>|[^<]+", re.S)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
_LEFT_TO_RIGHT = re.compile(r"""(?<![\w-])dir\s*=\s*["']?(?:ltr|auto)\b""", re.I)


def _rewrite_text(html, rewrite, leaves_alone):
    """`html` with `rewrite` applied to each text between tags, except inside
    elements for which `leaves_alone(name, tag)` is true."""
    out = []
    skipping = None  # (element name, how deep in same-named elements)
    for piece in _PIECE.findall(html):
        tag = _TAG.match(piece) if piece.startswith("<") else None
        if tag is None:
            out.append(piece if skipping or piece.startswith("<") else rewrite(piece))
            continue
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if skipping:
            if name == skipping[0] and not piece.endswith("/>"):
                depth = skipping[1] + (-1 if closing else 1)
                skipping = (name, depth) if depth else None
        elif not closing and not piece.endswith("/>") and leaves_alone(name, piece):
            skipping = (name, 1)
        out.append(piece)
    return "".join(out)


def _isolated_run(match):
    run = match.group(0)
    if _LETTER.search(run) or is_phone_number(run):
        return f'<bdi dir="ltr">{run}</bdi>'
    return _PHONE.sub(_isolated_phone, run)


def _isolated_phone(match):
    number = match.group(0)
    return f'<bdi dir="ltr">{number}</bdi>' if _plausible(number) else number


def _is_isolated(name, tag):
    return name in _UNMARKABLE or name == "bdi" or bool(_LEFT_TO_RIGHT.search(tag))


def _isolated_text(text):
    whole = _WHOLE_RUN.fullmatch(text)
    if whole and _LETTER.search(whole.group("run")):
        start, end = whole.span("run")
        return f'{text[:start]}<bdi dir="ltr">{text[start:end]}</bdi>{text[end:]}'
    return _RUN.sub(_isolated_run, text)


def isolate_runs(html):
    """`html` with each Latin-script run and each phone number in its text
    isolated left to right, unless it already is."""
    return _rewrite_text(str(html), _isolated_text, _is_isolated)


def _phone_link(match):
    number = match.group(0)
    if not _plausible(number):
        return number
    return f'<a href="{tel_href(number)}" dir="ltr">{number}</a>'


def _cannot_hold_link(name, tag):
    return name in _UNMARKABLE or name in {"a", "button", "label", "summary"}


def link_phone_numbers(html):
    """`html` with each phone number in its text made a tap-to-call link,
    except where it is already in a link or a control."""
    return _rewrite_text(str(html), lambda text: _PHONE.sub(_phone_link, text), _cannot_hold_link)


@cache
def is_latin_script(code):
    """Whether language `code` is written in Latin script, from the CLDR's
    likely scripts ("pa" → Guru, "zh-hans" → Hans, "pl" → Latn)."""
    cldr = _cldr_code(code)
    parts = cldr.split("_")
    if len(parts) > 1 and len(parts[1]) == 4:
        return parts[1] == "Latn"
    likely = get_global("likely_subtags").get(parts[0], "")
    return "_Latn" in likely or not likely
