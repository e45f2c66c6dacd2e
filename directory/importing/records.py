"""The one validation and saving path for every import format.

A reader (csv_format, hsds, national) turns each row or item into a plain
record, an `ImportRecord`.

`prepare` checks every record with the models' own validation before
anything is written; `save` then writes it all. A key that is missing
leaves the stored value alone; a key that is present replaces it.

A confidential location stays confidential unless its record says
"confidential_address": False and the caller passes
allow_lifting_confidentiality=True (confidentiality.py); `lifting_warnings`
then names each one, for the caller to show before and after saving.
"""

import uuid
from collections.abc import Container, Iterable
from typing import Any, Literal, NotRequired, TypedDict, TypeVar, cast

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from wagtail.log_actions import log

from ..confidentiality import lifts_confidentiality
from ..models import (
    ClosedDay,
    ContactRoute,
    Location,
    Organisation,
    SchedulePeriod,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)
from ..models.service import ServiceChild
from ..models.taxonomy import TERM_FIELDS

MAX_ERRORS_SHOWN = 50
# The labels phones had before contact routes, as older CSV and Open
# Referral exports wrote them: (kind, label) of the route each becomes.
OLD_PHONE_LABELS = {
    "helpline": ("call", "helpline"),
    "office": ("call", "office"),
    "other": ("call", ""),
    "text": ("text", ""),
    "whatsapp": ("whatsapp", ""),
    "minicom": ("textphone", ""),
}
WITHHELD_FIELDS = ("address_1", "address_2", "town", "postcode", "latitude", "longitude")
ChildList = Literal["contact_routes", "schedule_periods", "closed_days", "service_areas"]
CHILDREN: dict[ChildList, tuple[type[ServiceChild], str]] = {
    "contact_routes": (ContactRoute, "contact route"),
    "schedule_periods": (SchedulePeriod, "opening period"),
    "closed_days": (ClosedDay, "closed day"),
    "service_areas": (ServiceArea, "area"),
}


# Model field -> value, as the file gives it.
Values = dict[str, Any]
Child = TypeVar("Child", bound=ServiceChild)


class ImportRecord(TypedDict):
    """One service as a reader gives it. For the lists, None leaves the
    stored ones as they are, like a missing key."""

    where: str  # "Row 3", "Item 2": named in every error
    id: object  # the service's UUID, as text or a UUID; anything else is an error
    service: NotRequired[Values]  # only the fields the file has
    organisation: NotRequired[Values]  # "id", "name", "website", "email", "description"
    terms: NotRequired[dict[str, list[str]] | None]  # {"audiences": [codes], ...}
    term_ids: NotRequired[list[uuid.UUID] | None]  # taxonomy term UUIDs
    # Each child's model fields; a "uuid" keeps the child's id, and a
    # stored child that the list leaves out is deleted.
    contact_routes: NotRequired[list[Values] | None]
    schedule_periods: NotRequired[list[Values] | None]
    closed_days: NotRequired[list[Values] | None]
    service_areas: NotRequired[list[Values] | None]
    # {"id", "service_at_location_id" (optional), model fields...}
    locations: NotRequired[list[Values] | None]


class ImportFailed(Exception):
    def __init__(self, errors: list[str], lifting_refused: bool = False) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors
        # Some record would have made a confidential address public without
        # allow_lifting_confidentiality: the caller says how to allow it.
        self.lifting_refused = lifting_refused

    def report(self) -> str:
        """The problems as a command prints them: more than MAX_ERRORS_SHOWN
        are summarised, since nobody reads five thousand lines."""
        shown = self.errors[:MAX_ERRORS_SHOWN]
        more = len(self.errors) - len(shown)
        lines = ["Nothing was imported. Fix these problems and try again:", *(f"  {error}" for error in shown)]
        if more:
            lines.append(f"  …and {more} more.")
        return "\n".join(lines)


class Prepared:
    """One validated service, its organisation and locations, not yet saved."""

    def __init__(self, where: str, service: Service, created: bool) -> None:
        self.where = where
        self.service = service
        self.created = created
        self.organisation: Organisation | None = None
        self.terms: dict[str, list[TaxonomyTerm]] | None = None
        self.children: dict[str, list[ServiceChild]] = {}
        self.locations: list[Location] | None = None
        # location UUID -> the service-at-location's own id, if the file gives one
        self.link_ids: dict[uuid.UUID, uuid.UUID | None] = {}
        # (location number in the record, Location) made public by this record
        self.lifted: list[tuple[int, Location]] = []


def prepare(records: Iterable[ImportRecord], *, allow_lifting_confidentiality: bool = False) -> list[Prepared]:
    """Validate every record; return the Prepared services, or raise
    ImportFailed with every problem found, each naming its row or item.
    Without allow_lifting_confidentiality, a record that would make a
    confidential address public is one of those problems."""
    errors: list[str] = []
    context = _Context(allow_lifting_confidentiality)
    prepared: list[Prepared] = []
    seen_ids: dict[uuid.UUID, str] = {}  # service id -> where the file first gives it
    for record in records:
        where = record["where"]
        item_errors: list[str] = []
        service_uuid = _parse_uuid(record.get("id"), where, "id", item_errors)
        if service_uuid is not None and service_uuid in seen_ids:
            item_errors.append(f"{where}, id: the same id is already used by {seen_ids[service_uuid]}.")
        if item_errors or service_uuid is None:
            errors += item_errors
            continue
        seen_ids[service_uuid] = where
        errors += _prepare_one(record, service_uuid, context, prepared)
    if errors:
        raise ImportFailed(errors, lifting_refused=context.lifting_refused)
    return prepared


def lifting_warnings(prepared: Iterable[Prepared], done: bool) -> list[str]:
    """One line per location that the import makes public, in capitals so
    that nobody skims past it: before saving (`done` False) and after."""
    verb = "MADE" if done else "WOULD MAKE"
    return [
        f"{item.where}, location {number}: {verb} A CONFIDENTIAL ADDRESS PUBLIC (“{location.name}”).".upper()
        for item in prepared
        for number, location in item.lifted
    ]


def save(prepared: Iterable[Prepared]) -> None:
    """Write prepared services. Call inside a transaction."""
    for item in prepared:
        organisation = item.organisation
        # prepare() keeps only records whose organisation was found or made.
        assert organisation is not None
        if organisation.pk is None or organisation._import_changed:
            organisation.save()
            organisation._import_changed = False
        service = item.service
        service.organisation = organisation
        for name, children in item.children.items():
            setattr(service, name, children)
        if item.locations is not None:
            links: list[ServiceAtLocation] = []
            for location in item.locations:
                if location.pk is None or location._import_changed:
                    location.save()
                    location._import_changed = False
                existing = service.service_at_locations.filter(location=location).first() if service.pk else None
                link_uuid = item.link_ids.get(location.uuid)
                links.append(
                    existing or ServiceAtLocation(location=location, **({"uuid": link_uuid} if link_uuid else {}))
                )
            service.service_at_locations = links
        for field, terms in (item.terms or {}).items():
            setattr(service, field, terms)
        service.save()
        log(service, "wagtail.create" if item.created else "wagtail.edit")


class _Context:
    """Objects shared between records, so two rows naming the same new
    organisation or location create it once."""

    def __init__(self, allow_lifting_confidentiality: bool = False) -> None:
        self.allow_lifting = allow_lifting_confidentiality
        self.lifting_refused = False
        self.organisations: dict[uuid.UUID | str, Organisation] = {}  # by id, or by name in lower case
        self.locations: dict[uuid.UUID, Location] = {}
        self.child_ids: set[uuid.UUID] = set()
        self._stored_ids: dict[type[models.Model], set[uuid.UUID]] = {}
        self.terms_by_code: dict[tuple[str, str], TaxonomyTerm] = {}  # (taxonomy code, term code) -> term
        self.terms_by_uuid: dict[uuid.UUID, TaxonomyTerm] = {}
        for term in TaxonomyTerm.objects.select_related("taxonomy"):
            self.terms_by_code[(term.taxonomy.code, term.code)] = term
            self.terms_by_uuid[term.uuid] = term

    def stored_ids(self, model: type[models.Model]) -> set[uuid.UUID]:
        """Every id `model` already has: one query per import, not per row."""
        if model not in self._stored_ids:
            self._stored_ids[model] = set(model._default_manager.values_list("uuid", flat=True))
        return self._stored_ids[model]


def _prepare_one(
    record: ImportRecord, service_uuid: uuid.UUID, context: _Context, prepared: list[Prepared]
) -> list[str]:
    where = record["where"]
    errors: list[str] = []
    service = Service.objects.filter(uuid=service_uuid).first()
    item = Prepared(where, service or Service(uuid=service_uuid), created=service is None)
    service = item.service

    item.organisation = _organisation(record.get("organisation") or {}, where, context, errors)
    _assign(service, record.get("service", {}))
    _clean(service, where, "", errors, exclude=["organisation"])

    if record.get("terms") is not None or record.get("term_ids") is not None:
        item.terms = _terms(record, where, context, errors)

    # Locations first: opening periods may refer to them.
    locations = record.get("locations")
    if locations is not None:
        item.locations = []
        own_links = set(service.service_at_locations.values_list("uuid", flat=True)) if service.pk else set()
        numbers: dict[uuid.UUID, int] = {}  # location UUID -> its number in this record
        for number, values in enumerate(locations, start=1):
            values = dict(values)
            link_uuid = values.pop("service_at_location_id", None)
            location = _location(values, where, context, errors, number=number, lifted=item.lifted)
            if location is not None and location.uuid in numbers:
                # A service is at a place once (the database allows one link).
                errors.append(
                    f"{where}, location {number} id: this service already lists this location "
                    f"as location {numbers[location.uuid]}."
                )
            elif location is not None:
                numbers[location.uuid] = number
                item.locations.append(location)
                item.link_ids[location.uuid] = _free_id(ServiceAtLocation, link_uuid, own_links, context)

    for key, (model, label) in CHILDREN.items():
        listed = record.get(key)
        if listed is None:
            continue
        children: list[ServiceChild] = []
        existing = {child.uuid: child for child in getattr(service, key).all()} if service.pk else {}
        for number, values in enumerate(listed, start=1):
            values = dict(values)
            child = _child(model, existing, values.pop("uuid", None), context)
            location_id = values.pop("location_id", None)
            _assign(child, values)
            # The file's order is the order shown (a card offers the first helpline).
            child.sort_order = number - 1
            if location_id:
                child.location = _location({"id": location_id}, where, context, errors, only_existing=True)
            _clean(child, where, f"{label} {number} ", errors, exclude=["service", "location"])
            children.append(child)
        item.children[key] = children

    if not errors:
        prepared.append(item)
    return errors


def _child(
    model: type[Child], existing: dict[uuid.UUID, Child], child_uuid: uuid.UUID | None, context: _Context
) -> Child:
    """The contact route, opening period, closed day or area to fill in: the one with
    the id the file gives, so ids survive a round trip."""
    child_uuid = _free_id(model, child_uuid, existing, context)
    if child_uuid is None:
        return model()
    return existing.get(child_uuid) or model(uuid=child_uuid)


def _free_id(
    model: type[models.Model], wanted: uuid.UUID | None, own_ids: Container[uuid.UUID], context: _Context
) -> uuid.UUID | None:
    """`wanted`, unless another service's record already has it. Feeds that
    reuse an id across services get a new one rather than an error: the
    service's own id is what identifies it."""
    if wanted is None or wanted in context.child_ids:
        return None
    if wanted not in own_ids and wanted in context.stored_ids(model):
        return None
    context.child_ids.add(wanted)
    return wanted


def _organisation(values: Values, where: str, context: _Context, errors: list[str]) -> Organisation | None:
    org_uuid = _parse_uuid(values.get("id"), where, "organisation id", errors) if values.get("id") else None
    name = (values.get("name") or "").strip()
    key: uuid.UUID | str = org_uuid or name.casefold()
    if not key:
        errors.append(f"{where}, organisation: every service needs the name or id of its organisation.")
        return None
    if key in context.organisations:
        return context.organisations[key]
    organisation = None
    if org_uuid:
        organisation = Organisation.objects.filter(uuid=org_uuid).first()
    elif name:
        organisation = Organisation.objects.filter(name__iexact=name).order_by("pk").first()
    if organisation is None:
        if not name:
            errors.append(f"{where}, organisation id: no organisation has this id, and no name was given to create it.")
            return None
        organisation = Organisation(uuid=org_uuid or uuid.uuid4())
    fields = {field: values[field] for field in ("name", "website", "email", "description") if values.get(field)}
    organisation._import_changed = _assign(organisation, fields)
    _clean(organisation, where, "organisation ", errors)
    context.organisations[key] = organisation
    return organisation


def _location(
    values: Values,
    where: str,
    context: _Context,
    errors: list[str],
    number: int = 1,
    only_existing: bool = False,
    lifted: list[tuple[int, Location]] | None = None,
) -> Location | None:
    values = dict(values)
    location_uuid = _parse_uuid(values.pop("id", None), where, f"location {number} id", errors)
    if location_uuid is None:
        return None
    if location_uuid in context.locations:
        return context.locations[location_uuid]
    location = Location.objects.filter(uuid=location_uuid).first()
    if location is None:
        if only_existing:
            errors.append(f"{where}, location: no location in this import or the directory has the id {location_uuid}.")
            return None
        location = Location(uuid=location_uuid)
    # A confidential address stays confidential unless the file says otherwise
    # in so many words: a feed that lacks the flag must not expose a refuge.
    if values.get("confidential_address") is None:
        values.pop("confidential_address", None)
    if lifts_confidentiality(location.confidential_address, values.get("confidential_address")):
        if not context.allow_lifting:
            context.lifting_refused = True
            errors.append(
                f"{where}, location {number} confidential_address: “{location.name}” has a confidential "
                "address, and an explicit no (false) here would make it public. Leave it empty to keep "
                "the address confidential."
            )
            return None
        if lifted is not None:
            lifted.append((number, location))
    # Exports withhold a confidential address; importing one back must not
    # wipe the address kept here.
    if values.get("confidential_address", location.confidential_address) and not any(
        values.get(field) for field in WITHHELD_FIELDS
    ):
        for field in WITHHELD_FIELDS:
            values.pop(field, None)
    location._import_changed = _assign(location, values)
    _clean(location, where, f"location {number} ", errors)
    context.locations[location_uuid] = location
    return location


def _terms(record: ImportRecord, where: str, context: _Context, errors: list[str]) -> dict[str, list[TaxonomyTerm]]:
    chosen: dict[str, list[TaxonomyTerm]] = {field: [] for field in TERM_FIELDS.values()}
    for taxonomy_code, codes in (record.get("terms") or {}).items():
        for code in codes:
            term = context.terms_by_code.get((taxonomy_code, code.strip().lower()))
            if term is None:
                known = sorted(c for (t, c) in context.terms_by_code if t == taxonomy_code)
                errors.append(
                    f"{where}, {TERM_FIELDS[taxonomy_code].replace('_', ' ')}: “{code}” is not a known code. "
                    f"Known codes: {', '.join(known)}."
                )
            else:
                chosen[TERM_FIELDS[taxonomy_code]].append(term)
    for term_uuid in record.get("term_ids") or []:
        term = context.terms_by_uuid.get(term_uuid)
        if term is not None and term.taxonomy.code in TERM_FIELDS:
            chosen[TERM_FIELDS[term.taxonomy.code]].append(term)
    return chosen


def _assign(instance: models.Model, values: Values) -> bool:
    """Set model fields from imported values; blank text becomes None where
    the field allows it. Returns whether anything changed."""
    changed = False
    for name, value in values.items():
        field = instance._meta.get_field(name)
        if isinstance(value, str):
            value = value.strip()
            if value == "" and field.null:
                value = None
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


def _clean(
    instance: models.Model, where: str, prefix: str, errors: list[str], exclude: list[str] | None = None
) -> None:
    try:
        instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            # The errors name the model's own fields, never a reverse relation.
            label = (
                ""
                if field == NON_FIELD_ERRORS
                else str(cast(models.Field[Any, Any], instance._meta.get_field(field)).verbose_name)
            )
            name = f"{prefix}{label}".strip() or "details"
            errors += [f"{where}, {name}: {message}" for message in messages]
    except (TypeError, ValueError, OverflowError) as error:
        # Some values crash a field's own checks instead of failing them (an
        # object where a time belongs, an infinite number): find which.
        found = _fields_that_crash(instance, exclude or [])
        errors += [
            f"{where}, {prefix}{label}: {_shown(value)} is not a value this field can hold." for label, value in found
        ]
        if not found:
            errors.append(f"{where}, {prefix}details: could not be checked ({error}).")


def _fields_that_crash(instance: models.Model, exclude: list[str]) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for field in instance._meta.concrete_fields:
        if field.name in exclude:
            continue
        value = getattr(instance, field.attname)
        try:
            field.clean(value, instance)
        except ValidationError:
            pass
        except (TypeError, ValueError, OverflowError):
            found.append((str(field.verbose_name), value))
    return found


def _shown(value: object) -> str:
    text = str(value)
    return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”"


def _parse_uuid(value: object, where: str, label: str, errors: list[str]) -> uuid.UUID | None:
    if value is None or str(value).strip() == "":
        errors.append(f"{where}, {label}: missing. Every record needs a UUID so that importing again updates it.")
        return None
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        errors.append(f"{where}, {label}: “{value}” is not a UUID (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427).")
        return None
