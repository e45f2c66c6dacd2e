"""The directory search, apart from rendering so it can be benchmarked.

`parse` turns a form (POST body, or the GET of a shared link) into a
`Params`, naming anything it ignored. `run` finds the services:

1. free text through Wagtail search (database backend or Elasticsearch),
   after the synonym layer, as a list of ids;
2. filters through the ORM, AND-combined, on those ids;
3. a location: a bounding box on the indexed latitude and longitude of
   public locations (and of the postcode districts a service covers), then
   exact haversine distances in Python;
4. counts for every filter option over the results: the options tested on
   the rows already read for ranking, the taxonomy terms in one grouped
   query, whatever the number of results.

National services form their own group and are never sorted by distance.
Confidential locations are never read here: a refuge is placed by the
postcode districts it serves.
"""

import datetime
import json
import math
import re
from collections import Counter, namedtuple
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    OuterRef,
    Prefetch,
    Q,
    TextField,
    Value,
)
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from translations.language_names import english_then_own
from translations.languages import in_language, unread_translations
from translations.search import MAX_QUERY_LENGTH, hit_values, matching_ids, translated_ids
from waymark.db import ContainsAny, InIds

from . import gazetteer, listings, synonyms
from .models import (
    AUDIENCES,
    SERVICE_TYPES,
    SPECIALIST_ROLES,
    TERM_FIELDS,
    ClosedDay,
    Location,
    Organisation,
    Phone,
    PostcodeDistrict,
    ReferralRoute,
    SchedulePeriod,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)
from .opening_hours import UK
from .validators import OUTCODE_RE, POSTCODE_RE

PAGE_SIZE = 20  # local results a page; national helplines always show in full
MAX_PAGE = 1000
# Text matches considered, best first (Elasticsearch answers at most 10,000).
MAX_TEXT_HITS = 5000
RADIUS_CHOICES = (1, 3, 5, 10, 25, 50)  # miles
DEFAULT_RADIUS = 10
EARTH_RADIUS_MILES = 3958.8
# Languages offered as filters: those of the communities Waymark serves and
# others common in UK services. A service's other languages still show on it.
FILTER_LANGUAGES = (
    "en",
    "cy",
    "pl",
    "ur",
    "pa",
    "bn",
    "ar",
    "so",
    "ro",
    "zh",
    "gu",
    "hi",
    "ta",
    "ku",
    "fa",
    "ps",
    "ti",
    "pt",
    "lt",
    "es",
    "fr",
    "tr",
)
SCOPES = ("national", "local")
REFERRALS = ("self", "professional")
FLAGS = ("open_now", "open_24_7", "free")
TERM_PARAMS = {"type": SERVICE_TYPES, "role": SPECIALIST_ROLES, "audience": AUDIENCES}
# Each filter parameter and the service field whose terms it chooses.
FILTER_FIELDS = {param: TERM_FIELDS[taxonomy] for param, taxonomy in TERM_PARAMS.items()}


@dataclass
class Params:
    query: str = ""
    terms: dict = field(default_factory=lambda: {"type": [], "role": [], "audience": []})
    languages: list = field(default_factory=list)
    open_now: bool = False
    open_24_7: bool = False
    free: bool = False
    scope: str = ""
    referral: str = ""
    where: str = ""
    latitude: float | None = None
    longitude: float | None = None
    radius: int = DEFAULT_RADIUS
    # Set by locate(): the centre of the search and how it was found.
    centre: tuple | None = None
    place: str = ""
    page: int = 1

    @property
    def has_search(self):
        return bool(
            self.query
            or any(self.terms.values())
            or self.languages
            or self.open_now
            or self.open_24_7
            or self.free
            or self.scope
            or self.referral
            or self.where
            or self.latitude is not None
        )

    def options(self):
        """The options chosen other than taxonomy terms, keyed as
        option_conditions() keys them."""
        keys = [f"language:{code}" for code in self.languages]
        keys += [flag for flag in FLAGS if getattr(self, flag)]
        keys += [f"{name}:{value}" for name, value in (("scope", self.scope), ("referral", self.referral)) if value]
        return keys

    def share_params(self):
        """The search as GET parameters for a link a professional asked for.
        Coordinates from the device are never put in a link."""
        params = []
        if self.query:
            params.append(("q", self.query))
        for name, codes in self.terms.items():
            params += [(name, code) for code in codes]
        # "language:pl" is language=pl; a flag such as "free" is free=1.
        params += [(name, value or "1") for name, _colon, value in (key.partition(":") for key in self.options())]
        if self.where:
            params += [("where", self.where), ("radius", str(self.radius))]
        return params

    def form_fields(self):
        """The search as hidden fields for a POST form, such as the next
        page's: the shared fields, and a position from the device."""
        fields = self.share_params()
        if self.latitude is not None and not self.where:
            fields += [("lat", f"{self.latitude:.5f}"), ("lng", f"{self.longitude:.5f}"), ("radius", str(self.radius))]
        return fields


class Term(NamedTuple):
    pk: int
    code: str
    name: str  # in the visitor's language


def known_terms():
    """{"type": {code: Term}, ...} for the filters, in one query."""
    known = {name: {} for name in TERM_PARAMS}
    by_taxonomy = {code: name for name, code in TERM_PARAMS.items()}
    terms = (
        TaxonomyTerm.objects.rewrite(False)
        .filter(taxonomy__code__in=by_taxonomy)
        .annotate(shown_name=in_language("name"))
        .values_list("taxonomy__code", "pk", "code", "shown_name")
    )
    for taxonomy, pk, code, name in terms:
        known[by_taxonomy[taxonomy]][code] = Term(pk, code, name)
    return known


def parse(data, known):
    """Params from a QueryDict, and messages naming what was ignored."""
    params = Params()
    messages = []
    ignored = []
    query = " ".join(str(data.get("q", "")).split())
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH]
        messages.append(
            _("Your search was long, so we used only its first %(count)s characters.") % {"count": MAX_QUERY_LENGTH}
        )
    params.query = query

    for name in TERM_PARAMS:
        for value in _values(data, name):
            if value in known[name]:
                if value not in params.terms[name]:
                    params.terms[name].append(value)
            else:
                ignored.append(value)
    for value in _values(data, "language"):
        code = value.lower()
        if code in FILTER_LANGUAGES:
            if code not in params.languages:
                params.languages.append(code)
        else:
            ignored.append(value)
    for flag in FLAGS:
        values = _values(data, flag)
        if values:
            if values[-1] in ("1", "on", "yes", "true"):
                setattr(params, flag, True)
            elif values[-1] not in ("0", "off", "no", "false", ""):
                ignored.append(values[-1])
    for name, choices in (("scope", SCOPES), ("referral", REFERRALS)):
        values = _values(data, name)
        if values and values[-1]:
            if values[-1] in choices:
                setattr(params, name, values[-1])
            else:
                ignored.append(values[-1])
    radius = _values(data, "radius")
    if radius and radius[-1]:
        if radius[-1] in {str(choice) for choice in RADIUS_CHOICES}:
            params.radius = int(radius[-1])
        else:
            ignored.append(radius[-1])
    if ignored:
        messages.append(
            _("We ignored filters we don't recognise: %(values)s.")
            % {"values": ", ".join(v[:40] for v in ignored[:10])}
        )

    page = _values(data, "page")
    # Page numbers only come from the site's own buttons: anything else is page 1.
    if page and re.fullmatch(r"[0-9]{1,4}", page[-1]) and 1 <= int(page[-1]) <= MAX_PAGE:
        params.page = int(page[-1])
    params.where = " ".join(str(data.get("where", "")).split())[:100]
    latitude, longitude = str(data.get("lat", "")).strip(), str(data.get("lng", "")).strip()
    if not params.where and (latitude or longitude):
        coordinates = _coordinates(latitude, longitude)
        if coordinates is None:
            messages.append(_("We couldn't use the location from your device. Try a postcode or a town name instead."))
        else:
            params.latitude, params.longitude = coordinates
    return params, messages


def _values(data, name):
    values = data.getlist(name) if hasattr(data, "getlist") else [data.get(name, "")]
    return [str(value).strip()[:100] for value in values[:50]]


def _coordinates(latitude, longitude):
    try:
        lat, lng = float(latitude), float(longitude)
    except ValueError:
        return None
    if not (math.isfinite(lat) and math.isfinite(lng) and -90 <= lat <= 90 and -180 <= lng <= 180):
        return None
    return lat, lng


def locate(params):
    """Find the centre of a location search; return a message if it fails."""
    if params.latitude is not None:
        params.centre = (params.latitude, params.longitude)
        params.place = _("your location")
        return None
    if not params.where:
        return None
    district = postcode_district(params.where)
    if district:
        outcode, centre = district
        if centre is None:
            return _("We couldn't find that postcode — check it, or try a town name.")
        params.centre, params.place = centre, outcode
        return None
    found = gazetteer.find(params.where)
    if found is None:
        return _("We couldn't find a place called “%(place)s” — check the spelling, or try a postcode.") % {
            "place": params.where
        }
    params.place, params.centre = found[0], found[1]
    return None


def postcode_district(text):
    """(outcode, centre or None if we don't know it) for a full postcode or
    an outward code; None if `text` is neither."""
    compact = re.sub(r"\s+", "", text).upper()
    match = POSTCODE_RE.match(compact)
    outcode = match[1] if match else (compact if OUTCODE_RE.match(compact) else None)
    if outcode is None:
        return None
    centre = PostcodeDistrict.objects.filter(outcode=outcode).values_list("latitude", "longitude").first()
    return outcode, (float(centre[0]), float(centre[1])) if centre else None


def haversine(a, b):
    lat1, lng1, lat2, lng2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(centre, radius):
    dlat = radius / 69.0
    dlng = radius / max(1e-6, 69.0 * math.cos(math.radians(centre[0])))
    return centre[0] - dlat, centre[0] + dlat, centre[1] - dlng, centre[1] + dlng


def text_query(query):
    """A backend-neutral query: every term must match, each through any of
    its synonyms, every word of a synonym."""
    clauses = []
    for alternatives in synonyms.terms(query):
        options = [PlainText(alternative, operator="and") for alternative in alternatives]
        clauses.append(options[0] if len(options) == 1 else Or(options))
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else And(clauses)


def with_details(services):
    """Services with everything their page and the signposting sheet show,
    in one query per related table."""

    def only_read(model):
        return model.objects.defer(*unread_translations(model))

    return (
        services.select_related("organisation")
        .defer(*unread_translations(Service), *unread_translations(Organisation, "organisation__"))
        .prefetch_related(
            Prefetch("phones", only_read(Phone)),
            "schedule_periods",
            Prefetch("closed_days", only_read(ClosedDay)),
            Prefetch("service_areas", only_read(ServiceArea)),
            Prefetch(
                "service_at_locations",
                ServiceAtLocation.objects.select_related("location").defer(
                    *unread_translations(Location, "location__")
                ),
            ),
        )
    )


def term_links(service_ids):
    """[(relation, its links to taxonomy terms for these services)] for the
    three kinds of term, to be read in one UNION query."""
    return [
        (relation, getattr(Service, relation).through.objects.filter(InIds(F("service_id"), service_ids)))
        for relation in TERM_FIELDS.values()
    ]


def term_names(service_ids):
    """{service id: {"service_types": [...], "specialist_roles": [...],
    "audiences": [...]}}: the names of services' taxonomy terms in the
    visitor's language, A to Z, in one query for all three."""
    found = {pk: {relation: [] for relation in TERM_FIELDS.values()} for pk in service_ids}
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


def text_matches(expression, language=None):
    """Ids of public services matching a text query in the visitor's
    language: a service translated into it is matched on that text alone,
    the others on their English text, so languages never mix."""
    language = language or get_language() or settings.LANGUAGE_CODE
    # Relevance ordering is left to rank(): the backends score differently,
    # and SQLite's scoring subquery is slow on big result sets.
    candidates = Service.objects.public().rewrite(False).only("pk").order_by()
    hits = get_search_backend().search(expression, candidates, order_by_relevance=False)
    english = hit_values(hits, "pk", MAX_TEXT_HITS)
    if language == settings.LANGUAGE_CODE:
        return english
    translated = translated_ids(Service, language)
    own = matching_ids(expression, Service, language, MAX_TEXT_HITS)
    return own + [pk for pk in english if pk not in translated]


def open_now_q(now):
    """Open at `now` (UK time), in SQL, matching directory.opening_hours:
    a closed day cancels periods (and 24-hour opening) that start on it.
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
    periods = SchedulePeriod.objects.filter(
        started_today | from_last_night, service=OuterRef("pk"), location__isnull=True
    )
    return (Q(open_24_7=True) & ~Q(pk__in=closed_today)) | (Q(open_24_7=False) & Exists(periods))


NATIONAL_AREAS = ServiceArea.objects.filter(kind=ServiceArea.Kind.NATIONAL).order_by()  # read as a set
# A set, not a per-row EXISTS: over the whole directory (the national group,
# a distance search) the databases then read the few national areas once.
NATIONAL = Q(pk__in=NATIONAL_AREAS.values("service_id"))


SELF_ROUTES = (ReferralRoute.SELF, ReferralRoute.BOTH)
PROFESSIONAL_ROUTES = (ReferralRoute.PROFESSIONAL, ReferralRoute.BOTH)


def option_conditions(now):
    """Every filter option other than taxonomy terms, as a condition on a
    service, keyed as the counts are: "free", "scope:local", "language:pl"."""
    conditions = {
        "open_now": open_now_q(now),
        "open_24_7": Q(open_24_7=True),
        "free": Q(is_free=True),
        "scope:national": NATIONAL,
        "scope:local": ~NATIONAL,
        "referral:self": Q(referral_route__in=SELF_ROUTES),
        "referral:professional": Q(referral_route__in=PROFESSIONAL_ROUTES),
    }
    conditions.update({f"language:{code}": Q(languages__icontains=f'"{code}"') for code in FILTER_LANGUAGES})
    return conditions


def option_counts(rows):
    """How many result rows (see result_rows) meet each option of
    option_conditions(), counted column by column rather than with a
    condition per option per row in SQL. A test checks the two agree."""
    if not rows:
        return Counter()
    column = dict(zip(rows[0]._fields, zip(*rows, strict=True), strict=True))
    national = sum(column["national"])
    routes = Counter(column["route"])
    counts = Counter(
        {
            "scope:national": national,
            "scope:local": len(rows) - national,
            "open_now": sum(column["open_now"]),
            "open_24_7": sum(column["round_the_clock"]),
            "free": sum(column["free"]),
            "referral:self": sum(routes[route] for route in SELF_ROUTES),
            "referral:professional": sum(routes[route] for route in PROFESSIONAL_ROUTES),
        }
    )
    # Many services share a list of languages: read each distinct list once.
    # Saved services list each code once, in lower case (Service.clean).
    for languages, number in Counter(column["languages_json"]).items():
        for code in set(json.loads(languages or "[]") or ()):
            if str(code).lower() in FILTER_LANGUAGES:
                counts[f"language:{str(code).lower()}"] += number
    return counts


def filter_q(params, now):
    q = Q()
    for name, codes in params.terms.items():
        through = getattr(Service, FILTER_FIELDS[name]).through
        for code in codes:
            q &= Exists(through.objects.filter(service=OuterRef("pk"), taxonomyterm__code=code))
    options = params.options()
    if options:  # building them all costs a millisecond a search
        conditions = option_conditions(now)
        for key in options:
            q &= conditions[key]
    return q


def as_float(name):
    """A coordinate read as a float: Django's Decimal for each of hundreds
    of points is work the distance sum throws away."""
    return Cast(name, FloatField())


def nearby(centre, radius):
    """{service id: (miles, by_area)} for local services within `radius`
    miles of `centre`: by their public locations, or by the centres of the
    postcode districts they cover. Confidential locations are never read."""
    south, north, west, east = bounding_box(centre, radius)
    found = {}
    rows = ServiceAtLocation.objects.filter(
        location__confidential_address=False,
        location__latitude__gte=south,
        location__latitude__lte=north,
        location__longitude__gte=west,
        location__longitude__lte=east,
    ).values_list("service_id", as_float("location__latitude"), as_float("location__longitude"))
    for service_id, lat, lng in rows:
        miles = haversine(centre, (lat, lng))
        if miles <= radius and (service_id not in found or miles < found[service_id][0]):
            found[service_id] = (miles, False)
    districts = {
        outcode: haversine(centre, (lat, lng))
        for outcode, lat, lng in PostcodeDistrict.objects.filter(
            latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east
        ).values_list("outcode", as_float("latitude"), as_float("longitude"))
    }
    districts = {outcode: miles for outcode, miles in districts.items() if miles <= radius}
    if districts:
        areas = ServiceArea.objects.filter(
            ContainsAny(F("postcode_districts"), districts), kind=ServiceArea.Kind.POSTCODE_DISTRICTS
        )
        for service_id, codes in areas.values_list("service_id", "postcode_districts"):
            miles = min((districts[code] for code in codes if code in districts), default=None)
            current = found.get(service_id)
            if miles is not None and (current is None or (current[1] and miles < current[0])):
                found[service_id] = (miles, True)
    return found


@dataclass
class Result:
    local: list = field(default_factory=list)  # [(listing, miles or None, by_area)]
    national: list = field(default_factory=list)
    local_total: int = 0
    page: int = 1
    pages: int = 1
    counts: dict = field(default_factory=dict)
    messages: list = field(default_factory=list)

    @property
    def total(self):
        return self.local_total + len(self.national)

    @property
    def first_shown(self):
        return (self.page - 1) * PAGE_SIZE + 1 if self.local else 0

    @property
    def last_shown(self):
        return self.first_shown + len(self.local) - 1 if self.local else 0


def run(params, now=None, known=None):
    """Search; returns a Result. Queries per call do not grow with results."""
    now = now or timezone.now()
    result = Result()
    message = locate(params)
    if message:
        result.messages.append(message)

    services = Service.objects.public()
    ids = None
    expression = text_query(params.query)
    if expression is not None:
        ids = text_matches(expression)
    elif params.query:
        ids = []
    if ids is not None:
        services = services.filter(InIds(F("pk"), ids))
    services = services.filter(filter_q(params, now))

    distances = None
    if params.centre is not None:
        distances = nearby(params.centre, params.radius)
        # One list of ids, not "national OR nearby": PostgreSQL cannot use
        # the primary key's index for an OR and read the whole directory.
        national = NATIONAL_AREAS.values_list("service_id", flat=True)
        services = services.filter(InIds(F("pk"), [*distances, *national]))

    rows = result_rows(services, now)
    local_ids = [row.key for row in rows if not row.national]
    national_ids = [row.key for row in rows if row.national]
    names = {row.key: row.shown_name.casefold() for row in rows}
    scores = rank(rows, params.query) if ids else {}
    if distances is not None:
        local_ids.sort(key=lambda pk: (distances[pk][0], names[pk]))
    else:
        local_ids.sort(key=lambda pk: (-scores.get(pk, 0), names[pk]))
    national_ids.sort(key=lambda pk: (-scores.get(pk, 0), names[pk]))
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


def result_rows(services, now):
    """What ranking, sorting and counting read of every result, in one
    query: names and summaries in the visitor's language, and the fields
    the filter options test (option_counts).

    Read raw, past the ORM's per-row conversions, which cost a quarter of a
    broad search: flags come as 1 or 0 (true or false on PostgreSQL) and
    languages as their JSON text."""
    queryset = (
        services.rewrite(False)
        .annotate(
            key=F("pk"),
            national=ExpressionWrapper(NATIONAL, output_field=BooleanField()),
            open_now=ExpressionWrapper(open_now_q(now), output_field=BooleanField()),
            shown_name=in_language("name"),
            shown_summary=in_language("summary"),
            round_the_clock=F("open_24_7"),
            free=F("is_free"),
            route=F("referral_route"),
            languages_json=Cast("languages", TextField()),
        )
        .values_list(
            "key",
            "national",
            "open_now",
            "shown_name",
            "shown_summary",
            "round_the_clock",
            "free",
            "route",
            "languages_json",
        )
        .order_by()  # sorted in Python, by distance or relevance
    )
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # an empty list of ids
        return []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        row = namedtuple("ResultRow", [column[0] for column in cursor.description])
        return list(map(row._make, cursor.fetchall()))


def rank(rows, query):
    """Relevance, the same whatever the backend: query terms (through any
    synonym) found in the name count three, in the summary two."""
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


def national_helplines(now):
    """Listings of every public national service, by name."""
    found = listings.load(Service.objects.public().filter(NATIONAL), now).values()
    return sorted(found, key=lambda listing: listing.name.casefold())


def counts(rows, known):
    """How many of the results (result_rows) each filter option would leave:
    the options from the rows, the taxonomy terms in one query."""
    if not rows:
        return {}
    result = option_counts(rows)
    ids = [row.key for row in rows]
    # A service is linked to a term at most once, and term ids are unique
    # across taxonomies, so one grouped count over the three link tables
    # answers every term filter.
    keys = {term.pk: f"{name}:{code}" for name, terms in known.items() for code, term in terms.items()}
    links = [
        through.values("taxonomyterm_id").annotate(n=Count("*")).order_by().values_list("taxonomyterm_id", "n")
        for _relation, through in term_links(ids)
    ]
    for term_id, number in links[0].union(*links[1:], all=True):
        if term_id in keys:
            result[keys[term_id]] = number
    return result


def language_name(code):
    """ "Polish (polski)": the English name, and the language's own name (the
    same names the admin offers editors)."""
    return english_then_own(code)
