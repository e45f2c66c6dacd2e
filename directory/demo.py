"""Demo services, all safe to load again (existing services, matched by id,
are left as editors made them):

- the fictional ones in the shipped CSV template;
- the real national services in ../shared/data/national-services.json, if
  that file is there (verified fields only; see directory/importing/national.py);
- fictional local services in Coventry (CV1–CV6), generated from a fixed
  seed: "Example …" names, Ofcom drama numbers, example.org addresses.
"""

import datetime
import random
import uuid
from pathlib import Path

from django.conf import settings
from django.utils import timezone, translation

from .importing import files, national, records
from .models import PostcodeDistrict, Service, Taxonomy, TaxonomyTerm
from .taxonomies import TAXONOMIES, seed_taxonomies
from .models.taxonomy import AUDIENCES, SERVICE_TYPES, SPECIALIST_ROLES

TEMPLATE = Path(__file__).parent / "fixtures" / "services-template.csv"
NATIONAL_SERVICES = Path(settings.BASE_DIR).parent / "shared" / "data" / "national-services.json"
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
NEIGHBOURHOODS = ["Riverside", "Northgate", "Hillview", "Parkside", "Eastfield", "Westbrook", "Canalside"]
KINDS = {
    "information": ("Advice Point", "Information and advice about your options, safety planning and your rights."),
    "accommodation": ("Sanctuary Scheme", "Extra security for your home so you can stay safely where you live."),
    "legal": ("Legal Advice Clinic", "Free legal advice on protective orders, divorce, child arrangements and housing."),
    "drug-alcohol": ("Recovery Service", "Drug and alcohol support that understands abuse and trauma."),
    "childrens-services": ("Children's Support", "Support for children who have lived with domestic abuse."),
    "emotional-support": ("Survivors' Group", "Peer support groups where survivors meet and support each other."),
    "financial-advice": ("Money Advice", "Help with debt, benefits and economic abuse."),
    "health": ("Health Clinic", "Health care, including sexual health, with staff trained to ask about abuse."),
    "interpreting": ("Interpreting Service", "Interpreters for appointments with support services, police and courts."),
    "immigration": ("Immigration Advice", "Immigration advice, including for people with no recourse to public funds."),
}
ROLE_WORDS = {
    "helpline": "helpline",
    "idva": "an IDVA (independent domestic violence adviser)",
    "isva": "an ISVA (independent sexual violence adviser)",
    "sarc": "a SARC (sexual assault referral centre) referral",
    "marac": "MARAC referrals for professionals",
    "outreach": "outreach workers who meet you somewhere safe",
    "counselling": "counselling",
    "perpetrator-programme": "a programme for people who want to stop being abusive",
    "children-young-people": "workers for children and young people",
}
LANGUAGE_SETS = [["en"], ["en", "pl"], ["en", "pa", "ur"], ["ar", "en", "so"], ["bn", "en"], ["en", "ro"], ["en", "zh"],
                 ["cy", "en"]]
LOCAL_COUNT = 42


def load(stdout):
    # The seed migration normally did this; a flushed database (browser
    # tests) needs it again. It only adds missing terms.
    seed_taxonomies(Taxonomy, TaxonomyTerm)
    for outcode, (latitude, longitude) in DISTRICTS.items():
        PostcodeDistrict.objects.get_or_create(outcode=outcode, defaults={"latitude": latitude, "longitude": longitude})
    with translation.override("en"):
        path = str(TEMPLATE)
        _import_new(files.parse_csv(files.read_path(path), path), stdout, "demo services from the CSV template")
        if NATIONAL_SERVICES.exists():
            if not Service.objects.filter(uuid__in=[r["uuid"] for r in national.records(_read(NATIONAL_SERVICES))]).exists():
                created, _updated = national.import_file(NATIONAL_SERVICES)
                stdout.write(f"Created {created} national services from {NATIONAL_SERVICES}.")
        else:
            stdout.write(
                f"Note: {NATIONAL_SERVICES} is not there, so no real national services were loaded. "
                "Load your own list with: manage.py import_national_services FILE"
            )
        _import_new(local_records(timezone.localdate()), stdout, "fictional local services in Coventry")


def _read(path):
    import json

    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _import_new(found, stdout, label):
    existing = {str(value) for value in Service.objects.values_list("uuid", flat=True)}
    new = [record for record in found if str(record["id"]) not in existing]
    if new:
        records.save(records.prepare(new))
        stdout.write(f"Created {len(new)} {label}.")


def local_records(today):
    """LOCAL_COUNT fictional services covering every service type, role and
    audience, several languages, 24/7 and office hours, a refuge at a
    confidential address, and one service overdue for review."""
    rng = random.Random(20270303)
    types = [code for code, _name in TAXONOMIES[SERVICE_TYPES][1]]
    roles = [code for code, _name in TAXONOMIES[SPECIALIST_ROLES][1]]
    audiences = [code for code, _name in TAXONOMIES[AUDIENCES][1]]
    outcodes = list(DISTRICTS)
    records = []
    for number in range(LOCAL_COUNT):
        kind = types[number % len(types)]
        role = roles[number % len(roles)]
        outcode = outcodes[number % len(outcodes)]
        place = NEIGHBOURHOODS[number % len(NEIGHBOURHOODS)]
        noun, summary = KINDS[kind]
        name = f"Example {place} {noun}"
        if any(record["service"]["name"] == name for record in records):
            name = f"Example {place} {noun} {outcode}"
        service_id = uuid.uuid5(NAMESPACE, f"service-{number}")
        latitude, longitude = DISTRICTS[outcode]
        latitude += rng.uniform(-0.008, 0.008)
        longitude += rng.uniform(-0.012, 0.012)
        round_the_clock = number % 5 == 0
        route = ("self", "professional", "both")[number % 3]
        is_free = number % 7 != 3
        languages = LANGUAGE_SETS[number % len(LANGUAGE_SETS)]
        verified = today - datetime.timedelta(days=7 + number * 3)
        if number == 13:
            verified = today - datetime.timedelta(days=400)  # overdue for review
        service_audiences = sorted({audiences[number % len(audiences)], audiences[(number * 3 + 1) % len(audiences)]})
        periods = [] if round_the_clock else [
            {"weekday": day, "opens_at": datetime.time(9), "closes_at": datetime.time(17)} for day in range(5)
        ]
        if number % 4 == 1:
            periods.append({"weekday": 3, "opens_at": datetime.time(18), "closes_at": datetime.time(20)})
        if number % 6 == 2:
            periods.append({"weekday": 5, "opens_at": datetime.time(10), "closes_at": datetime.time(13)})
        street = f"{number + 1} Example {('Street', 'Road', 'Lane', 'Avenue')[number % 4]}"
        records.append({
            "where": f"Demo local service {number + 1}",
            "id": str(service_id),
            "service": {
                "name": name,
                "summary": summary,
                "description": f"{summary} Run from {place}, with {ROLE_WORDS[role]}. This is a fictional example service.",
                "status": "active",
                "url": f"https://{place.lower()}.example.org/",
                "email": f"hello@{place.lower()}.example.org",
                "is_free": is_free,
                "fees": "" if is_free else "Some sessions cost £10; ask about help with the cost.",
                "referral_route": route,
                "application_process": {
                    "self": "Call or email us yourself. You do not need a referral.",
                    "professional": "A professional, such as a GP, social worker or IDVA, refers you.",
                    "both": "Contact us yourself, or ask a professional to refer you.",
                }[route],
                "what_happens_next": "A worker calls back at a time you say is safe and asks what you need. You can stay anonymous at first.",
                "languages": languages,
                "interpretation_available": number % 2 == 0,
                "wheelchair_access": number % 3 != 2,
                "bsl": number % 8 == 4,
                "text_relay": number % 5 == 3,
                "open_24_7": round_the_clock,
                "hours_note": "" if round_the_clock else "Closed on bank holidays.",
                "last_verified": verified,
                "verified_by": "Example Partnership directory team",
            },
            "organisation": {
                "id": str(uuid.uuid5(NAMESPACE, f"organisation-{number % 12}")),
                "name": f"Example {NEIGHBOURHOODS[number % 12 % len(NEIGHBOURHOODS)]} Trust {number % 12 + 1}",
                "website": "https://trust.example.org/",
            },
            "terms": {SERVICE_TYPES: [kind], SPECIALIST_ROLES: [role], AUDIENCES: service_audiences},
            "phones": [{
                "label": "helpline" if role == "helpline" or round_the_clock else "office",
                "number": f"01632 960{100 + number:03d}",
                "hours": "24 hours" if round_the_clock else "Monday to Friday 9am to 5pm",
                "free_from_landlines_and_mobiles": False,
                "may_appear_on_bills_note": "",
            }],
            "schedule_periods": periods,
            "closed_days": [],
            "locations": [{
                "id": str(uuid.uuid5(NAMESPACE, f"location-{number}")),
                "name": f"Example {place} Centre",
                "address_1": street,
                "town": "Coventry",
                "postcode": f"{outcode} {number % 9 + 1}{'ABDEFGHJ'[number % 8]}{'LNPQRSTU'[number % 8]}",
                "latitude": f"{latitude:.6f}",
                "longitude": f"{longitude:.6f}",
                "confidential_address": False,
            }],
            "service_areas": [{"kind": "postcode-districts", "postcode_districts": [outcode]}],
        })
    records.append(_confidential_refuge(today))
    return records


def _confidential_refuge(today):
    return {
        "where": "Demo Coventry refuge",
        "id": str(uuid.uuid5(NAMESPACE, "refuge")),
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
            "last_verified": today - datetime.timedelta(days=20),
            "verified_by": "Example Partnership directory team",
        },
        "organisation": {"id": str(uuid.uuid5(NAMESPACE, "refuge-organisation")), "name": "Example Coventry Women's Housing"},
        "terms": {SERVICE_TYPES: ["accommodation"], SPECIALIST_ROLES: ["outreach"], AUDIENCES: ["women", "children"]},
        "phones": [{"label": "helpline", "number": "01632 960999", "hours": "24 hours",
                    "free_from_landlines_and_mobiles": False, "may_appear_on_bills_note": ""}],
        "schedule_periods": [],
        "closed_days": [],
        "locations": [{
            "id": str(uuid.uuid5(NAMESPACE, "refuge-house")),
            "name": "Example refuge house",
            "address_1": "99 Example Secret Close",
            "town": "Coventry",
            "postcode": "CV3 9ZZ",
            "latitude": "52.381234",
            "longitude": "-1.471234",
            "confidential_address": True,
        }],
        "service_areas": [{"kind": "postcode-districts", "postcode_districts": ["CV1", "CV2", "CV3", "CV4", "CV5", "CV6"]}],
    }
