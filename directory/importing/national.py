"""Import a list of national services in the shape of the shared
`national-services.json`: each service marks its fields VERIFIED or
UNVERIFIED, and only verified fields are published. Names, organisations
and summaries (written in our own words) are always used.

The file becomes import records (records.py) and goes through the same
validation, saving and audit log as every other format. Re-importing
updates the same services: their ids derive from the names, and each phone
and area keeps the id stored for it (`_keep_ids`), since those are the ids
the Open Referral API publishes."""

import json
import os
import re
import uuid
from collections import defaultdict
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import CharField
from django.db.models.functions import Concat
from django.utils import translation

from ..models import ContactRoute, Nation, Service, ServiceArea
from ..validators import validate_phone_number
from . import records as import_records
from .records import ImportRecord, Values

NAMESPACE = uuid.UUID("5b0f7a61-2d1e-4c5a-9c1b-6f3e2a4d8c10")
NATION_WORDS = {
    "england": Nation.ENGLAND,
    "wales": Nation.WALES,
    "scotland": Nation.SCOTLAND,
    "northern ireland": Nation.NORTHERN_IRELAND,
}
DAYS = {day: number for number, day in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
# How much of a service's name an error message quotes to say which it is.
NAME_SHOWN = 60


def one_line(text: str, limit: int) -> str:
    """`text` on one line, cut at a word and marked with … if too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def verified(item: dict[str, Any], name: str) -> bool:
    return bool((item.get("verification") or {}).get(name) == "VERIFIED")


def nations(text: str | None) -> list[str]:
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


def phone_number(text: str | None) -> str | None:
    match = re.match(r"\s*(\+?[0-9][0-9 ]*[0-9])", text or "")
    if not match:
        return None
    number = " ".join(match[1].split())
    try:
        validate_phone_number(number)
    except ValidationError:
        return None
    return number


def phone_kinds(text: str | None) -> list[tuple[str, str]]:
    """(kind, label) of the contact routes a phone's label in the file
    names: "SMS and WhatsApp" is both a text line and WhatsApp."""
    text = (text or "").lower()
    kinds: list[tuple[str, str]] = []
    if "text" in text or "sms" in text:
        kinds.append((ContactRoute.Kind.TEXT, ""))
    if "whatsapp" in text:
        kinds.append((ContactRoute.Kind.WHATSAPP, ""))
    call: list[tuple[str, str]] = [(ContactRoute.Kind.CALL, ContactRoute.Label.HELPLINE)]
    return kinds or call


# The file's contact kinds that are routes of ours reached at the service's
# verified website; the file gives no address of their own.
WEBSITE_KINDS = {
    "chat": ContactRoute.Kind.CHAT,
    "form": ContactRoute.Kind.WEB_FORM,
    "callback": ContactRoute.Kind.CALLBACK,
    "bsl": ContactRoute.Kind.BSL_VIDEO,
    "app": ContactRoute.Kind.APP,
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def contact_routes(item: dict[str, Any], website: str) -> list[Values]:
    """A route for each verified contact the file lists that we can link
    to: an email address written in its text, or a chat, form, callback
    request, BSL service or app reached from the service's verified
    website. Forums, letters and the like are not routes of ours; `note`
    is never read."""
    if not verified(item, "other_contact"):
        return []
    routes: list[Values] = []
    for contact in item.get("contacts") or []:
        kind = contact.get("kind")
        hours = contact.get("hours") or "" if verified(item, "hours") else ""
        route: Values = {"hours": str(hours)[:200], "same_hours_as_service": False}
        found = EMAIL_RE.search(contact.get("text") or "") if kind == "email" else None
        if found:
            routes.append({**route, "kind": ContactRoute.Kind.EMAIL, "email": found[0]})
        elif kind in WEBSITE_KINDS and website:
            routes.append({**route, "kind": WEBSITE_KINDS[kind], "address": website})
    return routes


def schedule(found: Any) -> tuple[bool, list[Values]] | None:
    """(open_24_7, opening periods) from a phone's `schedule`, or None when
    it gives no usable hours: null means unknown, never closed. "24:00" is
    the midnight a period closes at, which the model writes as 00:00."""
    if not isinstance(found, dict):
        return None
    if found.get("open_24_7") is True:
        return True, []
    periods: list[Values] = []
    for period in found.get("periods") or []:
        times = [period.get(key) for key in ("opens", "closes")]
        if not all(isinstance(time, str) for time in times):
            return None
        opens, closes = ("00:00" if time == "24:00" else time for time in times)
        for day in period.get("days") or []:
            if day not in DAYS:
                return None
            periods.append({"weekday": DAYS[day], "opens_at": opens, "closes_at": closes})
    return (False, periods) if periods else None


def service_hours(phones: list[Any]) -> tuple[bool, list[Values]] | None:
    """The service's own hours, from the verified schedules of the phones it
    publishes. A card's status is that of the phone it offers, but the model
    keeps one set of hours for the whole service, which its page, the open
    now filter and the API all read. So they are taken only when every such
    phone gives the same schedule: where the lines differ, or one line's
    hours are unknown, no hours are better than hours that are wrong for a
    line, and each phone's hours still show in words."""
    schedules = [schedule(phone.get("schedule")) for phone in phones]
    if not schedules or any(found != schedules[0] for found in schedules):
        return None
    return schedules[0]


def phone_hours(phone: dict[str, Any], number: str) -> str:
    """When a phone answers, in the file's public words, after what the
    number and label add to them (such as "then press 55" or "ask for the
    Global Response Centre"). Empty when the hours are not known, so that
    the card says the hours are not listed rather than showing a label."""
    if not phone.get("hours"):
        return ""
    words = [phone.get("label") or "", phone["hours"]]
    if number != " ".join((phone.get("number") or "").split()):
        words.insert(0, phone["number"])
    return " – ".join(word for word in words if word)[:200]


def records(data: dict[str, Any]) -> list[ImportRecord]:
    """An import record for each service, from verified fields only. Each
    phone and area is given in full, so that re-importing replaces whatever
    an editor changed in them, as it replaces the service's own fields."""
    url_ok = URLValidator(schemes=["https"])
    result: list[ImportRecord] = []
    for index, item in enumerate(data.get("services", []), start=1):
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
        published = []  # the file's phones that are published, for their schedules
        if verified(item, "phone"):
            for phone in item.get("phones") or []:
                number = phone_number(phone.get("number"))
                if number is None:
                    continue
                published.append(phone)
                own = schedule(phone.get("schedule")) if verified(item, "hours") else None
                phones += [
                    {
                        "kind": kind,
                        "label": label,
                        "number": number,
                        "hours": phone_hours(phone, number) if verified(item, "hours") else "",
                        "open_24_7": bool(own and own[0]),
                        "weekly_hours": own[1] if own else [],
                        "same_hours_as_service": False,
                        "free": phone.get("free") is True,
                        "may_appear_on_bills_note": (
                            "Does not show on phone bills." if phone.get("on_bills") is False else ""
                        ),
                    }
                    for kind, label in phone_kinds(phone.get("label"))
                ]
        url = ""
        if verified(item, "website") and item.get("website"):
            try:
                url_ok(item["website"])
                url = item["website"]
            except ValidationError:
                pass
        hours = service_hours(published) if verified(item, "hours") else None
        open_24_7, periods = hours or (False, [])
        covered = nations(item.get("nations")) if verified(item, "nations") else []
        result.append(
            {
                "where": f"Service {index} ({one_line(name, NAME_SHOWN)})",
                "id": str(uuid.uuid5(NAMESPACE, name.casefold())),
                "organisation": {"name": organisation},
                "service": {
                    "name": name,
                    "summary": one_line(item.get("summary") or "", Service._meta.get_field("summary").max_length),
                    "description": "\n\n".join(description),
                    "url": url,
                    "open_24_7": open_24_7,
                },
                "contact_routes": phones + contact_routes(item, url),
                "schedule_periods": periods,
                # A national service whose nations are not confirmed is still
                # national, with no nations until an editor ticks them. Saying
                # that they are unconfirmed is a research note, not for the public.
                "service_areas": [
                    {
                        "kind": ServiceArea.Kind.NATIONAL,
                        "nations": covered,
                        "local_authority": "",
                        "postcode_districts": [],
                        "description": "",
                    }
                ],
            }
        )
    return result


def import_file(path: str | os.PathLike[str]) -> tuple[int, int]:
    """Import the file at `path`, all or nothing; returns (created, updated).
    Raises OSError or ValueError if it cannot be read, and
    records.ImportFailed, naming each service, if any fails validation."""
    with open(path, encoding="utf-8") as handle:
        found = records(json.load(handle))
    # The file is in English; translations are edited in the admin.
    with translation.override("en"):
        _keep_ids(found)
        prepared = import_records.prepare(found)
        with transaction.atomic():
            import_records.save(prepared)
    created = sum(1 for item in prepared if item.created)
    return created, len(prepared) - created


def _keep_ids(found: list[ImportRecord]) -> None:
    """Give each phone the id of the one stored for the same service with
    the same number, and each service's national area the id of the one
    stored, so that the ids the API publishes survive a re-import. The file
    has no ids of its own; records.save deletes the stored ones left over."""
    service_ids = [record["id"] for record in found]
    stored_routes = defaultdict(list)  # (service id, kind, number without spaces or address) -> route ids, in order
    for service_id, kind, target, route_id in ContactRoute.objects.filter(service__uuid__in=service_ids).values_list(
        "service__uuid", "kind", Concat("number", "address", "email", output_field=CharField()), "uuid"
    ):
        stored_routes[(str(service_id), kind, _without_spaces(target))].append(route_id)
    stored_areas = defaultdict(list)  # service id -> national area ids, in order
    for service_id, area_id in ServiceArea.objects.filter(
        service__uuid__in=service_ids, kind=ServiceArea.Kind.NATIONAL
    ).values_list("service__uuid", "uuid"):
        stored_areas[str(service_id)].append(area_id)
    for record in found:
        for route in record.get("contact_routes") or []:
            target = route.get("number") or route.get("address") or route.get("email") or ""
            _take_id(route, stored_routes[(str(record["id"]), route["kind"], _without_spaces(target))])
        for area in record.get("service_areas") or []:
            _take_id(area, stored_areas[str(record["id"])])


def _take_id(values: Values, stored: list[uuid.UUID]) -> None:
    # Two phones with the same number each keep one of the stored ids.
    if stored:
        values["uuid"] = stored.pop(0)


def _without_spaces(number: str) -> str:
    # An editor may have spaced a stored number differently; it is the same phone.
    return "".join(number.split())
