"""The services spreadsheet: one row per service, one column per field.

The column list lives here, apart from the importer, so an exporter can
write the same columns. Only `id`, `name` and `organisation_name` are
required; a column left out of the file leaves that field as it is, a
column present but empty clears it.

Cell formats:
- lists (languages, term codes, nations, postcode districts, closed days):
  separated by semicolons, e.g. "en; pl; ur"
- yes/no columns: yes, no, true, false, y, n, 1 or 0; empty means the default,
  except confidential_address, where empty keeps what is stored: only "no"
  makes a confidential address public, and only with the import's
  --allow-lifting-confidentiality option
- opening_hours: "Mon-Fri 09:00-17:00; Sat 10:00-13:00, 14:00-16:00;
  Fri 22:00-02:00" (UK time; a closing time before the opening time runs
  past midnight)
- contact routes (routeN_…, N from 1 to 6): kind is call, text, whatsapp,
  textphone, chat, email, web-form, callback, bsl-video or app; label
  (calls only) helpline, office or empty; contact the number, the https
  address or the email address, as the kind needs; schedule "24/7", weekly
  hours as for opening_hours, "unknown" (no schedule of its own, not the
  service's either) or empty (the service's opening hours). Files made
  before contact routes, with phoneN_… columns, still import: their label
  helpline, office or other is a call, text a text, whatsapp WhatsApp and
  minicom a textphone
- dates: YYYY-MM-DD
- location_id may be empty: the location then gets an id derived from the
  service id, so importing the file again updates the same location

`service_to_row` writes a service in this format (the admin's CSV export,
which also neutralises formula-like cells: see NUMBER_COLUMNS below), so an
export imports back unchanged, within what one row can hold: one
location, one area, six contact routes, and opening hours for the whole service.
A confidential location is exported with its id, name and flag but no
address or position; importing such a row keeps the stored address.
"""

import datetime
import re
import uuid
from collections.abc import Callable, Mapping

from .. import weekly_hours
from ..models import TERM_FIELDS, ContactRoute, Service
from .records import OLD_PHONE_LABELS, ImportRecord, Values
from .spreadsheet import restore

# What a cell means: yes/no cells a boolean (None if empty), list cells a
# list, every other cell its text.
CellValue = bool | list[str] | str | None

# Columns that map straight onto a Service field of the same name.
SERVICE_COLUMNS = [
    "name",
    "summary",
    "description",
    "status",
    "url",
    "email",
    "is_free",
    "fees",
    "referral_route",
    "application_process",
    "what_happens_next",
    "minimum_age",
    "maximum_age",
    "languages",
    "interpretation_available",
    "wheelchair_access",
    "bsl",
    "text_relay",
    "alert",
    "open_24_7",
    "hours_note",
    "last_verified",
    "verified_by",
]
ORGANISATION_COLUMNS = [
    "organisation_id",
    "organisation_name",
    "organisation_website",
    "organisation_email",
    "organisation_description",
]
TERM_COLUMNS = {field: taxonomy for taxonomy, field in TERM_FIELDS.items()}
HOURS_COLUMNS = ["opening_hours", "closed_days"]
ROUTE_SLOTS = 6
ROUTE_SUFFIXES = ["kind", "label", "contact", "hours", "schedule", "free", "bill_note"]
ROUTE_COLUMNS = [f"route{slot}_{suffix}" for slot in range(1, ROUTE_SLOTS + 1) for suffix in ROUTE_SUFFIXES]
# Files made before contact routes: read, never written.
PHONE_SLOTS = 3
PHONE_SUFFIXES = ["label", "number", "hours", "free", "bill_note"]
PHONE_COLUMNS = [f"phone{slot}_{suffix}" for slot in range(1, PHONE_SLOTS + 1) for suffix in PHONE_SUFFIXES]
SAME_AS_SERVICE, NO_SCHEDULE, ROUND_THE_CLOCK = "", "unknown", "24/7"
LOCATION_FIELDS = {
    "location_id": "id",
    "location_name": "name",
    "address_1": "address_1",
    "address_2": "address_2",
    "town": "town",
    "postcode": "postcode",
    "latitude": "latitude",
    "longitude": "longitude",
    "confidential_address": "confidential_address",
}
AREA_FIELDS = {
    "area_kind": "kind",
    "area_nations": "nations",
    "area_local_authority": "local_authority",
    "area_postcode_districts": "postcode_districts",
    "area_description": "description",
}

# The admin's CSV export puts a quote before any cell a spreadsheet would run
# as a formula (spreadsheet.py), except plain numbers in these columns: their
# fields hold only numbers, and a leading minus is a negative latitude or
# longitude that should stay a number in the sheet. Phone numbers are not
# among them: a spreadsheet reads "+44 1632 960000" as a formula (and shows
# an error), so the quote is what keeps the number intact there too.
# Either way the import reads back exactly what was exported.
NUMBER_COLUMNS = frozenset({"minimum_age", "maximum_age", "latitude", "longitude"})

COLUMNS = [
    "id",
    *SERVICE_COLUMNS[:1],
    *ORGANISATION_COLUMNS,
    *SERVICE_COLUMNS[1:],
    *TERM_COLUMNS,
    *HOURS_COLUMNS,
    *ROUTE_COLUMNS,
    *LOCATION_FIELDS,
    *AREA_FIELDS,
]
KNOWN_COLUMNS = [*COLUMNS, *PHONE_COLUMNS]
REQUIRED_COLUMNS = ["id", "name", "organisation_name"]
LIST_COLUMNS = {"languages", "area_nations", "area_postcode_districts"}
BOOLEAN_COLUMNS = {
    "is_free",
    "interpretation_available",
    "wheelchair_access",
    "bsl",
    "text_relay",
    "open_24_7",
    "confidential_address",
    *(f"phone{slot}_free" for slot in range(1, PHONE_SLOTS + 1)),
    *(f"route{slot}_free" for slot in range(1, ROUTE_SLOTS + 1)),
}
TRUE_WORDS = {"yes", "y", "true", "1"}
FALSE_WORDS = {"no", "n", "false", "0"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
HOURS_RE = re.compile(r"^(?P<days>[a-z]{3}(?:\s*-\s*[a-z]{3})?)\s+(?P<times>.+)$")
TIME_RANGE_RE = re.compile(r"^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$")


def check_header(header: list[str]) -> list[str]:
    """Problems with the header row, as plain sentences (empty if none)."""
    problems = []
    unknown = [column for column in header if column not in KNOWN_COLUMNS]
    if unknown:
        problems.append(f"Unknown columns: {', '.join(unknown)}. Known columns: {', '.join(COLUMNS)}.")
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        problems.append(f"Missing required columns: {', '.join(missing)}.")
    duplicated = sorted({column for column in header if header.count(column) > 1})
    if duplicated:
        problems.append(f"Columns appear more than once: {', '.join(duplicated)}.")
    return problems


def row_to_record(row: Mapping[str, str | None], where: str) -> tuple[ImportRecord, list[str]]:
    """One spreadsheet row (a dict of the columns present) -> an import record
    (see records.py), plus a list of the cell problems found on the way."""
    errors: list[str] = []
    # Without the quote the admin's export puts before formula-like cells.
    cells = {column: restore((value or "").strip()) for column, value in row.items()}

    def value(column: str) -> CellValue:
        text = cells[column]
        if column in BOOLEAN_COLUMNS:
            return _boolean(text, column, where, errors)
        if column in LIST_COLUMNS:
            return _split(text)
        return text

    service: Values = {column: value(column) for column in SERVICE_COLUMNS if column in cells}
    record: ImportRecord = {
        "where": where,
        "id": cells.get("id"),
        "service": service,
        "organisation": {
            "id": cells.get("organisation_id") or None,
            "name": cells.get("organisation_name"),
            "website": cells.get("organisation_website"),
            "email": cells.get("organisation_email"),
            "description": cells.get("organisation_description"),
        },
    }
    # Empty yes/no cells fall back to the field's default.
    for column, field_value in list(service.items()):
        if column in BOOLEAN_COLUMNS and field_value is None:
            service[column] = Service._meta.get_field(column).default

    if any(column in cells for column in TERM_COLUMNS):
        record["terms"] = {
            taxonomy: [code.lower() for code in _split(cells[column])]
            for column, taxonomy in TERM_COLUMNS.items()
            if column in cells
        }
    if "opening_hours" in cells:
        record["schedule_periods"] = _opening_hours(cells["opening_hours"], where, errors)
    if "closed_days" in cells:
        record["closed_days"] = [{"date": day} for day in _split(cells["closed_days"])]
    if any(column in cells for column in [*PHONE_COLUMNS, *ROUTE_COLUMNS]):
        record["contact_routes"] = _phones(cells, value) + _routes(cells, value, where, errors)
    if any(column in cells for column in LOCATION_FIELDS):
        record["locations"] = _locations(cells, value)
    if any(column in cells for column in AREA_FIELDS):
        area = {field: value(column) for column, field in AREA_FIELDS.items() if column in cells}
        record["service_areas"] = [area] if area.get("kind") else []
    return record, errors


def service_to_row(service: Service) -> dict[str, str]:
    """A service as one row of COLUMNS (the inverse of row_to_record)."""
    organisation = service.organisation
    row = {
        "id": str(service.uuid),
        "organisation_id": str(organisation.uuid),
        "organisation_name": organisation.name,
        "organisation_website": organisation.website,
        "organisation_email": organisation.email,
        "organisation_description": organisation.description,
    }
    row.update({column: _cell(getattr(service, column)) for column in SERVICE_COLUMNS})
    row.update({column: "; ".join(term.code for term in getattr(service, column).all()) for column in TERM_COLUMNS})
    periods = [period for period in service.schedule_periods.all() if period.location_id is None]
    row["opening_hours"] = "; ".join(
        f"{DAYS[p.weekday].title()} {p.opens_at:%H:%M}-{p.closes_at:%H:%M}" for p in periods
    )
    row["closed_days"] = "; ".join(day.date.isoformat() for day in service.closed_days.all())
    for slot, route in enumerate(list(service.contact_routes.all())[:ROUTE_SLOTS], start=1):
        if route.open_24_7:
            schedule = ROUND_THE_CLOCK
        elif route.weekly_hours:
            schedule = weekly_hours.text(route.weekly_hours)
        else:
            schedule = SAME_AS_SERVICE if route.same_hours_as_service else NO_SCHEDULE
        cells = [
            route.kind,
            route.label,
            route.target,
            route.hours,
            schedule,
            route.free,
            route.may_appear_on_bills_note,
        ]
        row.update({f"route{slot}_{suffix}": _cell(cell) for suffix, cell in zip(ROUTE_SUFFIXES, cells, strict=True)})
    links = list(service.service_at_locations.all())
    if links:
        location = links[0].location
        row.update(
            {
                column: _cell(getattr(location, field if field != "id" else "uuid"))
                for column, field in LOCATION_FIELDS.items()
            }
        )
        if location.confidential_address:
            row.update(dict.fromkeys(["address_1", "address_2", "town", "postcode", "latitude", "longitude"], ""))
    areas = list(service.service_areas.all())
    if areas:
        row.update({column: _cell(getattr(areas[0], field)) for column, field in AREA_FIELDS.items()})
    return {column: row.get(column, "") for column in COLUMNS}


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _phones(cells: Mapping[str, str], value: Callable[[str], CellValue]) -> list[Values]:
    """Contact routes from the phoneN_… columns of files made before them."""
    phones = []
    for slot in range(1, PHONE_SLOTS + 1):
        given = {
            suffix: value(f"phone{slot}_{suffix}") for suffix in PHONE_SUFFIXES if f"phone{slot}_{suffix}" in cells
        }
        if given.get("number"):
            old_label = str(given.get("label") or "helpline").lower()
            kind, label = OLD_PHONE_LABELS.get(old_label, (old_label, ""))
            phones.append(
                {
                    "kind": kind,
                    "label": label,
                    "number": given["number"],
                    "hours": given.get("hours") or "",
                    "free": bool(given.get("free")),
                    "may_appear_on_bills_note": given.get("bill_note") or "",
                }
            )
    return phones


def _routes(cells: Mapping[str, str], value: Callable[[str], CellValue], where: str, errors: list[str]) -> list[Values]:
    routes = []
    for slot in range(1, ROUTE_SLOTS + 1):
        given = {
            suffix: value(f"route{slot}_{suffix}") for suffix in ROUTE_SUFFIXES if f"route{slot}_{suffix}" in cells
        }
        kind = str(given.get("kind") or "").lower()
        contact = str(given.get("contact") or "")
        if not kind and not contact:
            continue
        route: Values = {
            "kind": kind or ContactRoute.Kind.CALL,
            "label": str(given.get("label") or "").lower(),
            "hours": given.get("hours") or "",
            "free": bool(given.get("free")),
            "may_appear_on_bills_note": given.get("bill_note") or "",
            "open_24_7": False,
            "weekly_hours": [],
            "same_hours_as_service": False,
        }
        if route["kind"] in ContactRoute.NUMBER_KINDS:
            route["number"] = contact
        elif route["kind"] == ContactRoute.Kind.EMAIL:
            route["email"] = contact
        else:
            route["address"] = contact
        schedule = str(given.get("schedule") or "").strip()
        if schedule == SAME_AS_SERVICE:
            route["same_hours_as_service"] = True
        elif schedule.lower() == ROUND_THE_CLOCK:
            route["open_24_7"] = True
        elif schedule.lower() != NO_SCHEDULE:
            try:
                route["weekly_hours"] = weekly_hours.parse(schedule)
            except weekly_hours.BadPart as bad:
                errors.append(
                    f"{where}, route{slot}_schedule: “{bad.args[0]}” is not like “Mon-Fri 09:00-17:00”, "
                    "“24/7”, “unknown” or empty (the service's hours)."
                )
        routes.append(route)
    return routes


def _locations(cells: Mapping[str, str], value: Callable[[str], CellValue]) -> list[Values]:
    location: Values = {field: value(column) for column, field in LOCATION_FIELDS.items() if column in cells}
    if not any(v for k, v in location.items() if k not in ("id", "confidential_address")):
        return []
    if not location.get("id"):
        location["id"] = str(uuid.uuid5(uuid.UUID(cells["id"]), "location")) if _is_uuid(cells.get("id")) else ""
    # An empty confidential_address cell stays None, "not said": a new
    # location is then public (the field's default) but a confidential one
    # stays confidential. Only "no" can lift it (confidentiality.py).
    return [location]


def _opening_hours(text: str, where: str, errors: list[str]) -> list[Values]:
    periods = []
    for part in _split(text):
        match = HOURS_RE.match(part.lower())
        days = _day_range(match["days"]) if match else None
        ranges = match["times"].split(",") if match else []
        times = [found for time_range in ranges if (found := TIME_RANGE_RE.match(time_range.strip()))]
        if not days or not times or len(times) < len(ranges):
            errors.append(
                f"{where}, opening_hours: “{part}” is not like “Mon-Fri 09:00-17:00” "
                "(days as Mon, Tue, Wed, Thu, Fri, Sat, Sun; 24-hour times)."
            )
            continue
        for day in days:
            for time_match in times:
                periods.append({"weekday": day, "opens_at": time_match[1], "closes_at": time_match[2]})
    return periods


def _day_range(text: str) -> list[int] | None:
    ends = [day.strip() for day in text.split("-")]
    if any(day not in DAYS for day in ends):
        return None
    first, last = DAYS.index(ends[0]), DAYS.index(ends[-1])
    return list(range(first, last + 1)) if first <= last else [*range(first, 7), *range(0, last + 1)]


def _boolean(text: str, column: str, where: str, errors: list[str]) -> bool | None:
    word = text.lower()
    if word == "":
        return None
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    errors.append(f"{where}, {column}: “{text}” should be yes or no.")
    return None


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(";") if part.strip()]


def _is_uuid(text: str | None) -> bool:
    try:
        uuid.UUID(text or "")
    except ValueError:
        return False
    return True
