"""The order results are shown in: relevance, the same whatever the search
backend, then distance; ties by name. National helplines come by their fit
to the visitor's nation, then relevance."""

from .. import synonyms
from .filters import SELF_ROUTES
from .nations import COVERS, ELSEWHERE
from .rows import ResultRow
from .text import TextSearch

# What a search term earns a service. Holding a type, role or audience the
# term names, or having its words in the service's name, makes a service
# one of that kind (STRONG); two of holding it, the name and the summary
# earn BOTH more. Its words only
# in the summary earn less, and only deeper (the description, the
# organisation's name) nothing, though the service still matches.
STRONG = 4
BOTH = 1
IN_SUMMARY = 2


def rank(rows: list[ResultRow], search: TextSearch) -> dict[int, int]:
    """{service id: score} for the search's terms."""
    names = synonyms.Texts([row.shown_name for row in rows])
    summaries = synonyms.Texts([row.shown_summary for row in rows])
    scores = [0] * len(rows)
    for alternatives, held in zip(search.terms, search.named, strict=True):
        in_name = names.holding(alternatives)
        in_summary = summaries.holding(alternatives)
        holding = {index for index, row in enumerate(rows) if row.key in held} if held else set()
        for index in in_name | holding:
            scores[index] += STRONG
        for index in (in_name & holding) | (holding & in_summary) | (in_name & in_summary):
            scores[index] += BOTH
        for index in in_summary - in_name - holding:
            scores[index] += IN_SUMMARY
    return {row.key: score for row, score in zip(rows, scores, strict=True)}


def in_order(
    rows: list[ResultRow],
    scores: dict[int, int],
    distances: dict[int, tuple[float, bool]] | None,
    nation_fit: dict[int, int] | None = None,
    asked: bool = False,
) -> tuple[list[int], list[int]]:
    """(local ids, national ids), in the order shown. Local services come
    best match first; when the visitor `asked` in words, among equals the
    services they can contact themselves come before referral-only ones (a
    person in crisis typing "domestic abuse" should not meet the MARAC
    coordinator first); then nearest first in a distance search.
    National helplines are never sorted by distance: lines for other
    nations than the visitor's only (`nation_fit`, nations.fit) last, best
    match first otherwise, and a line known to cover the visitor's nation
    before one whose nations are not confirmed. Ties go A to Z by name."""
    local_ids = [row.key for row in rows if not row.national]
    national_ids = [row.key for row in rows if row.national]
    names = {row.key: row.shown_name.casefold() for row in rows}
    referral_only = {row.key for row in rows if asked and row.route not in SELF_ROUTES}
    if distances is not None:
        local_ids.sort(key=lambda pk: (-scores.get(pk, 0), pk in referral_only, distances[pk][0], names[pk]))
    else:
        local_ids.sort(key=lambda pk: (-scores.get(pk, 0), pk in referral_only, names[pk]))
    fit = nation_fit or {}
    national_ids.sort(
        key=lambda pk: (fit.get(pk, COVERS) == ELSEWHERE, -scores.get(pk, 0), fit.get(pk, COVERS), names[pk])
    )
    return local_ids, national_ids
