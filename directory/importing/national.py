"""Import a list of national services in the shape of the shared
`national-services.json`: each service marks its fields VERIFIED or
UNVERIFIED, and only verified fields are published. Names, organisations
and summaries (written in our own words) are always used. Re-importing
updates the same services (ids derive from the names)."""

import json
import re
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import translation

from ..models import Nation, Organisation, Phone, Service, ServiceArea
from ..validators import validate_phone_number

NAMESPACE = uuid.UUID("5b0f7a61-2d1e-4c5a-9c1b-6f3e2a4d8c10")
NATION_WORDS = {
    "england": Nation.ENGLAND,
    "wales": Nation.WALES,
    "scotland": Nation.SCOTLAND,
    "northern ireland": Nation.NORTHERN_IRELAND,
}


def one_line(text, limit):
    """`text` on one line, cut at a word and marked with … if too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def verified(item, name):
    return (item.get("verification") or {}).get(name) == "VERIFIED"


def nations(text):
    """Nations named in a verified 'nations' text; "UK" means all four, less
    any nation the text calls unconfirmed."""
    text = (text or "").lower()
    doubtful = set()
    for aside in re.findall(r"\(([^)]*)\)", text):
        if "confirmed" in aside:
            doubtful |= {nation for word, nation in NATION_WORDS.items() if word in aside}
            text = text.replace(f"({aside})", "")
    if "not confirmed" in text or "unconfirmed" in text:
        return []
    if re.search(r"\buk\b|united kingdom", text):
        found = list(Nation.values)
    else:
        found = [nation for word, nation in NATION_WORDS.items() if word in text]
    return [nation for nation in found if nation not in doubtful]


def phone_number(text):
    match = re.match(r"\s*(\+?[0-9][0-9 ]*[0-9])", text or "")
    if not match:
        return None
    number = " ".join(match[1].split())
    try:
        validate_phone_number(number)
    except ValidationError:
        return None
    return number


def phone_label(text):
    text = (text or "").lower()
    if "whatsapp" in text:
        return Phone.Label.WHATSAPP
    if "text" in text or "sms" in text:
        return Phone.Label.TEXT
    return Phone.Label.HELPLINE


def is_round_the_clock(hours):
    hours = (hours or "").lower()
    return "24 hours" in hours and ("7 days" in hours or "every day" in hours)


def records(data):
    """Plain values to save for each service, from verified fields only."""
    url_ok = URLValidator(schemes=["https"])
    result = []
    for item in data.get("services", []):
        name = (item.get("name") or "").strip()
        organisation = (item.get("organisation") or "").strip()
        if not name or not organisation:
            continue
        description = []
        if verified(item, "audience") and item.get("audience"):
            description.append(f"Who it is for: {item['audience']}")
        if verified(item, "other_contact") and item.get("other_contact"):
            description.append(f"Other ways to get in touch: {item['other_contact']}")
        phones = []
        if verified(item, "phone"):
            for phone in item.get("phones") or []:
                number = phone_number(phone.get("number"))
                if number is None:
                    continue
                words = [phone.get("label") or ""]
                if verified(item, "hours") and phone.get("hours"):
                    words.append(phone["hours"])
                if number != " ".join((phone.get("number") or "").split()):
                    words.insert(0, phone["number"])
                phones.append(
                    {
                        "number": number,
                        "label": phone_label(phone.get("label")),
                        "hours": " – ".join(word for word in words if word)[:200],
                    }
                )
        url = ""
        if verified(item, "website") and item.get("website"):
            try:
                url_ok(item["website"])
                url = item["website"]
            except ValidationError:
                pass
        hours = [phone.get("hours", "") for phone in item.get("phones") or []] if verified(item, "hours") else []
        result.append(
            {
                "uuid": uuid.uuid5(NAMESPACE, name.casefold()),
                "name": name,
                "organisation": organisation,
                "summary": one_line(item.get("summary") or "", Service._meta.get_field("summary").max_length),
                "description": "\n\n".join(description),
                "url": url,
                "phones": phones,
                "open_24_7": bool(hours) and all(is_round_the_clock(text) for text in hours),
                "nations": nations(item.get("nations")) if verified(item, "nations") else [],
            }
        )
    return result


@transaction.atomic
def save(records_):
    """Create or update each service; returns (created, updated)."""
    created = updated = 0
    with translation.override("en"):
        for record in records_:
            organisation = Organisation.objects.filter(name__iexact=record["organisation"]).order_by("pk").first()
            if organisation is None:
                organisation = Organisation.objects.create(name=record["organisation"])
            service = Service.objects.filter(uuid=record["uuid"]).first()
            if service is None:
                service = Service(uuid=record["uuid"])
                created += 1
            else:
                updated += 1
            service.organisation = organisation
            for name in ("name", "summary", "description", "url", "open_24_7"):
                setattr(service, name, record[name])
            service.save()
            service.phones.all().delete()
            for number, phone in enumerate(record["phones"]):
                Phone.objects.create(service=service, sort_order=number, free_from_landlines_and_mobiles=False, **phone)
            service.service_areas.all().delete()
            # A national service whose nations are not confirmed is still
            # national; the area says so until an editor ticks the nations.
            ServiceArea.objects.create(
                service=service,
                kind=ServiceArea.Kind.NATIONAL,
                nations=record["nations"],
                description="" if record["nations"] else "Which UK nations it covers is not confirmed.",
            )
    return created, updated


def import_file(path):
    with open(path, encoding="utf-8") as handle:
        return save(records(json.load(handle)))
