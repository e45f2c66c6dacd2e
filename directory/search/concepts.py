"""Query understanding: the services that hold the taxonomy terms a search
names through its words ("refuge" names the accommodation type, "idva" the
IDVA role, "men" the audience), read in one query."""

from collections.abc import Iterable

from django.db.models import CharField, Value

from .. import synonyms
from ..models import Service
from .filters import FILTER_FIELDS


def holders(keys: Iterable[str]) -> dict[str, set[int]]:
    """{"role:idva": ids of services holding that term, ...} for the keys
    given (as synonyms.CONCEPTS lists them), in one UNION query."""
    wanted: dict[str, list[str]] = {}
    for key in keys:
        name, _colon, code = key.partition(":")
        if name in FILTER_FIELDS:
            wanted.setdefault(name, []).append(code)
    found: dict[str, set[int]] = {f"{name}:{code}": set() for name, codes in wanted.items() for code in codes}
    links = [
        getattr(Service, FILTER_FIELDS[name])
        .through.objects.filter(taxonomyterm__code__in=codes)
        .annotate(param=Value(name, output_field=CharField()))
        .values_list("service_id", "param", "taxonomyterm__code")
        .order_by()
        for name, codes in wanted.items()
    ]
    if not links:
        return found
    for service_id, name, code in links[0].union(*links[1:], all=True):
        found[f"{name}:{code}"].add(service_id)
    return found


def term_holders(terms: list[tuple[str, ...]], found: dict[str, set[int]]) -> list[set[int] | None]:
    """For each search term, the services holding a taxonomy term it names;
    None for a term that names none."""
    result: list[set[int] | None] = []
    for alternatives in terms:
        keys = synonyms.concepts(alternatives)
        result.append(set().union(*(found.get(key, set()) for key in keys)) if keys else None)
    return result
