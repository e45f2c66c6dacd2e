"""The order results are shown in: relevance, the same whatever the search
backend, or distance; ties by name."""

from .. import synonyms
from .rows import ResultRow


def rank(rows: list[ResultRow], query: str) -> dict[int, int]:
    """{service id: score}: query terms (through any synonym) found in the
    name count three, in the summary two."""
    names = synonyms.Texts([row.shown_name for row in rows])
    summaries = synonyms.Texts([row.shown_summary for row in rows])
    scores = [0] * len(rows)
    for alternatives in synonyms.terms(query):
        in_name = names.holding(alternatives)
        for index in in_name:
            scores[index] += 3
        for index in summaries.holding(alternatives) - in_name:
            scores[index] += 2
    return {row.key: score for row, score in zip(rows, scores, strict=True)}


def in_order(
    rows: list[ResultRow], scores: dict[int, int], distances: dict[int, tuple[float, bool]] | None
) -> tuple[list[int], list[int]]:
    """(local ids, national ids), in the order shown. Local services come
    nearest first in a distance search, best match first otherwise;
    national helplines best match first, never by distance. Ties go A to Z
    by name."""
    local_ids = [row.key for row in rows if not row.national]
    national_ids = [row.key for row in rows if row.national]
    names = {row.key: row.shown_name.casefold() for row in rows}
    if distances is not None:
        local_ids.sort(key=lambda pk: (distances[pk][0], names[pk]))
    else:
        local_ids.sort(key=lambda pk: (-scores.get(pk, 0), names[pk]))
    national_ids.sort(key=lambda pk: (-scores.get(pk, 0), names[pk]))
    return local_ids, national_ids
