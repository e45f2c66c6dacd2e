"""What ranking, sorting and counting read of every result, in one raw
query."""

import datetime
from typing import NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, F, TextField
from django.db.models.functions import Cast

from translations.languages import in_language

from ..models.service import ServiceQuerySet
from .filters import BSL, NATIONAL, SILENT, open_now_q


class ResultRow(NamedTuple):
    """One result as the database answers it, past the ORM's conversions:
    flags are 1 or 0 on SQLite (true or false on PostgreSQL, and a bool is
    an int), languages their JSON text."""

    key: int
    national: int
    open_now: int
    shown_name: str  # in the visitor's language
    shown_summary: str
    round_the_clock: int
    free: int
    route: str
    languages_json: str | None
    silent: int
    sign_language: int
    wheelchair: int
    interpreters: int


def result_rows(services: ServiceQuerySet, now: datetime.datetime) -> list[ResultRow]:
    """Names and summaries in the visitor's language, and the fields the
    filter options test (counts.option_counts), for every service.

    Read raw, past the ORM's per-row conversions, which cost a quarter of a
    broad search."""
    queryset = (
        services.rewrite(False)
        .annotate(
            key=F("pk"),
            national=ExpressionWrapper(NATIONAL, output_field=BooleanField()),
            open_now=ExpressionWrapper(open_now_q(now), output_field=BooleanField()),
            shown_name=in_language("name"),
            shown_summary=in_language("summary"),
            round_the_clock=F("open_24_7"),
            free=F("is_free"),
            route=F("referral_route"),
            languages_json=Cast("languages", TextField()),
            silent=ExpressionWrapper(SILENT, output_field=BooleanField()),
            sign_language=ExpressionWrapper(BSL, output_field=BooleanField()),
            wheelchair=F("wheelchair_access"),
            interpreters=F("interpretation_available"),
        )
        .values_list(*ResultRow._fields)
        .order_by()  # sorted in Python, by distance or relevance
    )
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # an empty list of ids
        return []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return list(map(ResultRow._make, cursor.fetchall()))
