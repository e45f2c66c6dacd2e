"""The public directory: search (POST, or GET for a shared link) and a page
per service. Read-only, no cookies, nothing about the search is stored or
logged."""

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from translations import formats
from translations.language_names import visitor_then_own_html
from translations.languages import shows_english
from waymark.views import share_link

from . import listings, opening_hours, presentation
from . import sheet as shortlists
from .details import term_names, with_details
from .models import Service, ServiceArea
from .search import parameters, results
from .translation import ServiceTranslation


def _count(counts, key):
    """How many results an option would leave; None before any search,
    when no counts are shown (counting every service costs more than the
    landing page is worth)."""
    return None if counts is None else counts.get(key, 0)


def _filter_groups(params, known, counts):
    groups = []
    for name, legend in (
        ("type", _("What kind of help")),
        ("role", _("Specialist services")),
        ("audience", _("Who it is for")),
    ):
        options = [
            {
                "value": code,
                "label": term.name,
                "count": _count(counts, f"{name}:{code}"),
                "checked": code in params.terms[name],
            }
            for code, term in sorted(known[name].items(), key=lambda item: item[1].name)
        ]
        groups.append({"name": name, "legend": legend, "options": options, "chosen": len(params.terms[name])})
    languages = [
        {
            "value": code,
            "label": visitor_then_own_html(code),
            "count": _count(counts, f"language:{code}"),
            "checked": code in params.languages,
        }
        for code in parameters.FILTER_LANGUAGES
    ]
    groups.append(
        {
            "name": "language",
            "legend": _("Language spoken"),
            "options": [
                option for option in languages if option["count"] is None or option["count"] or option["checked"]
            ],
            "chosen": len(params.languages),
        }
    )
    return groups


def _applied_filters(context):
    """The names of the filters in force, in the panel's order: the closed
    panel's summary lists them, so a visitor sees what narrows the results
    without opening it."""
    names = [flag["label"] for flag in context["access_flags"] + context["flags"] if flag["checked"]]
    params = context["params"]
    if params.age is not None:
        names.append(_("Age %(age)s") % {"age": params.age})
    names += [option["label"] for option in context["scopes"] if option["value"] == params.scope]
    names += [option["label"] for option in context["referrals"] if option["value"] == params.referral]
    names += [option["label"] for group in context["filter_groups"] for option in group["options"] if option["checked"]]
    return names


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def search(request):
    data = request.POST if request.method == "POST" else request.GET
    now = opening_hours.now()
    known = parameters.known_terms()
    params, messages = parameters.parse(data, known)
    searched = params.has_search
    result = results.run(params, now=now, known=known) if searched else results.Result(counts=None)
    messages += result.messages
    national = result.national
    show_all_national = not searched or result.total == 0
    if show_all_national:
        national = results.national_helplines(now, result.nation)
    flag = lambda key: _count(result.counts, key)  # noqa: E731
    # The signposting-sheet shortlist and signposting mode ride in the
    # address (and may come in the body); only service ids and a switch,
    # never anything searched for.
    shortlist = shortlists.parse(request.GET, request.POST)
    shown = {listing.uuid for listing, _miles, _by_area in result.local} | {listing.uuid for listing in national}
    context = {
        "params": params,
        "searched": searched,
        "messages_": messages,
        "suggestion": result.suggestion,
        "local": [
            presentation.card(listing, now, miles, by_area, silent=params.silent)
            for listing, miles, by_area in result.local
        ],
        "local_total": result.local_total,
        "results_page": result.page,
        "results_pages": result.pages,
        "first_shown": result.first_shown,
        "last_shown": result.last_shown,
        "national": [presentation.card(listing, now, silent=params.silent) for listing in national],
        "national_is_fallback": show_all_national and searched,
        "total": result.total,
        "filter_groups": _filter_groups(params, known, result.counts),
        "flags": [
            {"name": "open_now", "label": _("Open now"), "count": flag("open_now"), "checked": params.open_now},
            {
                "name": "open_24_7",
                "label": _("Open 24 hours, 7 days"),
                "count": flag("open_24_7"),
                "checked": params.open_24_7,
            },
            {"name": "free", "label": _("Free"), "count": flag("free"), "checked": params.free},
        ],
        "access_flags": [
            {
                "name": "silent",
                "label": _("I can't talk safely right now"),
                "hint": _("Text, chat, email, a form or an app: no speaking needed."),
                "count": flag("silent"),
                "checked": params.silent,
            },
            {"name": "bsl", "label": _("British Sign Language (BSL)"), "count": flag("bsl"), "checked": params.bsl},
            {
                "name": "wheelchair",
                "label": _("Wheelchair access"),
                "count": flag("wheelchair"),
                "checked": params.wheelchair,
            },
            {
                "name": "interpreters",
                "label": _("Interpreters available"),
                "count": flag("interpreters"),
                "checked": params.interpreters,
            },
        ],
        "scopes": [
            {"value": "national", "label": _("National helplines only"), "count": flag("scope:national")},
            {"value": "local", "label": _("Local services only"), "count": flag("scope:local")},
        ],
        "referrals": [
            {"value": "self", "label": _("I can contact them myself"), "count": flag("referral:self")},
            {"value": "professional", "label": _("A professional can refer"), "count": flag("referral:professional")},
        ],
        "radius_choices": parameters.RADIUS_CHOICES,
        "share_url": share_link(request, "directory:search", params.share_params()) if searched else "",
        "shortlist": shortlist,
        "carried": [value for value in shortlist.ids if value not in shown],
        "carry_query": shortlist.directory_query,
        "switch_url": _switch_url(request, shortlist),
        # Results open their services through a POST form that carries the
        # search, so the service page can send it back (see service_detail).
        "open_form": "service-open" if searched else "",
        "carried_fields": params.carried_fields(),
    }
    context["english_notice"] = any(card["service"].english_fields for card in context["local"] + context["national"])
    context["flags_chosen"] = sum(flag["checked"] for flag in context["flags"])
    context["access_chosen"] = sum(flag["checked"] for flag in context["access_flags"]) + (params.age is not None)
    applied = _applied_filters(context)
    context["applied_filters"] = len(applied)
    # Escaped name by name: a language's name is HTML that marks its own name.
    context["applied_names"] = mark_safe(
        conditional_escape(presentation.list_separator()).join(map(conditional_escape, applied))
    )
    return render(request, "directory/search.html", context)


def _switch_url(request, shortlist):
    """This page with signposting mode the other way round: off leaves
    nothing in the address, so the list goes too."""
    if shortlist.signposting:
        return request.path
    return request.path + shortlists.Shortlist(signposting=True).directory_query


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def service_detail(request, uuid):
    """A service's page. Opened from search results it comes as a POST whose
    body is the search (its words never reach the address), and "Back to
    your results" sends that search again. Read-only like the search, so
    CSRF-exempt: no cookie is set. The plain address shows no such button."""
    service = get_object_or_404(with_details(Service.objects.public()), uuid=uuid)
    back_fields = []
    if request.method == "POST":
        searched, _ignored = parameters.parse(request.POST, parameters.known_terms())
        if searched.has_search:
            back_fields = searched.carried_fields()
    now = opening_hours.now()
    context = {
        **_contact_details(service, now),
        **_terms(term_names([service.pk])[service.pk]),
        "card": presentation.card(listings.of(service), now),
        "hours": presentation.opening_hours(service),
        "closed_days": presentation.upcoming_closed_days(service, now.astimezone(opening_hours.UK).date()),
        "languages": [visitor_then_own_html(code) for code in service.languages],
        "area_kinds": ServiceArea.Kind,
        "back_fields": back_fields,
        "list_separator": presentation.list_separator(),
        "long_list_separator": presentation.long_list_separator(),
    }
    shortlist = shortlists.parse(request.GET)
    context.update(_sheet_links(shortlist, service))
    context["switch_url"] = _switch_url(request, shortlist)
    return render(request, "directory/service.html", context)


def _sheet_links(shortlist, service):
    sheet_url = reverse("directory:sheet")
    on_sheet = service.uuid in shortlist
    return {
        "shortlist": shortlist,
        "carry_query": shortlist.directory_query,
        "on_sheet": on_sheet,
        "sheet_full": not on_sheet and len(shortlist) >= shortlists.MAX_SERVICES,
        "sheet_url": sheet_url + shortlist.query(),
        "add_to_sheet_url": sheet_url + shortlist.query(extra=[service.uuid]),
    }


def _contact_details(service, now):
    """What the service page and the sheet both show of a service's contact
    routes, places and review date. Confidential addresses are only flagged."""
    locations = [link.location for link in service.service_at_locations.all()]
    routes = presentation.routes(service, now)
    return {
        "service": service,
        "routes": routes,
        # What the plain sheet may show: numbers, never web or email addresses.
        "phones": [route for route in routes if route["is_number"]],
        # Hours a route gives in words are hours listed, though not a schedule.
        "hours_in_words": any(route["hours"] for route in routes),
        "addresses": [(location.name, location.public_address) for location in locations if location.public_address],
        "has_confidential_location": any(location.confidential_address for location in locations),
        "areas": list(service.service_areas.all()),
        "checked": presentation.checked(service.last_verified),
        "english_notice": shows_any_english(service),
    }


def shows_any_english(service):
    """Whether the service's page shows any of its text in English for want
    of the visitor's language, which one notice at the top says."""
    return (
        # Every translatable field of a service is text its page shows.
        any(shows_english(service, field) for field in ServiceTranslation.fields)
        or shows_english(service.organisation, "name")
        or any(shows_english(route, "hours") for route in service.contact_routes.all())
    )


def _terms(names):
    """Who a service is for and what it offers, from details.term_names."""
    return {"audiences": names["audiences"], "offers": names["service_types"] + names["specialist_roles"]}


def _sheet_entry(service, number, shortlist, plain, terms, now):
    # Many descriptions open with the summary; a sheet has no room to repeat it.
    description = service.description.strip()
    if service.summary and description.startswith(service.summary.strip()):
        description = description[len(service.summary.strip()) :].strip()
    return {
        **_contact_details(service, now),
        **_terms(terms),
        "number": number,
        "description": description,
        "hours": presentation.compact_hours(presentation.opening_hours(service)),
        "has_hours": bool(service.schedule_periods.all()),
        "remove_url": reverse("directory:sheet") + shortlist.without(service.uuid, plain=plain),
        "service_url": reverse("directory:service", args=[service.uuid]) + shortlist.directory_query,
    }


@require_http_methods(["GET", "HEAD"])
def sheet(request):
    """The signposting sheet: the shortlisted services, ready to print or
    save as a PDF. `?plain=1` leaves out the site name and anything that
    says what the services are about."""
    requested = shortlists.parse(request.GET)
    plain = request.GET.get("plain", "") in ("1", "on", "yes", "true")
    services, missing = shortlists.load(requested)
    messages = requested.messages()
    if missing:
        messages.append(shortlists.missing_message(missing))
    # Links on the page carry only the services that were found. Only a
    # professional opens a sheet, so links back to the directory keep
    # signposting mode on.
    shortlist = shortlists.Shortlist(ids=[service.uuid for service in services], signposting=True)
    terms = term_names([service.pk for service in services])
    sheet_url = reverse("directory:sheet")
    now = opening_hours.now()
    context = {
        "plain": plain,
        "entries": [
            _sheet_entry(service, number, shortlist, plain, terms[service.pk], now)
            for number, service in enumerate(services, 1)
        ],
        "messages_": messages,
        "shortlist": shortlist,
        "carry_query": shortlist.query(plain=plain),
        "standard_url": sheet_url + shortlist.query(),
        "plain_url": sheet_url + shortlist.query(plain=True),
        "directory_url": reverse("directory:search") + shortlist.directory_query,
        "directory_link": request.build_absolute_uri(reverse("directory:search")),
        "printed": formats.day_month_year(timezone.localdate()),
        "area_kinds": ServiceArea.Kind,
        "max_services": shortlists.MAX_SERVICES,
        "long_list_separator": presentation.long_list_separator(),
    }
    context["english_notice"] = any(entry["english_notice"] for entry in context["entries"])
    if not services:
        now = opening_hours.now()
        context.update(
            {
                "national": [presentation.card(listing, now) for listing in results.national_helplines(now)],
                "carried": [],
            }
        )
    if plain:
        context["neutral_title"] = _("Useful contacts")
    return render(request, "directory/sheet.html", context)
