"""The public directory: search (POST, or GET for a shared link) and a page
per service. Read-only, no cookies, nothing about the search is stored or
logged."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from waymark.views import share_link

from . import presentation, search as directory_search
from .models import ServiceArea


def _filter_groups(params, known, counts):
    groups = []
    for name, legend in (("type", _("What kind of help")), ("role", _("Specialist services")), ("audience", _("Who it is for"))):
        options = [
            {"value": code, "label": term.name, "count": counts.get(f"{name}:{code}", 0),
             "checked": code in params.terms[name]}
            for code, term in sorted(known[name].items(), key=lambda item: item[1].name)
        ]
        groups.append({"name": name, "legend": legend, "options": options})
    languages = [
        {"value": code, "label": directory_search.language_name(code), "count": counts.get(f"language:{code}", 0),
         "checked": code in params.languages}
        for code in directory_search.FILTER_LANGUAGES
    ]
    groups.append({
        "name": "language", "legend": _("Language spoken"),
        "options": [option for option in languages if option["count"] or option["checked"]],
    })
    return groups


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def search(request):
    data = request.POST if request.method == "POST" else request.GET
    now = timezone.now()
    known = directory_search.known_terms()
    params, messages = directory_search.parse(data, known)
    result = directory_search.run(params, now=now, known=known)
    messages += result.messages
    searched = params.has_search
    national = result.national
    show_all_national = not searched or result.total == 0
    if show_all_national:
        national = directory_search.national_helplines()
    flag = lambda key: result.counts.get(key, 0)  # noqa: E731
    context = {
        "params": params,
        "searched": searched,
        "messages_": messages,
        "local": [presentation.card(s, now, miles, by_area) for s, miles, by_area in result.local],
        "local_total": result.local_total,
        "local_shown": len(result.local),
        "national": [presentation.card(s, now) for s in national],
        "national_is_fallback": show_all_national and searched,
        "total": result.total,
        "filter_groups": _filter_groups(params, known, result.counts),
        "flags": [
            {"name": "open_now", "label": _("Open now"), "count": flag("open_now"), "checked": params.open_now},
            {"name": "open_24_7", "label": _("Open 24 hours, 7 days"), "count": flag("open_24_7"), "checked": params.open_24_7},
            {"name": "free", "label": _("Free"), "count": flag("free"), "checked": params.free},
        ],
        "scopes": [
            {"value": "national", "label": _("National helplines only"), "count": flag("scope:national")},
            {"value": "local", "label": _("Local services only"), "count": flag("scope:local")},
        ],
        "referrals": [
            {"value": "self", "label": _("I can contact them myself"), "count": flag("referral:self")},
            {"value": "professional", "label": _("A professional can refer"), "count": flag("referral:professional")},
        ],
        "radius_choices": directory_search.RADIUS_CHOICES,
        "share_url": share_link(request, "directory:search", params.share_params()) if searched else "",
    }
    return render(request, "directory/search.html", context)


@require_http_methods(["GET", "HEAD"])
def service_detail(request, uuid):
    service = (
        directory_search.public_services()
        .filter(uuid=uuid)
        .select_related("organisation")
        .prefetch_related(
            "phones", "schedule_periods", "closed_days", "service_areas", "audiences", "service_types",
            "specialist_roles", "service_at_locations__location",
        )
        .first()
    )
    if service is None:
        raise Http404
    now = timezone.now()
    locations = [link.location for link in service.service_at_locations.all()]
    context = {
        "service": service,
        "card": presentation.card(service, now),
        "phones": [(phone, presentation.tel(phone.number)) for phone in service.phones.all()],
        "hours": presentation.opening_hours(service),
        "closed_days": presentation.upcoming_closed_days(service, timezone.localdate()),
        "languages": [directory_search.language_name(code) for code in service.languages],
        "addresses": [(location.name, location.public_address) for location in locations if location.public_address],
        "has_confidential_location": any(location.confidential_address for location in locations),
        "areas": list(service.service_areas.all()),
        "area_kinds": ServiceArea.Kind,
        "checked": presentation.checked(service.last_verified),
    }
    return render(request, "directory/service.html", context)
