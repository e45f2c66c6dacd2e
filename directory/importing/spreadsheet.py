"""Spreadsheet formula injection ("CSV injection", OWASP): a CSV cell that
begins with =, +, -, @, a tab or a carriage return is run as a formula when
the file is opened in Excel, LibreOffice or Google Sheets. A service name
such as =HYPERLINK("https://…") would then act on an editor's machine.

As OWASP recommends, such cells are written with a single quote in front,
which makes the spreadsheet show them as text. The CSV import (csv_format)
takes the quote off again, so an export imports back exactly. A value that
itself begins with a quote and one of those characters gets one more quote,
so that taking one off always gives back what was stored.
"""

import re
from typing import Any

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
# A number and nothing else: a spreadsheet reads it as a number, which runs nothing.
PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def neutralise(text: str) -> str:
    """`text` as a cell no spreadsheet runs as a formula."""
    if text.startswith(FORMULA_STARTS) or _looks_neutralised(text):
        return QUOTE + text
    return text


def restore(text: str) -> str:
    """The value a neutralised cell stood for (the inverse of neutralise)."""
    return text[1:] if _looks_neutralised(text) else text


def _looks_neutralised(text: str) -> bool:
    return text.startswith(QUOTE) and text[1:2] != "" and text[1] in (*FORMULA_STARTS, QUOTE)


class FormulaSafeCSVMixin(SpreadsheetExportMixin):
    """For a Wagtail listing or report with CSV export: every text cell is
    neutralised, except plain numbers in `csv_number_columns`. Those are
    columns whose values can only be numbers, where a leading minus is a
    negative number (a longitude west of Greenwich) that a spreadsheet must
    keep as a number; a quote would turn it into text. The Excel (xlsx)
    export needs none of this: Wagtail writes its cells as text already."""

    csv_number_columns: frozenset[str] = frozenset()

    def preprocess_field_value(self, field: str, value: Any, export_format: str) -> Any:
        value = super().preprocess_field_value(field, value, export_format)
        if export_format != self.FORMAT_CSV or not isinstance(value, str):
            return value
        if field in self.csv_number_columns and PLAIN_NUMBER.fullmatch(value):
            return value
        return neutralise(value)
