import csv
import io
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from directory.importing.files import UnreadableFile, read_path
from directory.models import PostcodeDistrict
from directory.validators import validate_latitude, validate_longitude, validate_outcode
from waymark.db import refresh_statistics

SIMPLE_COLUMNS = {"outcode", "latitude", "longitude"}
# The ONS Postcode Directory: one row per full postcode.
ONSPD_COLUMNS = {"pcds", "lat", "long"}
# The ONSPD marks unknown positions with this latitude.
ONSPD_NO_POSITION = "99.999999"


class Command(BaseCommand):
    help = (
        "Load postcode district centres from an outcode,latitude,longitude CSV, or from the ONS "
        "Postcode Directory CSV (averaging each district's live postcodes). Safe to repeat."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            text = read_path(file)
        except UnreadableFile as problem:
            raise CommandError(str(problem)) from None
        reader = csv.DictReader(io.StringIO(text, newline=""))
        try:
            header = {name.strip().lower() for name in reader.fieldnames or []}
            if header >= SIMPLE_COLUMNS:
                districts = simple_districts(reader)
            elif header >= ONSPD_COLUMNS:
                districts = onspd_districts(reader)
            else:
                raise CommandError(
                    f"{file}: expected the columns outcode, latitude, longitude, or the ONS Postcode "
                    "Directory's pcds, lat, long."
                )
        except csv.Error as error:
            raise CommandError(f"{file} is not a readable CSV file: {error}.") from None
        if not districts:
            raise CommandError(f"{file} has no postcode districts with a position.")
        created = 0
        with transaction.atomic():
            for outcode, (latitude, longitude) in sorted(districts.items()):
                _, was_created = PostcodeDistrict.objects.update_or_create(
                    outcode=outcode, defaults={"latitude": latitude, "longitude": longitude}
                )
                created += was_created
        refresh_statistics()
        self.stdout.write(
            self.style.SUCCESS(f"Created {created} and updated {len(districts) - created} postcode districts.")
        )


def _cells(row):
    return {(key or "").strip().lower(): (value or "").strip() for key, value in row.items() if key is not None}


def simple_districts(reader):
    return dict(_checked_rows(reader, lambda cells: (cells["outcode"].upper(), cells["latitude"], cells["longitude"])))


def onspd_districts(reader):
    """Average the positions of each district's live postcodes. Terminated
    postcodes (doterm set) and those without a position are skipped."""
    sums = defaultdict(lambda: [Decimal(0), Decimal(0), 0])
    for outcode, (latitude, longitude) in _checked_rows(reader, _onspd_postcode):
        total = sums[outcode]
        total[0] += latitude
        total[1] += longitude
        total[2] += 1
    quantum = Decimal("0.000001")
    return {
        outcode: ((lat / count).quantize(quantum), (lng / count).quantize(quantum))
        for outcode, (lat, lng, count) in sums.items()
    }


def _onspd_postcode(cells):
    if cells.get("doterm") or not cells["lat"] or not cells["long"] or cells["lat"] == ONSPD_NO_POSITION:
        return None
    return cells["pcds"].upper().split(" ")[0], cells["lat"], cells["long"]


def _checked_rows(reader, read):
    """Each row's outcode and position, checked. `read` picks a row's
    outcode, latitude and longitude from its cells, or None to skip the row.
    Every row that fails is named in one error once all are read, so a file
    with any bad row imports nothing."""
    errors = []
    for number, row in enumerate(reader, start=2):
        found = read(_cells(row))
        if found is None:
            continue
        outcode, latitude, longitude = found
        try:
            validate_outcode(outcode)
            position = _position(latitude, longitude)
        except ValidationError as error:
            errors.append(f"Row {number}: {' '.join(error.messages)}")
            continue
        yield outcode, position
    _raise(errors)


def _position(latitude, longitude):
    try:
        position = Decimal(latitude), Decimal(longitude)
    except InvalidOperation:
        raise ValidationError(f"“{latitude}, {longitude}” is not a latitude and longitude in degrees.") from None
    if not all(value.is_finite() for value in position):
        raise ValidationError(f"“{latitude}, {longitude}” is not a latitude and longitude in degrees.")
    validate_latitude(position[0])
    validate_longitude(position[1])
    return tuple(value.quantize(Decimal("0.000001")) for value in position)


def _raise(errors):
    if errors:
        shown = "\n".join(f"  {error}" for error in errors[:50])
        more = f"\n  …and {len(errors) - 50} more." if len(errors) > 50 else ""
        raise CommandError(f"Nothing was imported. Fix these problems and try again:\n{shown}{more}")
