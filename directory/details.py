"""What a service's page and the signposting sheet read of services: every
related table in one query each, and the names of their taxonomy terms."""

from collections.abc import Iterable
from typing import TypeVar

from django.db.models import F, Manager, Model, Prefetch, QuerySet, Value

from translations.languages import in_language, unread_translations
from waymark.db import InIds

from .models import (
    TERM_FIELDS,
    ClosedDay,
    ContactRoute,
    Location,
    Organisation,
    Service,
    ServiceArea,
    ServiceAtLocation,
)

Related = TypeVar("Related", bound=Model)


def with_details(services: QuerySet[Service]) -> QuerySet[Service]:
    """Services with everything their page and the signposting sheet show,
    in one query per related table."""

    def only_read(manager: Manager[Related]) -> QuerySet[Related]:
        return manager.defer(*unread_translations(manager.model))

    return (
        services.select_related("organisation")
        .defer(*unread_translations(Service), *unread_translations(Organisation, "organisation__"))
        .prefetch_related(
            Prefetch("contact_routes", only_read(ContactRoute.objects)),
            "schedule_periods",
            Prefetch("closed_days", only_read(ClosedDay.objects)),
            Prefetch("service_areas", only_read(ServiceArea.objects)),
            Prefetch(
                "service_at_locations",
                ServiceAtLocation.objects.select_related("location").defer(
                    *unread_translations(Location, "location__")
                ),
            ),
        )
    )


def term_links(service_ids: Iterable[int]) -> list[tuple[str, QuerySet[Model]]]:
    """[(relation, its links to taxonomy terms for these services)] for the
    three kinds of term, to be read in one UNION query."""
    return [
        (relation, getattr(Service, relation).through.objects.filter(InIds(F("service_id"), service_ids)))
        for relation in TERM_FIELDS.values()
    ]


def term_names(service_ids: list[int]) -> dict[int, dict[str, list[str]]]:
    """{service id: {"service_types": [...], "specialist_roles": [...],
    "audiences": [...]}}: the names of services' taxonomy terms in the
    visitor's language, A to Z, in one query for all three."""
    found: dict[int, dict[str, list[str]]] = {
        pk: {relation: [] for relation in TERM_FIELDS.values()} for pk in service_ids
    }
    if not found:
        return found
    links = [
        through.annotate(relation=Value(relation), shown_name=in_language("taxonomyterm__name"))
        .values_list("service_id", "relation", "shown_name")
        .order_by()
        for relation, through in term_links(service_ids)
    ]
    for service_id, relation, name in links[0].union(*links[1:], all=True):
        found[service_id][relation].append(name)
    for names in found.values():
        for relation in names.values():
            relation.sort(key=str.casefold)
    return found
