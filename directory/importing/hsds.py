"""Open Referral (HSDS 3, UK profile) services -> import records (see records.py).

Accepts one service object, a list of them, or a paginated API response
({"total_items": ..., "contents": [...]}). Fields Waymark has no place for
(funding, cost options, contacts' names) are ignored. Extensions: a location
may carry "confidential_address": true, which Waymark honours and keeps
(null or a missing field keeps what is stored; false makes a confidential
address public only with the import's --allow-lifting-confidentiality); the
`x_waymark` objects that the API's serialisers (api/serialisers.py) write
carry Waymark's own fields, so Waymark's export re-imports unchanged.
"""

import json
import uuid
from typing import Any

from ..models import ServiceArea
from .json_input import MAX_DEPTH, nested_deeper_than
from .records import OLD_PHONE_LABELS, ImportRecord, Values

# A JSON object as the file gives it: any value may be anything.
JSONObject = dict[str, Any]

HSDS_DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
PHONE_TYPES = {"text": "text", "sms": "text", "textphone": "textphone"}  # anything else is a call
ROUTE_FIELDS = ("open_24_7", "weekly_hours", "same_hours_as_service")
SERVICE_FIELDS = {
    # HSDS field -> Waymark field
    "name": "name",
    "description": "description",
    "url": "url",
    "email": "email",
    "status": "status",
    "fees": "fees",
    "fees_description": "fees",
    "application_process": "application_process",
    "minimum_age": "minimum_age",
    "maximum_age": "maximum_age",
    "alert": "alert",
    "assured_date": "last_verified",
    "assurer_email": "verified_by",
}
EXTENSION_FIELDS = [
    "summary",
    "is_free",
    "referral_route",
    "what_happens_next",
    "interpretation_available",
    "wheelchair_access",
    "bsl",
    "text_relay",
    "open_24_7",
    "hours_note",
    "verified_by",
]


class NotHSDS(ValueError):
    """The JSON is not shaped like Open Referral services."""


def services_from_json(data: object) -> list[JSONObject]:
    """The list of service objects in any accepted shape, or NotHSDS."""
    if isinstance(data, dict) and "contents" in data:
        data = data["contents"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise NotHSDS("Expected an Open Referral service, a list of services, or an API page with “contents”.")
    return data


def service_to_record(item: JSONObject, where: str) -> tuple[ImportRecord, list[str]]:
    """One HSDS service object -> (import record, problems found on the way)."""
    errors = [
        f"{where}, {key}: nested more than {MAX_DEPTH} levels deep; Open Referral fields nest a few levels."
        for key, value in item.items()
        if nested_deeper_than(value)
    ]
    if errors:
        return {"where": where, "id": item.get("id")}, errors
    service: Values = {
        ours: _text_or_value(item[theirs]) for theirs, ours in SERVICE_FIELDS.items() if item.get(theirs) is not None
    }
    record: ImportRecord = {
        "where": where,
        "id": item.get("id"),
        "service": service,
        "organisation": _organisation(item, where, errors),
    }
    if item.get("interpretation_services"):
        service["interpretation_available"] = True
    extension = _extension(item)
    service.update({name: extension[name] for name in EXTENSION_FIELDS if name in extension})
    if isinstance(extension.get("closed_days"), list):
        record["closed_days"] = [
            _with_uuid(day, {"date": day.get("date"), "note": day.get("note") or ""})
            for day in extension["closed_days"]
            if isinstance(day, dict)
        ]

    codes = [language["code"] for language in _list(item, "languages", errors, where) if language.get("code")]
    if codes:
        service["languages"] = codes

    if "phones" in item or "contacts" in item or isinstance(extension.get("contact_routes"), list):
        phones = list(_list(item, "phones", errors, where))
        for contact in _list(item, "contacts", errors, where):
            phones += _list(contact, "phones", errors, where)
        others = [route for route in extension.get("contact_routes") or [] if isinstance(route, dict)]
        record["contact_routes"] = [_phone(phone) for phone in phones] + [_other_route(route) for route in others]

    if "attributes" in item:
        terms = [attribute.get("taxonomy_term") or {} for attribute in _list(item, "attributes", errors, where)]
        if not all(isinstance(term, dict) for term in terms):
            errors.append(f"{where}, attributes: expected each “taxonomy_term” to be an object.")
            terms = []
        record["term_ids"] = [term_id for term in terms if (term_id := _uuid_or_none(term.get("id"))) is not None]

    if "service_areas" in item:
        record["service_areas"] = [_area(area) for area in _list(item, "service_areas", errors, where)]

    locations: list[Values] = []
    located_schedules: list[tuple[JSONObject, object]] = []  # (schedule, its location's id)
    if "service_at_locations" in item:
        for link in _list(item, "service_at_locations", errors, where):
            location = link.get("location") or {}
            if not isinstance(location, dict):
                errors.append(f"{where}, service_at_locations: expected each “location” to be an object.")
            elif location:
                # Numbered as records.py numbers them, so both name the same one.
                locations.append(_location(location, link, f"{where}, location {len(locations) + 1}", errors))
                located_schedules += [
                    (schedule, location.get("id")) for schedule in _list(link, "schedules", errors, where)
                ]
        record["locations"] = locations

    if "schedules" in item or located_schedules:
        schedules: list[tuple[JSONObject, object]] = [
            (schedule, None) for schedule in _list(item, "schedules", errors, where)
        ] + located_schedules
        record["schedule_periods"] = [
            period for schedule, location_id in schedules for period in _periods(schedule, location_id)
        ]
        notes = [schedule.get(key) for schedule, _ in schedules for key in ("description", "notes")]
        if any(notes):
            service["hours_note"] = "\n".join(note for note in notes if note)
    return record, errors


def _organisation(item: JSONObject, where: str, errors: list[str]) -> Values:
    organisation = item.get("organization") or {}
    if not isinstance(organisation, dict):
        errors.append(f"{where}, organization: expected an object.")
        return {}
    values = {
        "id": organisation.get("id") or item.get("organization_id"),
        "name": organisation.get("name"),
        "website": organisation.get("website") or organisation.get("url"),
        "email": organisation.get("email"),
        "description": organisation.get("description"),
    }
    for field, value in values.items():
        if value is not None and not isinstance(value, str):
            errors.append(f"{where}, organization {field}: expected text.")
            return {}
    return values


def _phone(phone: JSONObject) -> Values:
    extension = _extension(phone)
    kind, label = OLD_PHONE_LABELS.get(str(extension.get("label") or ""), (None, None))
    kind = extension.get("kind") or kind or PHONE_TYPES.get(str(phone.get("type") or "").lower(), "call")
    label = extension.get("label") if "kind" in extension else label
    return _with_uuid(
        phone,
        {
            "kind": kind,
            "label": label or "",
            "number": str(phone.get("number") or ""),
            "hours": phone.get("description") or "",
            # "free_from_landlines_and_mobiles": what exports wrote before contact routes.
            "free": bool(extension.get("free", extension.get("free_from_landlines_and_mobiles"))),
            "may_appear_on_bills_note": extension.get("may_appear_on_bills_note") or "",
            **{field: extension[field] for field in ROUTE_FIELDS if field in extension},
        },
    )


def _other_route(route: JSONObject) -> Values:
    """One of x_waymark.contact_routes: a route with no number."""
    return _with_uuid(
        route,
        {
            "kind": route.get("kind") or "",
            "label": route.get("label") or "",
            "address": route.get("address") or "",
            "email": route.get("email") or "",
            "hours": route.get("hours") or "",
            "free": bool(route.get("free")),
            "may_appear_on_bills_note": route.get("may_appear_on_bills_note") or "",
            **{field: route[field] for field in ROUTE_FIELDS if field in route},
        },
    )


def _area(area: JSONObject) -> Values:
    extension = _extension(area)
    if extension.get("kind") in ServiceArea.Kind.values:
        fields = ("kind", "nations", "local_authority", "postcode_districts", "description")
        return _with_uuid(
            area, {field: extension.get(field) or ServiceArea._meta.get_field(field).get_default() for field in fields}
        )
    name = area.get("name") or area.get("service_area") or ""
    described = area.get("service_area") or area.get("description") or ""
    return _with_uuid(
        area,
        {
            "kind": "local-authority",
            "local_authority": name,
            "description": described if described != name else "",
        },
    )


def _location(location: JSONObject, link: JSONObject, where: str, errors: list[str]) -> Values:
    addresses = location.get("addresses") or []
    if not isinstance(addresses, list) or not all(isinstance(address, dict) for address in addresses):
        errors.append(f"{where} addresses: expected a list of objects.")
        addresses = []
    physical = [address for address in addresses if address.get("address_type") == "physical"]
    address = (physical or addresses or [{}])[0]
    values: Values = {
        "id": location.get("id"),
        "name": location.get("name") or address.get("address_1") or "",
        "address_1": address.get("address_1") or "",
        "address_2": address.get("address_2") or "",
        "town": address.get("city") or "",
        "postcode": address.get("postal_code") or "",
        "latitude": _coordinate(location.get("latitude")),
        "longitude": _coordinate(location.get("longitude")),
    }
    # Only JSON true or false is an answer: null keeps what is stored, and
    # anything else ("false", 0) is refused rather than guessed, since a
    # guess of false could make a refuge's address public.
    confidential = location.get("confidential_address")
    if isinstance(confidential, bool):
        values["confidential_address"] = confidential
    elif confidential is not None:
        errors.append(f"{where} confidential_address: should be true or false, not {json.dumps(confidential)[:40]}.")
    if link and _uuid_or_none(link.get("id")):
        values["service_at_location_id"] = _uuid_or_none(link["id"])
    return values


def _periods(schedule: JSONObject, location_id: object) -> list[Values]:
    """Weekly opening periods. Other recurrences (monthly, one-off events)
    have no weekday grid, so only their description is kept, as a note."""
    if str(schedule.get("freq") or "WEEKLY").upper() != "WEEKLY":
        return []
    if not (schedule.get("byday") and schedule.get("opens_at") and schedule.get("closes_at")):
        return []
    days = [HSDS_DAYS.get(day.strip().upper()[-2:]) for day in str(schedule["byday"]).split(",")]
    periods = [
        {
            "weekday": day if day is not None else str(schedule["byday"]),
            "opens_at": schedule["opens_at"],
            "closes_at": schedule["closes_at"],
            "location_id": location_id,
        }
        for day in days
    ]
    # One period per schedule (as Waymark writes them) keeps the schedule's id.
    return [_with_uuid(schedule, periods[0])] if len(periods) == 1 else periods


def _extension(item: JSONObject) -> JSONObject:
    extension = item.get("x_waymark")
    return extension if isinstance(extension, dict) else {}


def _with_uuid(item: JSONObject, values: Values) -> Values:
    """Keep the record's own id, when it has a valid one."""
    child_uuid = _uuid_or_none(item.get("id"))
    return {**values, "uuid": child_uuid} if child_uuid else values


def _list(item: JSONObject, key: str, errors: list[str], where: str) -> list[JSONObject]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        errors.append(f"{where}, {key}: expected a list of objects.")
        return []
    return value


def _coordinate(value: object) -> object:
    # Through str, so a float such as 52.406822 is not widened to more decimal
    # places than the field stores; beyond six places (10 cm) is noise anyway.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(round(value, 6))
    return value


def _text_or_value(value: object) -> object:
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def _uuid_or_none(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None
