"""What a result card shows of a service, as plain values.

A results page shows up to fifty cards. Reading them as model instances,
with every translation of every text field and three prefetches, cost more
than finding the results; four narrow queries of plain values do not."""

import datetime
from collections import defaultdict
from typing import NamedTuple
from uuid import UUID

from django.conf import settings
from django.db.models import F
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from translations.languages import in_language, shows_english
from waymark.db import InIds

from . import weekly_hours
from .models import ClosedDay, ContactRoute, SchedulePeriod
from .models.service import ServiceQuerySet
from .opening_hours import UK, status_known


class Period(NamedTuple):
    weekday: int
    opens_at: datetime.time
    closes_at: datetime.time


class ListedRoute(NamedTuple):
    kind: str  # ContactRoute.Kind
    label: str
    number: str
    address: str
    email: str
    hours: str  # when it answers, in words, in the visitor's language
    open_24_7: bool
    periods: tuple[weekly_hours.Period, ...]  # its own weekly hours
    same_hours_as_service: bool
    # Its hours in words are English, for want of the visitor's language.
    hours_in_english: bool

    @property
    def target(self) -> str:
        if self.kind in ContactRoute.NUMBER_KINDS:
            return self.number
        return self.email if self.kind == ContactRoute.Kind.EMAIL else self.address

    @property
    def is_silent(self) -> bool:
        return self.kind in ContactRoute.SILENT_KINDS


ROUTE_FIELDS = ("kind", "label", "number", "address", "email", "shown_hours", "open_24_7", "weekly_hours")


def _route(kind, label, number, address, email, hours, open_24_7, periods, same_hours_as_service, own_hours):
    """A ListedRoute from a route's values; `own_hours` is its hours column
    in the visitor's language, empty (or NULL) where English stands in."""
    return ListedRoute(
        kind,
        label,
        number,
        address,
        email,
        hours,
        open_24_7,
        weekly_hours.periods(periods),
        same_hours_as_service,
        hours_in_english=bool(hours) and not own_hours,
    )


class Listing(NamedTuple):
    pk: int
    uuid: UUID
    name: str
    summary: str
    is_free: bool
    open_24_7: bool
    referral_route: str
    routes: tuple[ListedRoute, ...]  # in the editor's order
    periods: tuple  # Periods that apply to the whole service
    closed: frozenset  # closed dates from yesterday on
    # LISTED_TEXT fields shown in English for want of the visitor's
    # language: translations.languages.shows_english reads it.
    english_fields: frozenset = frozenset()

    def opening_at(self, now):
        """(is_open, next_change) at `now`, or None when a bank holiday makes
        it unknown: see opening_hours.status_known. Periods tied to one of
        the service's locations do not count."""
        return status_known(self.open_24_7, self.periods, self.closed, now)


# The listing's translated text.
LISTED_TEXT = ("name", "summary")


def of(service):
    """The listing of a service instance (its contact routes, opening periods and
    closed days prefetched or not)."""
    return Listing(
        service.pk,
        service.uuid,
        service.name,
        service.summary,
        service.is_free,
        service.open_24_7,
        service.referral_route,
        tuple(
            _route(
                r.kind,
                r.label,
                r.number,
                r.address,
                r.email,
                r.hours,
                r.open_24_7,
                r.weekly_hours,
                r.same_hours_as_service,
                own_hours="" if shows_english(r, "hours") else r.hours,
            )
            for r in service.contact_routes.all()
        ),
        tuple(
            Period(p.weekday, p.opens_at, p.closes_at) for p in service.schedule_periods.all() if p.location_id is None
        ),
        frozenset(day.date for day in service.closed_days.all()),
        frozenset(field for field in LISTED_TEXT if shows_english(service, field)),
    )


def load(services: ServiceQuerySet, now: datetime.datetime) -> dict[int, Listing]:
    """{pk: Listing} for a queryset of services, in the visitor's language,
    with what decides whether each is open at `now` and after."""
    # Each text's own column in the visitor's language too: empty, the
    # text shown is English (the rule of translations.languages.shows_english).
    own = [
        build_localized_fieldname(field, translation.get_language() or settings.LANGUAGE_CODE) for field in LISTED_TEXT
    ]
    own_route_hours = build_localized_fieldname("hours", translation.get_language() or settings.LANGUAGE_CODE)
    rows = list(
        services.rewrite(False)
        .annotate(shown_name=in_language("name"), shown_summary=in_language("summary"))
        .values_list("pk", "uuid", "shown_name", "shown_summary", "is_free", "open_24_7", "referral_route", *own)
        .order_by()
    )
    ids = [row[0] for row in rows]
    if not ids:
        return {}
    routes, periods, closed = defaultdict(list), defaultdict(list), defaultdict(set)
    for service_id, *route in (
        ContactRoute.objects.rewrite(False)
        .filter(InIds(F("service_id"), ids))
        .annotate(shown_hours=in_language("hours"))
        .values_list("service_id", *ROUTE_FIELDS, "same_hours_as_service", own_route_hours)
    ):
        routes[service_id].append(_route(*route))
    for service_id, *period in SchedulePeriod.objects.filter(
        InIds(F("service_id"), ids), location__isnull=True
    ).values_list("service_id", "weekday", "opens_at", "closes_at"):
        periods[service_id].append(Period(*period))
    # Days already past cannot change whether a service is open now or when
    # it next opens; yesterday's can (a period from last night).
    yesterday = now.astimezone(UK).date() - datetime.timedelta(days=1)
    for service_id, date in (
        ClosedDay.objects.rewrite(False)
        .filter(InIds(F("service_id"), ids), date__gte=yesterday)
        .values_list("service_id", "date")
    ):
        closed[service_id].add(date)
    return {
        pk: Listing(
            pk,
            uuid,
            name,
            summary,
            is_free,
            open_24_7,
            referral_route,
            tuple(routes[pk]),
            tuple(periods[pk]),
            frozenset(closed[pk]),
            frozenset(
                field
                for field, shown, own_text in zip(LISTED_TEXT, (name, summary), own_texts, strict=True)
                if shown and not own_text
            ),
        )
        for pk, uuid, name, summary, is_free, open_24_7, referral_route, *own_texts in rows
    }
