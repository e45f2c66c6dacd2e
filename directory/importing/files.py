"""A file's bytes to import records: the one reader that the import command
and the admin's upload share, so both accept and refuse exactly the same."""

import csv
import io
import os
from pathlib import Path

from . import csv_format, hsds, json_input
from .records import ImportFailed, ImportRecord


class UnreadableFile(Exception):
    """The file as a whole cannot be read; the message says why, naming it."""


def read_path(path: str | os.PathLike[str]) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise UnreadableFile(f"Cannot read {path}: {error.strerror or error}.") from None
    return decode(data, path)


def decode(data: bytes, name: str | os.PathLike[str]) -> str:
    try:
        # utf-8-sig drops the byte-order mark that spreadsheet programs add.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            f"{name} is not UTF-8 text (byte {error.start + 1}). Save it as “CSV UTF-8” or UTF-8 JSON."
        ) from None


def parse(text: str, name: str) -> list[ImportRecord]:
    """Text -> import records, choosing the reader by the file's content.
    Raises UnreadableFile, or ImportFailed naming every bad row or item."""
    if "\x00" in text:
        raise UnreadableFile(f"{name} contains null characters; it does not look like a CSV or JSON file.")
    if text.lstrip()[:1] in ("{", "["):
        return parse_json(text, name)
    return parse_csv(text, name)


def parse_json(text: str, name: str) -> list[ImportRecord]:
    try:
        data = json_input.loads(text)
    except json_input.UnusableJSON as error:
        raise UnreadableFile(f"{name} {error}") from None
    try:
        items = hsds.services_from_json(data)
    except hsds.NotHSDS as error:
        raise UnreadableFile(f"{name}: {error}") from None
    records, errors = [], []
    for index, item in enumerate(items, start=1):
        record, item_errors = hsds.service_to_record(item, f"Item {index}")
        records.append(record)
        errors += item_errors
    if errors:
        raise ImportFailed(errors)
    return records


def parse_csv(text: str, name: str) -> list[ImportRecord]:
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        raise UnreadableFile(f"{name} is not a readable CSV file: {error}.") from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise UnreadableFile(f"{name} is empty: the first row must name the columns.")
    header = [cell.strip() for cell in rows[0]]
    problems = csv_format.check_header(header)
    if problems:
        raise UnreadableFile(f"{name}: " + " ".join(problems))
    records, errors = [], []
    # Row numbers as a spreadsheet shows them: the header is row 1.
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            errors.append(f"Row {number}: has {len(cells)} cells but the header names {len(header)} columns.")
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        record, row_errors = csv_format.row_to_record(row, f"Row {number}")
        records.append(record)
        errors += row_errors
    if errors:
        raise ImportFailed(errors)
    if not records:
        raise UnreadableFile(f"{name} has a header but no services.")
    return records
