"""Abbreviations and other words people use for the same kind of help.

Applied to the visitor's words before they reach the search backend, so the
database and Elasticsearch backends see the same query. Each entry maps a
word or short phrase (lower case) to the words services use for it; a match
searches for either the original word or the expansion."""

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from translations.search import plain_words

SYNONYMS = {
    "dv": "domestic abuse",
    "da": "domestic abuse",
    "domestic violence": "domestic abuse",
    "fm": "forced marriage",
    "hbv": "honour based abuse",
    "hba": "honour based abuse",
    "honour": "honour based abuse",
    "honor": "honour based abuse",
    "fgm": "female genital mutilation",
    "idva": "independent domestic violence adviser",
    "isva": "independent sexual violence adviser",
    "sarc": "sexual assault referral centre",
    "marac": "multi agency risk assessment conference",
    "refuge": "refuge",
    "shelter": "refuge",
    "safe house": "refuge",
    "lgbt": "lgbt",
    "lgbtq": "lgbt",
    "lgbtq+": "lgbt",
    "lgbtqia+": "lgbt",
    "lgbt+": "lgbt",
    "gay": "lgbt",
    "lesbian": "lgbt",
    "trans": "lgbt",
    "bsl": "british sign language",
    "deaf": "deaf",
    "sv": "sexual violence",
    "rape": "sexual violence",
    "csa": "child sexual abuse",
    "nrpf": "no recourse to public funds",
    "counseling": "counselling",
    "councelling": "counselling",
    "lawyer": "legal",
    "solicitor": "legal",
    "housing": "accommodation",
}

# Words that carry no meaning in a search. PostgreSQL drops them and SQLite
# does not, so they are removed here to keep both backends alike.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "for",
        "from",
        "get",
        "help",
        "i",
        "in",
        "is",
        "it",
        "me",
        "my",
        "near",
        "need",
        "of",
        "on",
        "or",
        "our",
        "please",
        "service",
        "services",
        "support",
        "the",
        "to",
        "with",
        "who",
        "what",
        "where",
        "i'm",
        "im",
    ]
)

WORD_RE = re.compile(r"[\w+']+", re.UNICODE)
_LONGEST_FIRST = sorted(SYNONYMS, key=lambda phrase: -len(phrase.split()))
_MAX_PHRASE = max(len(phrase.split()) for phrase in SYNONYMS)


def terms(query: str | None) -> list[tuple[str, ...]]:
    """Split the visitor's words into search terms, each a tuple of the
    alternatives that should match: ("dv", "domestic abuse"), ("women",)."""
    words = [word.lower().strip("'") for word in WORD_RE.findall(query or "")]
    words = [word for word in words if word]
    result = []
    index = 0
    while index < len(words):
        for size in range(min(_MAX_PHRASE, len(words) - index), 0, -1):
            phrase = " ".join(words[index : index + size])
            if phrase in SYNONYMS:
                expansion = SYNONYMS[phrase]
                result.append(tuple(dict.fromkeys([plain_words(phrase), expansion])))
                index += size
                break
        else:
            word = words[index]
            index += 1
            if word not in STOP_WORDS:
                plain = plain_words(word)
                if plain:
                    result.append((plain,))
    return [alternatives for alternatives in result if all(alternatives)]


class Texts:
    """Many texts searched for whole words (split as search terms are) all
    at once: one regular-expression pass over the texts joined, instead of
    splitting each, because ranking searches every result."""

    def __init__(self, texts: list[str]) -> None:
        lowered = [text.lower() for text in texts]
        self._joined = "\n".join(lowered)
        self._starts = list(accumulate((len(text) + 1 for text in lowered[:-1]), initial=0))

    def with_word(self, word: str) -> set[int]:
        """Indexes of the texts that hold `word` (letters and digits)."""
        # The word first and the letter before it checked after: a pattern
        # that opens with a look-behind is tried at every position.
        escaped = re.escape(word)
        pattern = re.compile(rf"{escaped}(?<![^\W_]{escaped})(?![^\W_])")
        return {bisect_right(self._starts, match.start()) - 1 for match in pattern.finditer(self._joined)}

    def holding(self, alternatives: Iterable[str]) -> set[int]:
        """Indexes of the texts that hold every word of any of the
        alternatives (a term from terms())."""
        found = set()
        for alternative in alternatives:
            found |= set.intersection(*(self.with_word(word) for word in alternative.split()))
        return found
