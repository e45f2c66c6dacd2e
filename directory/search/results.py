"""A search's results: the page of local services, the national group and
the counts for every filter option, in a number of queries that does not
grow with the results."""

import datetime
import math
from dataclasses import dataclass, field

from django.db.models import F

from waymark.db import InIds

from .. import listings, opening_hours
from ..listings import Listing
from ..models import Service
from . import nations, spelling
from .counts import counts
from .filters import NATIONAL, NATIONAL_AREAS, filter_q
from .geometry import locate, nearby
from .parameters import KnownTerms, Params, known_terms
from .ranking import in_order, rank
from .rows import result_rows
from .text import TextSearch, search

PAGE_SIZE = 20  # local results a page; national helplines always show in full


@dataclass
class Result:
    local: list[tuple[Listing, float | None, bool]] = field(default_factory=list)  # (listing, miles, by_area)
    national: list[Listing] = field(default_factory=list)
    local_total: int = 0
    page: int = 1
    pages: int = 1
    # None before any search: no counts are shown then.
    counts: dict[str, int] | None = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    # The query with misspelt words corrected, when the words as typed
    # matched nothing and the corrected ones were searched instead.
    suggestion: str = ""
    # The visitor's nation ("england"), from where the search is centred.
    nation: str | None = None

    @property
    def total(self) -> int:
        return self.local_total + len(self.national)

    @property
    def first_shown(self) -> int:
        return (self.page - 1) * PAGE_SIZE + 1 if self.local else 0

    @property
    def last_shown(self) -> int:
        return self.first_shown + len(self.local) - 1 if self.local else 0


def run(params: Params, now: datetime.datetime | None = None, known: KnownTerms | None = None) -> Result:
    """Search; returns a Result. Queries per call do not grow with results."""
    now = now or opening_hours.now()
    result = Result()
    message = locate(params)
    if message:
        result.messages.append(message)

    services = Service.objects.public()
    words = search(params.query) if params.query else TextSearch()
    if params.query and words.terms and not words.ids:
        corrected = spelling.corrected(params.query)
        if corrected:
            better = search(corrected)
            if better.ids is None or better.ids:  # None: "hlep" became "help", which lists everything
                words, result.suggestion = better, corrected
    if words.ids is not None:
        services = services.filter(InIds(F("pk"), words.ids))
    services = services.filter(filter_q(params, now))

    distances = None
    if params.centre is not None:
        distances = nearby(params.centre, params.radius)
        # One list of ids, not "national OR nearby": PostgreSQL cannot use
        # the primary key's index for an OR and read the whole directory.
        national = NATIONAL_AREAS.values_list("service_id", flat=True)
        services = services.filter(InIds(F("pk"), [*distances, *national]))
    result.nation = nations.of_search(params)

    rows = result_rows(services, now)
    scores = rank(rows, words) if words.terms else {}
    fit = nations.fit([row.key for row in rows if row.national], result.nation)
    # Any words, even those that name no kind of help ("I need help"), ask for help.
    local_ids, national_ids = in_order(rows, scores, distances, fit, asked=bool(params.query))
    result.local_total = len(local_ids)
    result.pages = max(1, math.ceil(len(local_ids) / PAGE_SIZE))
    result.page = min(params.page, result.pages)
    shown = local_ids[(result.page - 1) * PAGE_SIZE : result.page * PAGE_SIZE]

    loaded = listings.load(Service.objects.filter(pk__in=shown + national_ids), now)
    for pk in shown:
        miles, by_area = distances[pk] if distances is not None else (None, False)
        result.local.append((loaded[pk], miles, by_area))
    result.national = [loaded[pk] for pk in national_ids]
    result.counts = counts(rows, known or known_terms())
    return result


def national_helplines(now: datetime.datetime, nation: str | None = None) -> list[Listing]:
    """Listings of every public national service by name, lines for other
    nations than the visitor's `nation` (if known) only last."""
    found = listings.load(Service.objects.public().filter(NATIONAL), now)
    fit = nations.fit(list(found), nation)
    return sorted(
        found.values(),
        key=lambda listing: (fit.get(listing.pk, nations.COVERS) == nations.ELSEWHERE, listing.name.casefold()),
    )
