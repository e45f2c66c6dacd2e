"""Abbreviations and other words people use for the same kind of help.

Applied to the visitor's words before they reach the search backend, so the
database and Elasticsearch backends see the same query. Each entry maps a
word or short phrase (lower case) to the words services use for it; a match
searches for either the original word or the expansion."""

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from .search import folding, vocabulary

SYNONYMS = {
    "dv": "domestic abuse",
    "da": "domestic abuse",
    "domestic abuse": "domestic abuse",
    "domestic violence": "domestic abuse",
    "fm": "forced marriage",
    "forced to marry": "forced marriage",
    "marry": "marriage",
    "married": "marriage",
    "hbv": "honour based abuse",
    "hba": "honour based abuse",
    "honour": "honour based abuse",
    "honor": "honour based abuse",
    "fgm": "female genital mutilation",
    "cutting": "female genital mutilation",
    "idva": "independent domestic violence adviser",
    "isva": "independent sexual violence adviser",
    "ypva": "independent domestic violence adviser",
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
    "bisexual": "lgbt",
    "queer": "lgbt",
    "trans": "lgbt",
    "transgender": "lgbt",
    "bsl": "british sign language",
    "sign language": "british sign language",
    "deaf": "deaf",
    "hard of hearing": "deaf",
    "disabled": "disabled",
    "disability": "disabled",
    "sv": "sexual violence",
    "rape": "sexual violence",
    "raped": "sexual violence",
    "sexual assault": "sexual violence",
    "sexually assaulted": "sexual violence",
    "csa": "child sexual abuse",
    "nrpf": "no recourse to public funds",
    "no recourse to public funds": "no recourse to public funds",
    "no recourse": "no recourse to public funds",
    "counseling": "counselling",
    "councelling": "counselling",
    "therapy": "counselling",
    "police": "police",
    "lawyer": "legal",
    "solicitor": "legal",
    "housing": "accommodation",
    "homeless": "accommodation",
    "stalked": "stalking",
    "stalker": "stalking",
    "harassment": "stalking",
    "young people": "young people",
    "young person": "young people",
    "teenager": "young people",
    "teenagers": "young people",
    "teen": "young people",
    "youth": "young people",
    "child": "children",
    "kids": "children",
    "man": "men",
    "male": "men",
    "woman": "women",
    "female": "women",
    "older people": "older people",
    "older person": "older people",
    "elderly": "older people",
    "pensioner": "older people",
    "migrant": "migrant",
    "migrants": "migrant",
    "refugee": "migrant",
    "asylum": "migrant",
    "interpreter": "interpreting",
    "translator": "interpreting",
    "debt": "money",
    "benefits": "money",
    "drugs": "alcohol",
    "drug": "alcohol",
    "drinking": "alcohol",
    "perpetrator": "perpetrator",
    "abuser": "perpetrator",
    "own behaviour": "perpetrator",
    "my behaviour": "perpetrator",
    "own behavior": "perpetrator",
    "my behavior": "perpetrator",
    # People's own words for what is happening to them.
    "hits": "domestic abuse",
    "hit me": "domestic abuse",
    "hitting": "domestic abuse",
    "beats": "domestic abuse",
    "hurts me": "domestic abuse",
    "violent": "domestic abuse",
    "abusive": "domestic abuse",
    "controlling": "domestic abuse",
    "coercive control": "domestic abuse",
    "checks my phone": "domestic abuse",
    "check my phone": "domestic abuse",
    "reads my messages": "domestic abuse",
    "boyfriend": "domestic abuse",
    "girlfriend": "domestic abuse",
    "husband": "domestic abuse",
    "wife": "domestic abuse",
    "partner": "domestic abuse",
    "somewhere safe to stay": "refuge",
    "somewhere to stay": "refuge",
    "safe place to stay": "refuge",
    "place to stay": "refuge",
    "nowhere to live": "refuge",
}

# Words people add to ask for help that name no kind of help: they never
# narrow a search, so a query of nothing else lists every service (nearest
# and most relevant first), and "support for men" searches for men.
FILLER_WORDS = frozenset(
    [
        "afraid",
        "anyone",
        "find",
        "frightened",
        "help",
        "helps",
        "helping",
        "looking",
        "need",
        "needs",
        "please",
        "service",
        "services",
        "scared",
        "somebody",
        "someone",
        "speak",
        "support",
        "talk",
        "talking",
        "survivor",
        "survivors",
        "urgent",
        "urgently",
        "victim",
        "victims",
        "want",
        "worried",
    ]
)

# Words that carry no meaning in a search. PostgreSQL drops them and SQLite
# does not, so they are removed here to keep both backends alike.
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "am",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "get",
        "had",
        "has",
        "have",
        "he",
        "her",
        "him",
        "his",
        "how",
        "i",
        "i'm",
        "im",
        "in",
        "is",
        "it",
        "me",
        "my",
        "near",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "that",
        "the",
        "them",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "where",
        "who",
        "with",
        "you",
        "your",
    ]
)

# Other words services use for an expansion, searched for too: "raped"
# finds "rape" and "sexual abuse" as well as "sexual violence".
RELATED = {
    "sexual violence": ("rape", "sexual assault", "sexual abuse"),
}

# The taxonomy terms a search term names, keyed by what terms() expands it
# to (or by the word itself): services holding one rank above those that
# only mention the words, and are found even if they do not. Keys are those
# of the filters: "type:accommodation", "role:idva", "audience:men".
CONCEPTS = {
    "domestic abuse": ("role:idva", "role:marac", "type:accommodation"),
    "sexual violence": ("role:isva", "role:sarc"),
    "refuge": ("type:accommodation",),
    "accommodation": ("type:accommodation",),
    "independent domestic violence adviser": ("role:idva",),
    "independent sexual violence adviser": ("role:isva",),
    "sexual assault referral centre": ("role:sarc",),
    "multi agency risk assessment conference": ("role:marac",),
    "counselling": ("role:counselling",),
    "helpline": ("role:helpline",),
    "outreach": ("role:outreach",),
    "perpetrator": ("role:perpetrator-programme", "audience:own-behaviour"),
    "lgbt": ("audience:lgbt",),
    "men": ("audience:men",),
    "women": ("audience:women",),
    "young people": ("audience:young-people", "role:children-young-people"),
    "children": ("audience:children", "role:children-young-people", "type:childrens-services"),
    "older people": ("audience:older-people",),
    "deaf": ("audience:disabled-deaf",),
    "disabled": ("audience:disabled-deaf",),
    "british sign language": ("audience:disabled-deaf",),
    "migrant": ("audience:migrants-nrpf",),
    "no recourse to public funds": ("audience:migrants-nrpf",),
    "immigration": ("type:immigration", "audience:migrants-nrpf"),
    "legal": ("type:legal",),
    "money": ("type:financial-advice",),
    "alcohol": ("type:drug-alcohol",),
    "interpreting": ("type:interpreting",),
    "health": ("type:health",),
}


def _key(phrase: str) -> str:
    """What a phrase is looked up by: its words, folded (folding.fold)."""
    return " ".join(folding.fold(word) for word in folding.words(phrase))


def _every_language() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(phrases, filler words, stop words) of English and of every
    language's vocabulary, keyed by their folded spelling. An entry means
    what the English word it names means: a phrase expands as that word
    does, and a word meaning a filler or stop word is one."""
    phrases = {_key(phrase): expansion for phrase, expansion in SYNONYMS.items()}
    filler, stop = set(FILLER_WORDS), set(STOP_WORDS)
    for entry in vocabulary.entries():
        for phrase in entry.words:
            if entry.means in FILLER_WORDS:
                filler.add(_key(phrase))
            elif entry.means in STOP_WORDS:
                stop.add(_key(phrase))
            else:
                phrases[_key(phrase)] = SYNONYMS.get(entry.means, entry.means)
    return phrases, frozenset(filler), frozenset(stop)


# Every language's phrases, filler and stop words, as terms() reads them.
PHRASES, ALL_FILLER_WORDS, ALL_STOP_WORDS = _every_language()
_MAX_PHRASE = max(len(phrase.split()) for phrase in PHRASES)
# Han text has no spaces: its runs are cut at the phrases and words known.
_HAN_KNOWN = frozenset(
    key for key in (*PHRASES, *ALL_FILLER_WORDS, *ALL_STOP_WORDS) if folding.HAN.fullmatch(key.replace(" ", ""))
)
_HAN_LONGEST = max(map(len, _HAN_KNOWN), default=1)
# What folding.words() keeps that backends disagree about.
_NOT_SEARCHED = re.compile(r"[+'_]")


def words_of(query: str | None) -> list[str]:
    """The visitor's words, lower case, as terms() reads them: Han text cut
    into the phrases the vocabulary knows."""
    return [piece for word in folding.words(query or "") for piece in folding.segment(word, _HAN_KNOWN, _HAN_LONGEST)]


def _typed(words: list[str]) -> str:
    """Words as the backends are asked for them: letters, digits and marks
    only (translations.search.plain_words would cut Bengali or Punjabi
    words apart at their vowel signs, which are marks)."""
    return " ".join(_NOT_SEARCHED.sub(" ", " ".join(words)).split())


def terms(query: str | None) -> list[tuple[str, ...]]:
    """Split the visitor's words into search terms, each a tuple of the
    alternatives that should match: ("dv", "domestic abuse"), ("women",).
    Words are compared folded ("domową" as "domowa"), in any of the site's
    languages, and searched for as typed. Stop words and filler words are
    dropped; words that expand to the same thing ("my boyfriend hits me")
    make one term."""
    words = words_of(query)
    keys = [folding.fold(word) for word in words]
    result: list[tuple[str, ...]] = []
    by_expansion: dict[str, int] = {}
    index = 0
    while index < len(words):
        for size in range(min(_MAX_PHRASE, len(words) - index), 0, -1):
            phrase = " ".join(keys[index : index + size])
            if phrase in PHRASES:
                typed = _typed(words[index : index + size])
                expansion = PHRASES[phrase]
                related = RELATED.get(expansion, ())
                if expansion in by_expansion:
                    at = by_expansion[expansion]
                    result[at] = tuple(dict.fromkeys([typed, *result[at]]))
                else:
                    by_expansion[expansion] = len(result)
                    result.append(tuple(dict.fromkeys([typed, expansion, *related])))
                index += size
                break
        else:
            word, key = words[index], keys[index]
            index += 1
            if key not in ALL_STOP_WORDS and key not in ALL_FILLER_WORDS:
                plain = _typed([word])
                if plain:
                    result.append((plain,))
    return [alternatives for alternatives in result if all(alternatives)]


def concepts(alternatives: Iterable[str]) -> set[str]:
    """The taxonomy terms ("role:idva") a search term names, through any
    of its alternatives."""
    return {key for alternative in alternatives for key in CONCEPTS.get(alternative, ())}


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
