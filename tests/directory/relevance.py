"""Precision at 5 over the public relevance set (relevance_set.json) on the
demo directory: for each query, the share of its first five results (local
or national, as the query says) that are relevant, out of five or of the
relevant services the directory holds if fewer. `make bench` prints it; a
test keeps its mean above a floor. The same for the set in every language
(relevance_set_languages.json), each query searched in its language."""

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from django.http import QueryDict
from django.utils import translation

from directory.models import Service, ServiceArea
from directory.search import parameters, results
from directory.search.filters import FILTER_FIELDS
from directory.search.geometry import nearby

SET = Path(__file__).with_name("relevance_set.json")
LANGUAGES_SET = Path(__file__).with_name("relevance_set_languages.json")
K = 5


@dataclass
class Scored:
    query: str
    where: str
    group: str
    precision: float
    top: list[str]
    relevant_held: int  # relevant services the directory holds in the group
    language: str = "en"


def load():
    return json.loads(SET.read_text(encoding="utf-8"))


def load_languages():
    """The set in every language, with the named sets of the English one."""
    return json.loads(LANGUAGES_SET.read_text(encoding="utf-8")) | {"sets": load()["sets"]}


def _facts():
    """{name: (keys of its terms, referral route, nations, national, id)}
    for every public service, read apart from the search."""
    facts = {}
    services = Service.objects.public().prefetch_related(*FILTER_FIELDS.values(), "service_areas")
    for service in services:
        keys = {
            f"{param}:{term.code}" for param, field in FILTER_FIELDS.items() for term in getattr(service, field).all()
        }
        national = [area for area in service.service_areas.all() if area.kind == ServiceArea.Kind.NATIONAL]
        nations = {nation for area in national for nation in area.nations}
        facts[service.name] = (keys, service.referral_route, nations, bool(national), service.pk)
    return facts


def _is_relevant(name, fact, relevant, sets):
    keys, route, nations, _national, _pk = fact
    named = set(relevant.get("services", []))
    for set_name in relevant.get("sets", []):
        named |= set(sets[set_name])
    return (
        name in named
        or bool(keys & set(relevant.get("terms", [])))
        or route in relevant.get("referral", [])
        or bool(nations & set(relevant.get("nations", [])))
    )


def score(data=None):
    """[Scored] for every query of the set (`data`, the English set unless
    given), in the set's order, each searched in its language."""
    data = data or load()
    facts = _facts()
    known = parameters.known_terms()
    scored = []
    for item in data["queries"]:
        language = item.get("language", "en")
        with translation.override(language):
            form = QueryDict(mutable=True)
            form["q"] = item["q"]
            if item.get("where"):
                form["where"] = item["where"]
            params, _messages = parameters.parse(form, known)
            result = results.run(params, known=known)
            group = item.get("group", "local")
            listed = (
                [listing.name for listing, _miles, _by_area in result.local]
                if group == "local"
                else [listing.name for listing in result.national]
            )
            top = listed[:K]
            # Local services count only within reach of the place searched near.
            reach = set(nearby(params.centre, params.radius)) if params.centre and group == "local" else None
            held = sum(
                1
                for name, fact in facts.items()
                if fact[3] == (group == "national")
                and (reach is None or fact[4] in reach)
                and _is_relevant(name, fact, item["relevant"], data["sets"])
            )
            hits = sum(
                1 for name in top if name in facts and _is_relevant(name, facts[name], item["relevant"], data["sets"])
            )
            precision = hits / min(K, held) if held else 1.0
            scored.append(Scored(item["q"], item.get("where", ""), group, precision, top, held, language))
    return scored


def mean(scored):
    return statistics.fmean(item.precision for item in scored if item.relevant_held)


def by_language(scored):
    """{language: its queries' Scored}, in the order the set names them."""
    found = {}
    for item in scored:
        found.setdefault(item.language, []).append(item)
    return found


def report_languages(scored, worst=12):
    """The mean precision at 5 in each language, then the worst queries."""
    lines = [f"Relevance set in every language: {len(scored)} queries, mean precision at {K} {mean(scored):.3f}"]
    for language, items in by_language(scored).items():
        lines.append(f"  {language:8} {mean(items):.3f} over {len(items)} queries")
    lines.append("  worst:")
    for item in sorted((item for item in scored if item.relevant_held), key=lambda item: item.precision)[:worst]:
        where = f" near {item.where}" if item.where else ""
        lines.append(
            f"  {item.precision:.2f}  [{item.language}] {item.query!r}{where} ({item.group}): "
            f"{', '.join(item.top) or 'no results'}"
        )
    return lines


def report(scored, worst=8):
    lines = [f"Relevance set: {len(scored)} queries, mean precision at {K} {mean(scored):.3f}"]
    unjudged = [item for item in scored if not item.relevant_held]
    if unjudged:
        lines.append(f"  {len(unjudged)} left out: the directory holds no service relevant to them")
    lines.append("  worst:")
    for item in sorted((item for item in scored if item.relevant_held), key=lambda item: item.precision)[:worst]:
        where = f" near {item.where}" if item.where else ""
        lines.append(
            f"  {item.precision:.2f}  {item.query!r}{where} ({item.group}): {', '.join(item.top) or 'no results'}"
        )
    return lines
