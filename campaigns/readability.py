"""Readability figures and easy-read checks for editors. Advice only: a
warning never stops a save. textstat is pinned to 0.7.4, which counts
syllables with pyphen's bundled dictionaries and downloads nothing."""

import re
from dataclasses import dataclass, field

import textstat
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from wagtail.rich_text import RichText

from translations.languages import is_translated

from .plain_words import base_language, is_passive, unexplained_acronyms

EASY_READ_MAX_WORDS = 15
# Chinese is written without spaces between words, so its limit is in
# characters: about what 15 English words take (Hong Kong and Mainland
# plain-language guides suggest 20–25 characters a sentence).
EASY_READ_MAX_CHARACTERS = 25
CHARACTER_COUNTED_LANGUAGES = frozenset({"zh"})
EASY_READ_MAX_SENTENCES = 3
LONGEST_SHOWN = 3
# Flesch reading ease this far above the site's minimum reads as easy.
EASY_MARGIN = 10
# Hard text with sentences this long on average is hard because of them;
# with shorter sentences, its long words are what make it hard.
LONG_AVERAGE_SENTENCE = 15

# Full stops and question marks of every script the site writes in: the
# Arabic question mark and the Urdu full stop, and Chinese ones, which are
# followed by no space.
_SENTENCE_END = re.compile(r"(?<=[.!?؟۔])[\"'”’)]*\s+|(?<=[。！？])|\n+")
_WORD = re.compile(r"[\w'’-]+")
_CHARACTER = re.compile(r"\w")


def sentences(text):
    return [s.strip() for s in _SENTENCE_END.split(text) if s and _WORD.search(s)]


def word_count(sentence):
    return len(_WORD.findall(sentence))


def sentence_length(sentence, language="en"):
    """(length, limit) of an easy read sentence: words, or characters in a
    language written without spaces."""
    if base_language(language) in CHARACTER_COUNTED_LANGUAGES:
        return len(_CHARACTER.findall(sentence)), EASY_READ_MAX_CHARACTERS
    return word_count(sentence), EASY_READ_MAX_WORDS


@dataclass
class Figures:
    reading_ease: float
    average_sentence_length: float
    sentences: int
    longest: list = field(default_factory=list)


def figures(texts):
    all_sentences = [s for text in texts for s in sentences(text)]
    if not all_sentences:
        return None
    counts = [word_count(s) for s in all_sentences]
    joined = " ".join(s if s[-1] in ".!?" else s + "." for s in all_sentences)
    longest = sorted(zip(counts, all_sentences, strict=True), key=lambda pair: -pair[0])[:LONGEST_SHOWN]
    return Figures(
        reading_ease=round(textstat.flesch_reading_ease(joined), 1),
        average_sentence_length=round(sum(counts) / len(counts), 1),
        sentences=len(all_sentences),
        longest=[{"words": words, "text": text} for words, text in longest],
    )


def _texts(value):
    """Every piece of text a visitor reads in a block value, in order."""
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, RichText):
        return [strip_tags(re.sub(r"</(p|li|h\d)>", "\n", value.source))]
    if isinstance(value, str):
        return [value] if not value.startswith(("http://", "https://")) else []
    if hasattr(value, "items"):
        return [text for child in value.values() for text in _texts(child)]
    if isinstance(value, (list, tuple)) or hasattr(value, "__iter__") and not hasattr(value, "pk"):
        return [text for child in value for text in _texts(child)]
    return []


@dataclass
class Verdict:
    """A plain-words judgement for the top of the edit form. `hard` picks
    the warning style; the words never rely on the colour alone."""

    text: str
    hard: bool


def standard_verdict(standard, minimum_reading_ease):
    if standard is None:
        return None
    if standard.reading_ease >= minimum_reading_ease + EASY_MARGIN:
        return Verdict(_("Easy to read"), hard=False)
    if standard.reading_ease >= minimum_reading_ease:
        return Verdict(_("Fairly easy to read"), hard=False)
    if standard.average_sentence_length > LONG_AVERAGE_SENTENCE:
        return Verdict(_("Hard to read: try shorter sentences"), hard=True)
    return Verdict(_("Hard to read: try shorter, everyday words"), hard=True)


def easy_read_verdict(easy_read_warnings, has_blocks):
    if not has_blocks:
        return None
    if easy_read_warnings:
        count = len(easy_read_warnings)
        return Verdict(
            ngettext("%(count)s thing to fix: see below", "%(count)s things to fix: see below", count)
            % {"count": count},
            hard=True,
        )
    return Verdict(_("Keeps to the easy read rules"), hard=False)


@dataclass
class Report:
    standard: Figures | None
    easy_read: Figures | None
    warnings: list
    minimum_reading_ease: int = 0
    standard_verdict: Verdict | None = None
    easy_read_verdict: Verdict | None = None


def report_for_page(page, minimum_reading_ease=None, language=None):
    """Figures and warnings for the page's text in `language` (by default
    the active one, whose fields the page reads)."""
    from .models import ReadabilitySettings

    language = language or get_language()
    if minimum_reading_ease is None:
        minimum_reading_ease = ReadabilitySettings.load().minimum_reading_ease
    standard_texts = [page.intro] + [
        text for block in page.body if block.block_type != "video" for text in _texts(block.value)
    ]
    standard = figures(standard_texts)
    warnings = []
    if standard and standard.reading_ease < minimum_reading_ease:
        warnings.append(
            _(
                "The standard version may be hard to read (reading ease %(ease)s; the site aims for "
                "%(minimum)s or more). Shorter sentences and everyday words help."
            )
            % {"ease": standard.reading_ease, "minimum": minimum_reading_ease}
        )
    standard_sentences = [sentence for text in standard_texts for sentence in sentences(text or "")]
    warnings.extend(_acronym_warnings(_("Standard version"), standard_sentences))
    easy_language = _written_in(page, "easy_read_body", language)
    easy_texts = []
    easy_warnings = []
    easy_sentences = []
    for number, block in enumerate(page.easy_read_body, start=1):
        value = block.value
        text = value.get("text") or ""
        easy_texts.append(text)
        label = _("Easy read block %(number)s") % {"number": number}
        has_picture = value.get("pictogram") or value.get("image")
        if not has_picture:
            easy_warnings.append(
                _("%(block)s has no picture. Choose a pictogram or upload an image.") % {"block": label}
            )
        elif value.get("image") and not (value.get("alt") or "").strip():
            easy_warnings.append(_("%(block)s: the picture has no alt text.") % {"block": label})
        block_sentences = sentences(text)
        easy_sentences.extend(block_sentences)
        if len(block_sentences) > EASY_READ_MAX_SENTENCES:
            easy_warnings.append(
                _("%(block)s has %(count)s sentences. Easy read keeps to one idea: three sentences at most.")
                % {"block": label, "count": len(block_sentences)}
            )
        for sentence in block_sentences:
            easy_warnings.extend(_sentence_warnings(label, sentence, easy_language))
    easy_warnings.extend(_acronym_warnings(_("Easy read version"), easy_sentences))
    warnings.extend(easy_warnings)
    return Report(
        standard=standard,
        easy_read=figures(easy_texts),
        warnings=warnings,
        minimum_reading_ease=minimum_reading_ease,
        standard_verdict=standard_verdict(standard, minimum_reading_ease),
        easy_read_verdict=easy_read_verdict(easy_warnings, bool(page.easy_read_body)),
    )


def _written_in(page, field, language):
    """The language the field's text is in: its own, or English when it has
    none and visitors read the English fallback."""
    return language if is_translated(page, field, language) else settings.LANGUAGE_CODE


def _sentence_warnings(label, sentence, language):
    """The easy read rules one sentence breaks: too long, or passive."""
    found = []
    length, limit = sentence_length(sentence, language)
    if length > limit and limit == EASY_READ_MAX_CHARACTERS:
        found.append(
            _("%(block)s: this sentence has %(count)s characters (easy read allows %(max)s): “%(sentence)s”")
            % {"block": label, "count": length, "max": limit, "sentence": sentence}
        )
    elif length > limit:
        found.append(
            _("%(block)s: this sentence has %(words)s words (easy read allows %(max)s): “%(sentence)s”")
            % {"block": label, "words": length, "max": limit, "sentence": sentence}
        )
    if is_passive(sentence, language):
        found.append(
            _(
                "%(block)s: this sentence may be passive: “%(sentence)s” Say who does what: "
                "“People will believe you”, not “You will be believed”."
            )
            % {"block": label, "sentence": sentence}
        )
    return found


def _acronym_warnings(version, version_sentences):
    return [
        _(
            "%(version)s: “%(acronym)s” is not explained where it first appears: “%(sentence)s” "
            "Give the words in full in that sentence, or say what it means in the next one."
        )
        % {"version": version, "acronym": acronym, "sentence": sentence}
        for acronym, sentence in unexplained_acronyms(version_sentences)
    ]
