import csv
import io
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from directory import csv_format, hsds, importing, json_input
from directory.confidentiality import LIFTING_FLAG, LIFTING_OPTION
from waymark.db import refresh_statistics

# More errors than this are summarised: nobody reads five thousand lines.
MAX_ERRORS_SHOWN = 50


class Command(BaseCommand):
    help = (
        "Import services from a CSV file in the Waymark template (see directory/fixtures/"
        "services-template.csv) or from Open Referral (HSDS 3) JSON. All or nothing: one bad "
        "row changes nothing. Records are matched by id, so importing again updates them."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv or .json file")
        parser.add_argument("--dry-run", action="store_true", help="check the file and report, changing nothing")
        parser.add_argument(
            LIFTING_FLAG,
            action="store_true",
            dest=LIFTING_OPTION,
            help="let rows whose confidential_address says no (false) make a confidential address public; "
            "without it such a row is an error. An empty cell always keeps an address confidential.",
        )

    def handle(self, *args, file, dry_run, allow_lifting_confidentiality, **options):
        text = read_text(file)
        # Imported text is English; the translations are edited in the admin.
        with translation.override("en"):
            records = parse(text, file)
            try:
                prepared = importing.prepare(records, allow_lifting_confidentiality=allow_lifting_confidentiality)
            except importing.ImportFailed as failure:
                message = describe_errors(failure.errors)
                if failure.lifting_refused:
                    message += (
                        f"\nTo make those addresses public on purpose, import again with {LIFTING_FLAG} "
                        "(check with --dry-run first)."
                    )
                raise CommandError(message) from None
            created = sum(1 for item in prepared if item.created)
            updated = len(prepared) - created
            if dry_run:
                self.stdout.write(
                    f"Dry run: would create {created} and update {updated} services. Nothing was changed."
                )
                for item in prepared:
                    action = "create" if item.created else "update"
                    self.stdout.write(f"  {item.where}: would {action} “{item.service.name}”")
                self.write_warnings(importing.lifting_warnings(prepared, done=False))
                return
            with transaction.atomic():
                importing.save(prepared)
            refresh_statistics()
        self.stdout.write(self.style.SUCCESS(f"Created {created} and updated {updated} services."))
        self.write_warnings(importing.lifting_warnings(prepared, done=True))

    def write_warnings(self, warnings):
        for warning in warnings:
            self.stdout.write(self.style.WARNING(f"  {warning}"))


def read_text(file):
    try:
        data = Path(file).read_bytes()
    except OSError as error:
        raise CommandError(f"Cannot read {file}: {error.strerror or error}.") from None
    try:
        # utf-8-sig drops the byte-order mark that spreadsheet programs add.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommandError(
            f"{file} is not UTF-8 text (byte {error.start + 1}). Save it as “CSV UTF-8” or UTF-8 JSON."
        ) from None


def parse(text, file):
    """Text -> import records, choosing the reader by the file's content."""
    if "\x00" in text:
        raise CommandError(f"{file} contains null characters; it does not look like a CSV or JSON file.")
    if text.lstrip()[:1] in ("{", "["):
        return parse_json(text, file)
    return parse_csv(text, file)


def parse_json(text, file):
    try:
        data = json_input.loads(text)
    except json_input.UnusableJSON as error:
        raise CommandError(f"{file} {error}") from None
    try:
        items = hsds.services_from_json(data)
    except hsds.NotHSDS as error:
        raise CommandError(f"{file}: {error}") from None
    records, errors = [], []
    for index, item in enumerate(items, start=1):
        record, item_errors = hsds.service_to_record(item, f"Item {index}")
        records.append(record)
        errors += item_errors
    if errors:
        raise CommandError(describe_errors(errors))
    return records


def parse_csv(text, file):
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        raise CommandError(f"{file} is not a readable CSV file: {error}.") from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise CommandError(f"{file} is empty: the first row must name the columns.")
    header = [cell.strip() for cell in rows[0]]
    problems = csv_format.check_header(header)
    if problems:
        raise CommandError(f"{file}: " + " ".join(problems))
    records, errors = [], []
    # Row numbers as a spreadsheet shows them: the header is row 1.
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            errors.append(f"Row {number}: has {len(cells)} cells but the header names {len(header)} columns.")
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        record, row_errors = csv_format.row_to_record(row, f"Row {number}")
        records.append(record)
        errors += row_errors
    if errors:
        raise CommandError(describe_errors(errors))
    if not records:
        raise CommandError(f"{file} has a header but no services.")
    return records


def describe_errors(errors):
    shown = errors[:MAX_ERRORS_SHOWN]
    more = len(errors) - len(shown)
    lines = ["Nothing was imported. Fix these problems and try again:", *(f"  {error}" for error in shown)]
    if more:
        lines.append(f"  …and {more} more.")
    return "\n".join(lines)
