"""The API's service filters, shared by /services and /service_at_locations
so the two can never disagree about which services match.

The age and opening-hours filters answer a person's question: "who serves
someone of 16?", "who is open on a Saturday at 10:00?". The Open Referral
UK reference words them as comparisons of a service's own figures
("a minimum age of at least the value"), which would hide every service
without age limits from a 16-year-old; openapi.py and the README say
exactly what Waymark does.
"""

import datetime

from django.db.models import Exists, F, OuterRef, Q
from wagtail.search.backends import get_search_backend

from ..models import Organisation, SchedulePeriod, Service, Taxonomy, TaxonomyTerm
from ..search.filters import serves_age
from ..search.text import text_query
from . import params
from .params import BadRequest

# Parameter names, in the order the description lists them.
SERVICE_FILTERS = (
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "minimum_age",
    "maximum_age",
    "day",
    "start_time",
    "end_time",
)


def filter_services(services, query):
    """`services` narrowed by every filter given in `query`. Every value is
    read and checked first, so a bad one is a 400 whatever the others are."""
    text = params.search(query)
    term_id = params.optional_uuid(query, "taxonomy_term_id")
    taxonomy_id = params.optional_uuid(query, "taxonomy_id")
    organisation_id = params.optional_uuid(query, "organization_id")
    modified_after = params.moment(query, "modified_after")
    ages = params.ages(query)
    day, (start, end) = params.day(query), params.times(query)
    if term_id:
        must_exist(TaxonomyTerm, term_id, "taxonomy_term_id", "taxonomy term")
        services = services.filter(
            Q(service_types__uuid=term_id) | Q(specialist_roles__uuid=term_id) | Q(audiences__uuid=term_id)
        )
    if taxonomy_id:
        must_exist(Taxonomy, taxonomy_id, "taxonomy_id", "taxonomy")
        services = services.filter(
            Q(service_types__taxonomy__uuid=taxonomy_id)
            | Q(specialist_roles__taxonomy__uuid=taxonomy_id)
            | Q(audiences__taxonomy__uuid=taxonomy_id)
        )
    if organisation_id:
        must_exist(Organisation, organisation_id, "organization_id", "organization")
        services = services.filter(organisation__uuid=organisation_id)
    if modified_after:
        services = services.filter(last_modified__gte=modified_after)
    for age in ages:
        if age is not None:
            services = services.filter(serves_age(age))
    if (day, start, end) != (None, None, None):
        services = services.filter(open_then(day, start, end))
    if term_id or taxonomy_id:
        # The joins above can repeat a service; keep one of each.
        services = Service.objects.filter(pk__in=services.values("pk"))
    if text:
        expression = text_query(text)
        if expression is None:  # nothing searchable left, such as only punctuation
            return services.none()
        live = Service.objects.filter(live=True).only("pk").order_by()
        hits = get_search_backend().search(expression, live, order_by_relevance=False)
        services = services.filter(pk__in=[hit.pk for hit in hits])
    return services


def must_exist(model, value, parameter, what):
    if not model.objects.filter(uuid=value).exists():
        raise BadRequest(f"No {what} has the id {value} given in {parameter}.", parameter)


def open_then(day, start, end):
    """Open round the clock, or one published opening period covers the
    time asked for: from `start` (open at that moment) to `end` (open until
    then), on `day` (0 = Monday) or on any day. With neither time, open at
    some moment of the day. A period whose closing time is at or before
    its opening time runs past midnight into the next day, as on the
    service's page. Hours kept for a confidential location don't count:
    like the location, they are never published."""
    overnight = Q(closes_at__lte=F("opens_at"))
    opened, closed = Q(), Q()  # opened by the time asked for; not closed before it ends
    if start is not None:
        opened &= Q(opens_at__lte=start)
        closed &= Q(closes_at__gt=start)
    if end is not None:
        opened &= Q(opens_at__lt=end)
        closed &= Q(closes_at__gte=end)
    if not closed:
        closed = Q(closes_at__gt=datetime.time(0))  # open for some of the day
    # A period that starts on the day asked for covers the times if it
    # opened by then and either runs past midnight or closes after them.
    started = opened & (overnight | closed) if opened else Q(pk__isnull=False)
    # One that started the day before and runs past midnight covers the
    # early hours, from 00:00 to its closing time.
    from_the_night_before = overnight & closed
    if day is not None:
        started &= Q(weekday=day)
        from_the_night_before &= Q(weekday=(day - 1) % 7)
    published = Q(location__isnull=True) | Q(location__confidential_address=False)
    periods = SchedulePeriod.objects.filter(published, started | from_the_night_before, service=OuterRef("pk"))
    return Q(open_24_7=True) | Exists(periods)
