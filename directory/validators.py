"""Validators shared by the models and the importers, so a value an editor
cannot type into the admin cannot arrive through a file either."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .languages import ISO_639_1_CODES

# Outward code: the district part of a postcode, such as CV1, SW1A or B33.
OUTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
POSTCODE_RE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
PHONE_RE = re.compile(r"^\+?[0-9 ]+$")


def normalise_postcode(value):
    """'cv11aa' -> 'CV1 1AA'; anything that is not a UK postcode is returned
    stripped and upper-cased, for the validator to reject."""
    compact = re.sub(r"\s+", "", value or "").upper()
    match = POSTCODE_RE.match(compact)
    return f"{match[1]} {match[2]}" if match else (value or "").strip().upper()


def validate_postcode(value):
    if value and not POSTCODE_RE.match(normalise_postcode(value)):
        raise ValidationError(_("“%(value)s” is not a UK postcode, such as CV1 1AA."), params={"value": value})


def validate_outcode(value):
    if not OUTCODE_RE.match(value or ""):
        raise ValidationError(
            _("“%(value)s” is not a postcode district: use the first half of a postcode, such as CV1 or SW1A."),
            params={"value": value},
        )


def validate_outcode_list(value):
    if not isinstance(value, list):
        raise ValidationError(_("Give a list of postcode districts."))
    for code in value:
        validate_outcode(str(code).strip().upper())


def validate_language_codes(value):
    if not isinstance(value, list):
        raise ValidationError(_("Give a list of two-letter language codes."))
    unknown = [str(code) for code in value if str(code).strip().lower() not in ISO_639_1_CODES]
    if unknown:
        raise ValidationError(
            _("%(codes)s: not a two-letter ISO 639-1 language code (English is en, Polish pl, Urdu ur)."),
            params={"codes": ", ".join(unknown)},
        )


def validate_phone_number(value: str | None) -> None:
    digits = re.sub(r"\D", "", value or "")
    if not PHONE_RE.match(value or "") or not 3 <= len(digits) <= 15:
        raise ValidationError(
            _("“%(value)s” is not a phone number: use digits and spaces, with an optional + at the start."),
            params={"value": value},
        )


def validate_latitude(value):
    if value is not None and not -90 <= value <= 90:
        raise ValidationError(_("Latitude must be between -90 and 90."))


def validate_longitude(value):
    if value is not None and not -180 <= value <= 180:
        raise ValidationError(_("Longitude must be between -180 and 180."))
