"""The directory's filters as conditions on services, AND-combined in the
ORM: taxonomy terms, languages, open now, open 24/7, free, ways to make
contact without speaking, BSL, wheelchair access, interpreters, the
visitor's age, national or local, and the referral route."""

import datetime
import functools
import operator

from django.db.models import Exists, F, OuterRef, Q

from ..models import TERM_FIELDS, ClosedDay, ContactRoute, ReferralRoute, SchedulePeriod, Service, ServiceArea
from ..opening_hours import UK, is_bank_holiday
from .parameters import FILTER_LANGUAGES, TERM_PARAMS, Params

# Each filter parameter and the service field whose terms it chooses.
FILTER_FIELDS = {param: TERM_FIELDS[taxonomy] for param, taxonomy in TERM_PARAMS.items()}

NATIONAL_AREAS = ServiceArea.objects.filter(kind=ServiceArea.Kind.NATIONAL).order_by()  # read as a set
# A set, not a per-row EXISTS: over the whole directory (the national group,
# a distance search) the databases then read the few national areas once.
NATIONAL = Q(pk__in=NATIONAL_AREAS.values("service_id"))

# "I can't talk safely right now": a route that needs no speaking. Wrapped
# in a Q as in open_now_q().
SILENT = Q(Exists(ContactRoute.objects.filter(service=OuterRef("pk"), kind__in=ContactRoute.SILENT_KINDS)))
BSL = Q(bsl=True) | Q(Exists(ContactRoute.objects.filter(service=OuterRef("pk"), kind=ContactRoute.Kind.BSL_VIDEO)))

SELF_ROUTES = (ReferralRoute.SELF, ReferralRoute.BOTH)


def serves_age(age: int) -> Q:
    """The service takes people of this age: no limit, or limits around it."""
    return (Q(minimum_age__isnull=True) | Q(minimum_age__lte=age)) & (
        Q(maximum_age__isnull=True) | Q(maximum_age__gte=age)
    )


PROFESSIONAL_ROUTES = (ReferralRoute.PROFESSIONAL, ReferralRoute.BOTH)


def open_now_q(now: datetime.datetime) -> Q:
    """Open at `now` (UK time), in SQL, matching directory.opening_hours:
    a closed day cancels periods (and 24-hour opening) that start on it,
    and a bank holiday the periods that start on it, since weekly hours do
    not say whether a service opens then (opening_hours.status_known).
    One look-up of a service's periods per row: closed days are few, so
    they are read once as sets."""
    local = now.astimezone(UK)
    today, time = local.date(), local.time().replace(tzinfo=None)
    yesterday = today - datetime.timedelta(days=1)
    closed_today = ClosedDay.objects.filter(date=today).values("service_id")
    closed_yesterday = ClosedDay.objects.filter(date=yesterday).values("service_id")
    started_today = (
        Q(weekday=today.weekday(), opens_at__lte=time)
        & (Q(closes_at__gt=time) | Q(closes_at__lte=F("opens_at")))
        & ~Q(service_id__in=closed_today)
    )
    from_last_night = Q(weekday=yesterday.weekday(), closes_at__lte=F("opens_at"), closes_at__gt=time) & ~Q(
        service_id__in=closed_yesterday
    )
    kept = [
        started for started, day in ((started_today, today), (from_last_night, yesterday)) if not is_bank_holiday(day)
    ]
    round_the_clock = Q(open_24_7=True) & ~Q(pk__in=closed_today)
    if not kept:
        return round_the_clock
    periods = SchedulePeriod.objects.filter(
        functools.reduce(operator.or_, kept), service=OuterRef("pk"), location__isnull=True
    )
    # Q(Exists(...)) folds into the same condition as a bare Exists; Django's
    # type hints let a Q combine only with another Q.
    return round_the_clock | (Q(open_24_7=False) & Q(Exists(periods)))


def option_conditions(now: datetime.datetime) -> dict[str, Q]:
    """Every filter option other than taxonomy terms, as a condition on a
    service, keyed as the counts are: "free", "scope:local", "language:pl"."""
    conditions = {
        "open_now": open_now_q(now),
        "open_24_7": Q(open_24_7=True),
        "free": Q(is_free=True),
        "silent": SILENT,
        "bsl": BSL,
        "wheelchair": Q(wheelchair_access=True),
        "interpreters": Q(interpretation_available=True),
        "scope:national": NATIONAL,
        "scope:local": ~NATIONAL,
        "referral:self": Q(referral_route__in=SELF_ROUTES),
        "referral:professional": Q(referral_route__in=PROFESSIONAL_ROUTES),
    }
    conditions.update({f"language:{code}": Q(languages__icontains=f'"{code}"') for code in FILTER_LANGUAGES})
    return conditions


def filter_q(params: Params, now: datetime.datetime) -> Q:
    """The condition a service meets when it passes every filter chosen."""
    q = Q()
    for name, codes in params.terms.items():
        through = getattr(Service, FILTER_FIELDS[name]).through
        for code in codes:
            # Wrapped in a Q as in open_now_q().
            q &= Q(Exists(through.objects.filter(service=OuterRef("pk"), taxonomyterm__code=code)))
    options = params.options()
    if options:  # building them all costs a millisecond a search
        conditions = option_conditions(now)
        for key in options:
            q &= conditions[key]
    if params.age is not None:
        q &= serves_age(params.age)
    return q
