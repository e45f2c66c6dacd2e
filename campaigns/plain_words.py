"""Two plain-words rules a machine can check roughly: no passive sentences
in easy read, and no acronym left unexplained where it first appears.

Both are heuristics that give editors advice, never a block on saving: a
person reading the sentence decides. They err towards saying nothing, so
a warning is worth reading.

Passive voice is checked in English, Welsh, Polish and Romanian. It is
NOT checked in Urdu, Punjabi, Bengali, Arabic, Somali or Chinese: their
passives are not marked by a few auxiliary words that a pattern can find
without a grammar of the language, and a wrong warning teaches editors to
ignore the panel."""

import re

# --- Passive voice -------------------------------------------------------

# English: a form of "be" or "get", up to two small words ("not",
# "always", "being"…), then a past participle.
_EN_AUXILIARY = r"(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting)"
_EN_BETWEEN = r"(?:(?:not|never|always|often|also|just|still|being|been|really|sometimes)\s+){0,2}"
_EN_IRREGULAR = frozenset(
    [
        "beaten",
        "begun",
        "bitten",
        "blown",
        "broken",
        "brought",
        "built",
        "bought",
        "caught",
        "chosen",
        "come",
        "done",
        "drawn",
        "driven",
        "eaten",
        "fallen",
        "felt",
        "fought",
        "found",
        "forgiven",
        "forgotten",
        "frozen",
        "given",
        "gone",
        "grown",
        "heard",
        "held",
        "hidden",
        "hit",
        "hurt",
        "kept",
        "known",
        "laid",
        "led",
        "left",
        "lent",
        "let",
        "lost",
        "made",
        "meant",
        "met",
        "paid",
        "put",
        "read",
        "ridden",
        "rung",
        "run",
        "said",
        "seen",
        "sent",
        "set",
        "shaken",
        "shot",
        "shown",
        "shut",
        "sold",
        "sought",
        "spent",
        "spoken",
        "stolen",
        "struck",
        "stuck",
        "sung",
        "taken",
        "taught",
        "thrown",
        "told",
        "thought",
        "understood",
        "woken",
        "won",
        "worn",
        "written",
    ]
)
# Words in -ed that are adjectives after "be" in everyday English ("I am
# scared"), and -ed words that are no participle at all.
_EN_NOT_PASSIVE = frozenset(
    [
        "afraid",
        "alarmed",
        "ashamed",
        "bored",
        "concerned",
        "confused",
        "depressed",
        "determined",
        "disappointed",
        "embarrassed",
        "excited",
        "exhausted",
        "frightened",
        "interested",
        "involved",
        "married",
        "pleased",
        "prepared",
        "relaxed",
        "scared",
        "shocked",
        "stressed",
        "supposed",
        "surprised",
        "tired",
        "upset",
        "used",
        "worried",
        "bed",
        "bleed",
        "feed",
        "hundred",
        "naked",
        "need",
        "red",
        "sacred",
        "seed",
        "shed",
        "speed",
        "wicked",
    ]
)

_EN_PASSIVE = re.compile(rf"\b{_EN_AUXILIARY}\s+{_EN_BETWEEN}([a-z]+)\b", re.IGNORECASE)

# Welsh: "cael" (or its mutations and past forms) + a possessive + a
# verbnoun: "mae'n cael ei wneud", "cafodd hi ei tharo".
_CY_PASSIVE = re.compile(
    r"\b(?:cael|gael|chael|cafodd|gafodd|chafodd|caiff|gaiff|ces|ges|cest|gest|cawson|gawson)"
    r"\s+(?:\w+\s+)?(?:ei|eu|fy|dy|ein|eich|'i|'u)\s+\w+",
    re.IGNORECASE,
)

# Polish: "zostać" as an auxiliary, or "być" before a passive participle
# (-any, -ony, -ęty, -ity, -yty, -uty and their forms). Adjectives such as
# "bezpłatna" or "bezpieczny" end otherwise and are not caught.
_PL_PARTICIPLE = r"\w{2,}(?:an|on|en|ęt|it|yt|ut)(?:y|a|e|i|ych)"
_PL_PASSIVE = re.compile(
    rf"\b(?:zostać|został|została|zostało|zostali|zostały|zostanie|zostaną|zostałem|zostałam|zostałeś|zostałaś"
    rf"|jest|są|był|była|było|byli|były|będzie|będą|jestem|jesteś)\s+(?:\w+\s+)?{_PL_PARTICIPLE}\b",
    re.IGNORECASE,
)

# Romanian: a form of "a fi" before a participle (-at, -it, -ut, -s and
# their forms). Since "este gratuit" (it is free) looks the same, a
# present-tense form counts only with an agent ("de către"); the past
# forms "a fost", "au fost"… count alone.
_RO_PARTICIPLE = r"\w{2,}(?:at|it|ut|ât|s)(?:ă|e|ți|i)?"
_RO_PAST = re.compile(rf"\b(?:a|au|am|ai|ați|ar|va|vor|vei)\s+(?:fost|fi)\s+{_RO_PARTICIPLE}\b", re.IGNORECASE)
_RO_PRESENT = re.compile(rf"\b(?:este|e|sunt|ești|suntem|sunteți)\s+{_RO_PARTICIPLE}\b.*\bde către\b", re.IGNORECASE)


def _english_passive(sentence):
    for match in _EN_PASSIVE.finditer(sentence):
        word = match.group(1).lower()
        if word in _EN_NOT_PASSIVE:
            continue
        if word in _EN_IRREGULAR or (len(word) > 4 and word.endswith("ed")):
            return True
    return False


PASSIVE_CHECKS = {
    "en": _english_passive,
    "cy": lambda sentence: bool(_CY_PASSIVE.search(sentence)),
    "pl": lambda sentence: bool(_PL_PASSIVE.search(sentence)),
    "ro": lambda sentence: bool(_RO_PAST.search(sentence) or _RO_PRESENT.search(sentence)),
}


def base_language(language):
    return (language or "en").split("-")[0].split("_")[0].lower()


def passive_checked(language):
    """Whether passive voice is checked in this language at all."""
    return base_language(language) in PASSIVE_CHECKS


def is_passive(sentence, language="en"):
    """Whether the sentence reads as passive; False for a language that is
    not checked (see passive_checked)."""
    check = PASSIVE_CHECKS.get(base_language(language))
    return bool(check and check(sentence))


# --- Acronyms ------------------------------------------------------------

# Known to nearly every reader in the UK better than their long forms:
# "OK" and "TV" are everyday words; "UK", "NHS" and "GP" (and Welsh "DU"
# and "GIG") are names people know as letters better than spelled out.
# Anything else, however common in the sector (IDVA, MARAC, FGM, LGBT,
# BSL), is explained.
KNOWN_ACRONYMS = frozenset({"OK", "TV", "UK", "NHS", "GP", "DU", "GIG"})

# Two or more capitals, with an optional plural "s": "IDVA", "IDVAs", "LGBT+".
_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9]*[A-Z])s?\b")
_LETTERS = re.compile(r"[^\W\d_]+")
# What makes a next sentence an explanation, in the languages whose words
# are known here: "MARAC is a meeting…", "It means…", "IDVA oznacza…".
_DEFINES = r"(?:means|stands for|is|are|yw|golygu|oznacza|to|înseamnă|este|sunt)"
_POINTS_BACK = re.compile(
    r"\s*(?:it|this|that|they|mae|hyn|to|aceasta|asta)\s+(?:means|stands for|is an?|are|yn golygu|oznacza|înseamnă)\b",
    re.IGNORECASE,
)


def _spelled_out(acronym, sentence):
    """Whether the sentence has words whose first letters spell the acronym,
    as "independent domestic violence adviser" spells IDVA."""
    initials = "".join(word[0].upper() for word in _LETTERS.findall(sentence.replace(acronym, " ")))
    return acronym in initials


def _explained_here(acronym, sentence):
    after = re.search(rf"\b{re.escape(acronym)}s?\s*\(", sentence)
    in_brackets = re.search(rf"\(\s*{re.escape(acronym)}s?\s*\)", sentence)
    return bool(after or in_brackets or _spelled_out(acronym, sentence))


def _explained_next(acronym, next_sentence):
    if not next_sentence:
        return False
    if _spelled_out(acronym, next_sentence):
        return True
    names_it = re.search(rf"\b{re.escape(acronym)}s?\s+(?:\w+\s+)?{_DEFINES}\b", next_sentence)
    return bool(names_it or _POINTS_BACK.match(next_sentence))


def unexplained_acronyms(sentences):
    """[(acronym, sentence)] for each acronym whose first use in these
    sentences, taken in reading order, is neither spelled out in its own
    sentence nor explained in the next. Later uses need no explaining."""
    seen = set()
    found = []
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        for acronym in dict.fromkeys(_ACRONYM.findall(sentence)):
            if acronym in seen or acronym in KNOWN_ACRONYMS:
                continue
            seen.add(acronym)
            if not (_explained_here(acronym, sentence) or _explained_next(acronym, following)):
                found.append((acronym, sentence))
    return found
