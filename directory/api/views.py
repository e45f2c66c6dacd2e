"""The Open Referral UK API: read-only JSON, open to anyone, no key, no
cookies. Lists answer with the Open Referral Page object.

Every response says `Access-Control-Allow-Origin: *` so browser apps on other
sites can read it; the site-wide middleware adds no-store and strips cookies.
Text is in the site's default language.
"""

import functools
import math

from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt

from ..models import Organisation, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm
from ..search.geometry import bounding_box, haversine, postcode_district
from . import params, serialisers
from .errors import error, open_to_any_origin
from .filters import SERVICE_FILTERS, filter_services, must_exist
from .openapi import description
from .params import BadRequest
from .throttle import Throttle, parse_rate

METRES_PER_MILE = 1609.344
_throttle = Throttle(*parse_rate(settings.API_THROTTLE_RATE))


def client_address(request):
    header = settings.API_CLIENT_ADDRESS_HEADER
    forwarded = request.META.get(header, "") if header else ""
    # The nearest proxy appends the address it saw, so the last entry is
    # the one a client can't forge.
    return forwarded.split(",")[-1].strip() or request.META.get("REMOTE_ADDR", "")


def endpoint(*allowed):
    """GET (and HEAD) only; checks parameter names, throttles, turns
    problems into JSON errors, and opens the API to any origin."""

    def decorate(view):
        # Exempt from CSRF checks: the API writes nothing and reads no
        # cookie, and the check would answer a POST with Django's HTML 403
        # before _answer could give the documented JSON 405.
        @csrf_exempt
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            return open_to_any_origin(_answer(view, allowed, request, *args, **kwargs))

        return wrapper

    return decorate


def _answer(view, allowed, request, *args, **kwargs):
    if request.method == "OPTIONS":
        response = HttpResponse(status=204)
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Max-Age"] = "86400"
        return response
    if request.method not in ("GET", "HEAD"):
        response = error(405, "This API is read-only: use GET.")
        response["Allow"] = "GET, HEAD, OPTIONS"
        return response
    wait = _throttle.check(client_address(request))
    if wait:
        response = error(429, f"Too many requests. Try again in {wait} seconds.")
        response["Retry-After"] = str(wait)
        return response
    try:
        params.check_names(request.GET, allowed)
        params.check_values(request.GET)
        with translation.override(settings.LANGUAGE_CODE):
            data = view(request, *args, **kwargs)
    except BadRequest as problem:
        return error(400, problem.message, problem.parameter)
    except Http404 as problem:
        return error(404, str(problem) or "Nothing has this id.")
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def page_of(items, page, per_page, serialise):
    """The Open Referral Page object. `items` is a queryset or a list."""
    total = len(items) if isinstance(items, list) else items.count()
    total_pages = max(1, math.ceil(total / per_page))
    start = (page - 1) * per_page
    contents = [serialise(item) for item in items[start : start + per_page]]
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": total == 0,
        "contents": contents,
    }


def get_or_404(queryset, id_text, what):
    found = queryset.filter(uuid=params.uuid_value(id_text, "id")).first()
    if found is None:
        raise Http404(f"No {what} has the id {id_text}.")
    return found


def live_services():
    return Service.objects.public()


def public_service_at_locations():
    return ServiceAtLocation.objects.filter(service__in=Service.objects.public(), location__confidential_address=False)


# -- Endpoints ----------------------------------------------------------------


@endpoint()
def meta(request):
    return {
        "version": serialisers.HSDS_VERSION,
        "profile": serialisers.PROFILE_URL,
        "openapi_url": request.build_absolute_uri(reverse("openreferral:openapi")),
    }


@endpoint()
def openapi(request):
    return description(request.build_absolute_uri(reverse("openreferral:meta")))


@endpoint("page", "per_page", "minimal", "full", *SERVICE_FILTERS)
def services(request):
    query = request.GET
    minimal, full = params.boolean(query, "minimal"), params.boolean(query, "full")
    if minimal and full:
        raise BadRequest("Ask for minimal or full, not both.", "minimal")
    found = filter_services(live_services(), query).order_by("name", "pk")
    if minimal:
        # All in one answer unless paging is asked for, as the standard suggests.
        rows = list(found.values_list("uuid", "last_modified"))
        page, per_page = params.page(query) if ("page" in query or "per_page" in query) else (1, max(1, len(rows)))
        return page_of(rows, page, per_page, lambda row: {"id": str(row[0]), "last_modified": row[1].isoformat()})
    page, per_page = params.page(query)
    serialise = serialisers.service_full if full else serialisers.service_summary
    return page_of(serialisers.services_for_feed(found, full=full), page, per_page, serialise)


@endpoint()
def service(request, id):
    return serialisers.service_full(get_or_404(serialisers.services_for_feed(live_services()), id, "service"))


@endpoint("page", "per_page")
def taxonomies(request):
    page, per_page = params.page(request.GET)
    return page_of(Taxonomy.objects.order_by("name", "pk"), page, per_page, serialisers.taxonomy)


@endpoint()
def taxonomy(request, id):
    found = get_or_404(Taxonomy.objects.all(), id, "taxonomy")
    return serialisers.taxonomy(found, terms=found.terms.select_related("taxonomy", "parent").order_by("name"))


@endpoint("page", "per_page", "taxonomy_id")
def taxonomy_terms(request):
    page, per_page = params.page(request.GET)
    terms = TaxonomyTerm.objects.select_related("taxonomy", "parent").order_by("taxonomy__name", "name", "pk")
    taxonomy_id = params.optional_uuid(request.GET, "taxonomy_id")
    if taxonomy_id:
        must_exist(Taxonomy, taxonomy_id, "taxonomy_id", "taxonomy")
        terms = terms.filter(taxonomy__uuid=taxonomy_id)
    return page_of(terms, page, per_page, serialisers.taxonomy_term)


@endpoint()
def taxonomy_term(request, id):
    return serialisers.taxonomy_term(
        get_or_404(TaxonomyTerm.objects.select_related("taxonomy", "parent"), id, "taxonomy term")
    )


@endpoint("page", "per_page", "search", "full_service")
def organizations(request):
    query = request.GET
    page, per_page = params.page(query)
    found = Organisation.objects.order_by("name", "pk")
    text = params.search(query)
    if text:
        found = found.filter(Q(name__icontains=text) | Q(description__icontains=text))
    if params.boolean(query, "full_service"):
        return page_of(_with_services(found), page, per_page, _organisation_full)
    return page_of(found, page, per_page, serialisers.organisation)


@endpoint()
def organization(request, id):
    return _organisation_full(get_or_404(_with_services(Organisation.objects.all()), id, "organization"))


def _with_services(organisations):
    services = serialisers.services_for_feed(live_services().order_by("name", "pk"))
    return organisations.prefetch_related(Prefetch("services", queryset=services, to_attr="live_services"))


def _organisation_full(org):
    return {
        **serialisers.organisation(org),
        "services": [serialisers.service_full(service) for service in org.live_services],
    }


@endpoint("page", "per_page", "postcode", "proximity", *SERVICE_FILTERS)
def service_at_locations(request):
    query = request.GET
    page, per_page = params.page(query)
    services = filter_services(live_services(), query)
    links = (
        public_service_at_locations().filter(service__in=services).select_related("service__organisation", "location")
    )
    postcode = query.get("postcode", "").strip()
    metres = params.integer(query, "proximity", params.DEFAULT_PROXIMITY_METRES, 1, params.MAX_PROXIMITY_METRES)
    if not postcode:
        if "proximity" in query:
            raise BadRequest("postcode is missing: proximity is a distance from a postcode, so give both.", "postcode")
        return page_of(links.order_by("service__name", "pk"), page, per_page, serialisers.service_at_location_summary)
    return page_of(_near(links, postcode, metres), page, per_page, serialisers.service_at_location_summary)


@endpoint()
def service_at_location(request, id):
    link = get_or_404(public_service_at_locations().select_related("location", "service"), id, "service at location")
    link.service = serialisers.services_for_feed(Service.objects.filter(pk=link.service_id)).get()
    return serialisers.service_at_location_full(link)


# -- Distance -----------------------------------------------------------------


def _near(links, postcode, metres):
    """Links within `proximity` metres of the postcode district's centre,
    nearest first, by bounding box then exact distance."""
    district = postcode_district(postcode)
    if district is None:
        raise BadRequest("postcode must be a UK postcode or the first half of one, such as CV1 2AB or CV1.", "postcode")
    outcode, centre = district
    if centre is None:
        raise BadRequest(f"We don't know where the postcode district {outcode} is.", "postcode")
    miles = metres / METRES_PER_MILE
    south, north, west, east = bounding_box(centre, miles)
    candidates = links.filter(
        location__latitude__gte=south,
        location__latitude__lte=north,
        location__longitude__gte=west,
        location__longitude__lte=east,
    )
    measured = []
    for link in candidates:
        distance = haversine(centre, (float(link.location.latitude), float(link.location.longitude)))
        if distance <= miles:
            measured.append((distance, link.service.name, link.pk, link))
    measured.sort(key=lambda row: row[:3])
    return [row[3] for row in measured]


@endpoint()
def unknown(request, path):
    """Any other address under the API: a JSON answer, as from the rest."""
    raise Http404("There is nothing at this address. The API's index lists its endpoints.")
