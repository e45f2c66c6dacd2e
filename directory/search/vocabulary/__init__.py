"""The directory's concepts in the words of each language the site is in:
one JSON file per language (pl.json, ur.json...), English being the
synonym table itself (directory/synonyms.py).

Each entry lists words and phrases people use and what they mean, as the
English word the search already understands: "przemoc domowa" means
"domestic abuse", "policja" means "police", "pomoc" means "help" (a word
that asks for help and narrows nothing) and "dla" means "the" (a word that
carries no meaning in a search). So a query in Polish finds services whose
text is only in English, by the same rules as an English one.

Every entry is written by the project and flagged `"reviewed": false`
until a native speaker has checked it; the translation status report lists
those awaiting review (`awaiting_review`)."""

import functools
import json
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).parent


@dataclass(frozen=True)
class Entry:
    language: str
    means: str
    words: tuple[str, ...]
    reviewed: bool


@functools.cache
def entries() -> tuple[Entry, ...]:
    """Every entry of every language's file, in the files' order."""
    found: list[Entry] = []
    for path in sorted(FOLDER.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found += [
            Entry(data["language"], item["means"], tuple(item["words"]), bool(item["reviewed"]))
            for item in data["entries"]
        ]
    return tuple(found)


def languages() -> list[str]:
    """The languages that have a vocabulary file, as their codes."""
    return list(dict.fromkeys(entry.language for entry in entries()))


def awaiting_review(language: str) -> list[Entry]:
    """The entries of `language` no native speaker has checked yet."""
    return [entry for entry in entries() if entry.language == language and not entry.reviewed]
