"""Demo services, all safe to load again (existing services, matched by id,
are left as editors made them, except for the review dates below):

- the fictional ones in the shipped CSV template;
- the real national services in ../shared/data/national-services.json, if
  that file is there (verified fields only; see directory/importing/national.py);
- fictional local services in Coventry (CV1–CV6), described in
  demo/directory_services.py: "Example …" names, Ofcom drama numbers,
  example.org addresses.

Review dates are relative to the day the demo is loaded, so that with the
default six-month review interval exactly one service is overdue
(OVERDUE_SERVICE). Loading again moves the dates of demo services that no
one has edited in the admin on to the new day, so that stays true.
"""

import datetime
import os
import random
import re
import uuid
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry, Revision

from directory.dates import add_months
from directory.importing import files, national
from directory.importing import records as import_records
from directory.models import DirectorySettings, HeadlineHelpline, PostcodeDistrict, Service, Taxonomy, TaxonomyTerm
from directory.models.taxonomy import AUDIENCES, SERVICE_TYPES, SPECIALIST_ROLES
from directory.taxonomies import seed_taxonomies

from .directory_services import CITY, ORGANISATIONS, SERVICES

# The import template that ships with the directory, as a deployer gets it.
TEMPLATE = Path(apps.get_app_config("directory").path) / "fixtures" / "services-template.csv"
# The checked national services: in $WAYMARK_SHARED_DATA, or in the
# reference data beside the project (../shared/data).
SHARED_DATA = Path(os.environ.get("WAYMARK_SHARED_DATA") or Path(settings.BASE_DIR).parent / "shared" / "data")
NATIONAL_SERVICES = SHARED_DATA / "national-services.json"
NAMESPACE = uuid.UUID("9d3c1f52-6a7e-4b8d-a0c2-1e5f7b9d3a64")
# Centres of the Coventry postcode districts (outcode, latitude, longitude),
# as in the UK postcode-district centroid list.
DISTRICTS = {
    "CV1": (52.410338, -1.509154),
    "CV2": (52.432344, -1.446061),
    "CV3": (52.388827, -1.475226),
    "CV4": (52.390339, -1.56066),
    "CV5": (52.424186, -1.562449),
    "CV6": (52.439743, -1.507503),
}
LOCAL_COUNT = len(SERVICES)
REFUGE_ID = str(uuid.uuid5(NAMESPACE, "refuge"))
# The one service meant to be overdue for review, and by how much: verified
# seven months ago, so with the default six-month interval its review fell
# due about a month ago, whatever the day.
OVERDUE_SERVICE = next(service["name"] for service in SERVICES if service.get("overdue"))
OVERDUE_DAYS = 214
# Every other demo service was verified at most this many days ago, well
# inside the shortest six months (181 days).
LATEST_REVIEW_DAYS = 154
# The CSV template's services: days since they were last verified (the file's
# own dates are fixed, and would age).
TEMPLATE_REVIEW_DAYS = {
    "6f1c2a54-3b8e-4d0a-9c1e-2a7b5d9e0f11": 30,  # Example Domestic Abuse Helpline
    "7a2d3b65-4c9f-4e1b-8d2f-3b8c6e0f1a22": 45,  # Example Refuge
    "8b3e4c76-5d0a-4f2c-9e3a-4c9d7f1a2b33": 60,  # Example Young People's Counselling
}
VERIFIED_BY = "Example Partnership directory team"

HOURS = {
    # pattern: (opening periods as (weekday, opens, closes), phone hours)
    "office": ([(day, 9, 17) for day in range(5)], "Monday to Friday 9am to 5pm"),
    "office-late": (
        [(day, 9, 17) for day in range(5)] + [(3, 18, 20)],
        "Monday to Friday 9am to 5pm, and Thursday 6pm to 8pm",
    ),
    "extended": (
        [(day, 8, 20) for day in range(5)] + [(5, 10, 13)],
        "Monday to Friday 8am to 8pm, Saturday 10am to 1pm",
    ),
    "clinic": (
        [(day, 9, 18) for day in range(5)] + [(5, 9, 12)],
        "Monday to Friday 9am to 6pm, Saturday 9am to 12 noon",
    ),
    "group": ([(day, 9, 17) for day in range(5)], "Monday to Friday 9am to 5pm"),
    "24/7": ([], "24 hours, every day"),
}
HOURS_NOTES = {
    "group": "The group meets on Tuesdays, 6pm to 8pm. Call in office hours to join. Closed on bank holidays.",
    "24/7": "",
}
APPLICATION = {
    "self": "Call or email us yourself. You do not need a referral.",
    "professional": "A professional, such as a GP, social worker or domestic abuse adviser, refers you.",
    "both": "Contact us yourself, or ask a professional to refer you.",
}


def load(stdout, today=None):
    today = today or timezone.localdate()
    # The seed migration normally did this; a flushed database (browser
    # tests) needs it again. It only adds missing terms.
    seed_taxonomies(Taxonomy, TaxonomyTerm)
    for outcode, (latitude, longitude) in DISTRICTS.items():
        PostcodeDistrict.objects.get_or_create(outcode=outcode, defaults={"latitude": latitude, "longitude": longitude})
    with translation.override("en"):
        _import_new(template_records(today), stdout, "demo services from the CSV template")
        if NATIONAL_SERVICES.exists():
            if not Service.objects.filter(
                uuid__in=[r["id"] for r in national.records(_read(NATIONAL_SERVICES))]
            ).exists():
                created, _updated = national.import_file(NATIONAL_SERVICES)
                stdout.write(f"Created {created} national services from {NATIONAL_SERVICES}.")
        else:
            stdout.write(
                f"Note: {NATIONAL_SERVICES} is not there, so no real national services were loaded. "
                "Load your own list with: manage.py import_national_services FILE"
            )
        _import_new(local_records(today), stdout, "fictional local services in Coventry")
        moved = refresh_review_dates(today)
        if moved:
            stdout.write(f"Moved the review dates of {moved} demo services on to {today.day} {today:%B %Y}.")
        _choose_headline_helplines(stdout)


# The home page's headline helplines: the national 24-hour domestic abuse
# helpline when the national services were loaded, and the local helpline.
HEADLINE_HELPLINES = ("National Domestic Abuse Helpline", "Example Coventry Domestic Abuse Helpline")


def _choose_headline_helplines(stdout):
    """Chosen once: what editors pick afterwards is left alone."""
    settings = DirectorySettings.load()
    if settings.headline_helplines.exists():
        return
    by_name = {service.name: service for service in Service.objects.filter(name__in=HEADLINE_HELPLINES)}
    chosen = [by_name[name] for name in HEADLINE_HELPLINES if name in by_name]
    for order, service in enumerate(chosen):
        HeadlineHelpline.objects.create(settings=settings, service=service, sort_order=order)
    if chosen:
        stdout.write(f"Chose {len(chosen)} headline helplines for the home page.")


def _read(path):
    import json

    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _import_new(found, stdout, label):
    existing = {str(value) for value in Service.objects.values_list("uuid", flat=True)}
    new = [record for record in found if str(record["id"]) not in existing]
    if new:
        import_records.save(import_records.prepare(new))
        stdout.write(f"Created {len(new)} {label}.")


def template_records(today):
    """The CSV template's services, verified some days before `today`."""
    path = str(TEMPLATE)
    records = files.parse_csv(files.read_path(path), path)
    for record in records:
        record["service"]["last_verified"] = today - datetime.timedelta(days=TEMPLATE_REVIEW_DAYS[record["id"]])
    return records


def review_days():
    """Service id -> how many days before loading each demo service was last
    verified."""
    days = dict(TEMPLATE_REVIEW_DAYS)
    for number, profile in enumerate(SERVICES):
        days[service_id(number)] = (
            OVERDUE_DAYS if profile.get("overdue") else 5 + (number * 37) % (LATEST_REVIEW_DAYS - 4)
        )
    days[REFUGE_ID] = 20
    return days


def service_id(number):
    return str(uuid.uuid5(NAMESPACE, f"service-{number}"))


def refresh_review_dates(today):
    """Move each demo service's last verified date (and so its review date)
    to the same number of days before `today` as when it was created, unless
    an editor has worked on it: it has revisions or changes logged by a
    user, or a review date set by hand. Returns how many moved."""
    days = review_days()
    content_type = ContentType.objects.get_for_model(Service)
    edited = set(Revision.objects.filter(base_content_type=content_type).values_list("object_id", flat=True)) | set(
        ModelLogEntry.objects.filter(content_type=content_type, user__isnull=False).values_list("object_id", flat=True)
    )
    months = DirectorySettings.load().review_interval_months
    moved = 0
    for service in Service.objects.filter(uuid__in=list(days)):
        verified = today - datetime.timedelta(days=days[str(service.uuid)])
        if str(service.pk) in edited or service.last_verified is None or service.last_verified == verified:
            continue
        if service.next_review_due != add_months(service.last_verified, months):
            continue
        service.last_verified = verified
        service.save(update_fields=["last_verified", "next_review_due", "last_modified"])
        moved += 1
    return moved


def _slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("example ", "", 1).replace("'", "")).strip("-")


def _location(neighbourhood, outcode, street, default_name):
    """One place, the same however many services use it: coordinates near
    the district's centre and a made-up postcode, from the street."""
    rng = random.Random(f"{outcode} {street}")
    latitude, longitude = DISTRICTS[outcode]
    name, _, address = street.partition(", ")
    if not address:
        name, address = default_name, street
    return {
        "id": str(uuid.uuid5(NAMESPACE, f"location-{outcode}-{street}")),
        "name": name,
        "address_1": address,
        "address_2": neighbourhood,
        "town": "Coventry",
        "postcode": f"{outcode} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}",
        "latitude": f"{latitude + rng.uniform(-0.008, 0.008):.6f}",
        "longitude": f"{longitude + rng.uniform(-0.012, 0.012):.6f}",
        "confidential_address": False,
    }


def local_records(today):
    """The fictional Coventry services of demo_services.py, verified some
    days before `today`, and a refuge at a confidential address."""
    days = review_days()
    records = []
    for number, profile in enumerate(SERVICES):
        organisation_name, domain, base = ORGANISATIONS[profile["org"]]
        hours = profile["hours"]
        periods, phone_hours = HOURS[hours]
        round_the_clock = hours == "24/7"
        route = profile["route"]
        roles = profile["roles"]
        helpline = round_the_clock or "helpline" in roles
        fees = profile.get("fees", "")
        if helpline:
            next_step = (
                "An adviser answers and first asks whether it is safe to talk. You do not have to give your name."
            )
        elif hours == "group":
            next_step = (
                "A facilitator calls you at a time you say is safe, to talk about the group and check it suits you."
            )
        elif route == "professional":
            next_step = (
                "We contact the person within two working days, at a time and in a way the referrer says is safe."
            )
        else:
            next_step = "A worker calls you back within two working days, at a time you say is safe. You can stay anonymous at first."
        service_id_ = service_id(number)
        records.append(
            {
                "where": f"Demo local service {number + 1} ({profile['name']})",
                "id": service_id_,
                "service": {
                    "name": profile["name"],
                    "summary": profile["summary"],
                    "description": profile["description"],
                    "status": "active",
                    "url": f"https://{domain}.example.org/{_slug(profile['name'])}/",
                    "email": f"{'referrals' if route == 'professional' else 'hello'}@{domain}.example.org",
                    "is_free": not fees,
                    "fees": fees,
                    "referral_route": route,
                    "application_process": profile.get("application", APPLICATION[route]),
                    "what_happens_next": profile.get("what_happens_next", next_step),
                    "minimum_age": profile.get("minimum_age"),
                    "maximum_age": profile.get("maximum_age"),
                    "languages": profile["languages"],
                    "interpretation_available": profile.get("interpretation", True),
                    "wheelchair_access": profile.get("wheelchair", True),
                    "bsl": profile.get("bsl", False),
                    "text_relay": profile.get("text_relay", False),
                    "alert": profile.get("waiting_list", ""),
                    "open_24_7": round_the_clock,
                    "hours_note": profile.get("hours_note", HOURS_NOTES.get(hours, "Closed on bank holidays.")),
                    "last_verified": today - datetime.timedelta(days=days[service_id_]),
                    "verified_by": VERIFIED_BY,
                },
                "organisation": {
                    "id": str(uuid.uuid5(NAMESPACE, f"organisation-{profile['org']}")),
                    "name": organisation_name,
                    "website": f"https://{domain}.example.org/",
                },
                "terms": {SERVICE_TYPES: profile["types"], SPECIALIST_ROLES: roles, AUDIENCES: profile["audiences"]},
                "contact_routes": [
                    {
                        "kind": "call",
                        "label": "helpline" if helpline else "office",
                        "number": f"01632 960{100 + number:03d}",
                        "hours": phone_hours,
                        "free": False,
                        "may_appear_on_bills_note": "",
                    },
                    *_silent_routes(number, profile, domain, helpline, phone_hours),
                ],
                "schedule_periods": [
                    {"weekday": day, "opens_at": datetime.time(opens), "closes_at": datetime.time(closes)}
                    for day, opens, closes in periods
                ],
                "closed_days": [],
                "locations": [_location(*profile.get("location", base), default_name=organisation_name)],
                "service_areas": [{"kind": "postcode-districts", "postcode_districts": profile.get("areas", CITY)}],
            }
        )
    records.append(_confidential_refuge(today))
    return records


def _silent_routes(number, profile, domain, helpline, phone_hours):
    """Ways to get help without speaking, so the "I can't talk safely right
    now" filter has something to show: a text line beside each helpline
    (another drama number), live chat for young people's services, BSL
    video for the deaf access centre and a web form for some others. They
    keep the service's hours, except the forms, whose hours are not listed."""
    routes = []
    if helpline:
        routes.append({"kind": "text", "number": f"01632 960{500 + number:03d}", "hours": phone_hours})
    if "young-people" in profile["audiences"]:
        routes.append({"kind": "chat", "address": f"https://{domain}.example.org/chat", "hours": phone_hours})
    if profile["org"] == "deaf":
        routes.append({"kind": "bsl-video", "address": f"https://{domain}.example.org/bsl-video", "hours": phone_hours})
    if not helpline and number % 4 == 0:
        routes.append(
            {"kind": "web-form", "address": f"https://{domain}.example.org/contact", "same_hours_as_service": False}
        )
    return routes


def _confidential_refuge(today):
    return {
        "where": "Demo Coventry refuge",
        "id": REFUGE_ID,
        "service": {
            "name": "Example Coventry Women's Refuge",
            "summary": "Safe emergency accommodation for women and their children, at a private address.",
            "description": "A refuge with support workers on site. The address is never published.",
            "status": "active",
            "url": "https://refuge-coventry.example.org/",
            "email": "referrals@refuge-coventry.example.org",
            "is_free": True,
            "referral_route": "both",
            "application_process": "Call the referral line, or ask your IDVA or social worker to refer you.",
            "what_happens_next": "A support worker talks through whether the refuge is right for you and when a room is free.",
            "languages": ["ar", "en", "pa", "ur"],
            "interpretation_available": True,
            "open_24_7": True,
            "last_verified": today - datetime.timedelta(days=review_days()[REFUGE_ID]),
            "verified_by": VERIFIED_BY,
        },
        "organisation": {
            "id": str(uuid.uuid5(NAMESPACE, "refuge-organisation")),
            "name": "Example Coventry Women's Housing",
        },
        "terms": {SERVICE_TYPES: ["accommodation"], SPECIALIST_ROLES: ["outreach"], AUDIENCES: ["women", "children"]},
        "contact_routes": [
            {
                "kind": "call",
                "label": "helpline",
                "number": "01632 960999",
                "hours": "24 hours",
                "free": False,
                "may_appear_on_bills_note": "",
            }
        ],
        "schedule_periods": [],
        "closed_days": [],
        "locations": [
            {
                "id": str(uuid.uuid5(NAMESPACE, "refuge-house")),
                "name": "Example refuge house",
                "address_1": "99 Example Secret Close",
                "town": "Coventry",
                "postcode": "CV3 9ZZ",
                "latitude": "52.381234",
                "longitude": "-1.471234",
                "confidential_address": True,
            }
        ],
        "service_areas": [
            {"kind": "postcode-districts", "postcode_districts": ["CV1", "CV2", "CV3", "CV4", "CV5", "CV6"]}
        ],
    }
