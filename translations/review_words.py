"""Words other apps keep outside pages and records, such as the directory's
search vocabulary, that await a native speaker's review: the translation
status report lists them per language, in a section of their own."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Awaiting:
    """One source's words awaiting review in a language: `entries` as
    (what they mean, in English; the words)."""

    title: str
    entries: list[tuple[str, tuple[str, ...]]]


_SOURCES: list[Callable[[str], Awaiting]] = []


def register_review_source(source: Callable[[str], Awaiting]) -> None:
    """An app lists its words awaiting review: `source(language)`."""
    _SOURCES.append(source)


def awaiting_review(language: str | None) -> list[Awaiting]:
    """Every source's words awaiting review in `language`, sources with
    none left out."""
    if not language:
        return []
    found = [source(language) for source in _SOURCES]
    return [awaiting for awaiting in found if awaiting.entries]
