"""Database upkeep that Django leaves to the deployer."""

import json
import os
from collections.abc import Callable, Iterable
from typing import Any
from urllib.request import pathname2url

from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import Lookup
from django.db.models.expressions import Combinable


def refresh_statistics():
    """Let the query planner see new table sizes after a bulk change.

    Without statistics SQLite runs a full-text match once per index row
    instead of once per query: on 10,000 services a directory text search
    took seconds instead of milliseconds. PostgreSQL's autovacuum gets
    there eventually; this makes it immediate. Takes milliseconds at
    directory sizes.
    """
    if connection.vendor in ("sqlite", "postgresql"):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def fresh_connection(alias=DEFAULT_DB_ALIAS):
    """A new, unopened connection to the database `alias` names, shared with
    nothing: the connections requests use are kept open (CONN_MAX_AGE), and
    an open SQLite connection goes on reading a file that has been deleted.

    A SQLite file is opened read-write but never created, so a missing file
    is an error rather than a new, empty database in its place.
    """
    shared = connections[alias]
    settings_dict = dict(shared.settings_dict)
    # A connection pool would hand back a kept connection, and a new pool
    # for each probe would never be closed.
    settings_dict["OPTIONS"] = {key: value for key, value in settings_dict["OPTIONS"].items() if key != "pool"}
    name = os.fspath(settings_dict["NAME"])
    if shared.vendor == "sqlite" and not shared.creation.is_in_memory_db(name) and not name.startswith("file:"):
        settings_dict["NAME"] = f"file:{pathname2url(os.path.abspath(name))}?mode=rw"
    return type(shared)(settings_dict, alias)


class OneListParameter(Lookup):
    """A lookup against a list of values sent to the database as one
    parameter rather than one placeholder per value: compiling and parsing
    thousands of placeholders cost more than running the query, and SQLite
    refuses more than 32,766. An empty list matches nothing. Subclasses say
    what a value is (`item`) and how each database reads the list."""

    prepare_rhs = False
    item: Callable[[Any], str | int] = str

    def __init__(self, lhs: Combinable, values: Iterable[object]) -> None:
        super().__init__(lhs, [self.item(value) for value in values])

    def as_sql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        return self.list_sql(lhs, tuple(params), connection)

    def list_sql(self, lhs, params, connection):
        raise NotImplementedError


class InIds(OneListParameter):
    """`filter(InIds(F("pk"), ids))`: membership of a long list of ids, such
    as the thousands a text search can match. SQLite reads a JSON array,
    PostgreSQL an array; other databases get a plain IN."""

    lookup_name = "in_ids"
    item = int

    def list_sql(self, lhs, params, connection):
        if connection.vendor == "sqlite":
            return f"{lhs} IN (SELECT value FROM json_each(%s))", (*params, json.dumps(self.rhs))
        if connection.vendor == "postgresql":
            # The array as its text, written here: psycopg adapting a list
            # value by value took 2.5 ms for 3,000 ids.
            array = "{" + ",".join(map(str, self.rhs)) + "}"
            return f"{lhs} = ANY(%s::{self.lhs.output_field.db_type(connection)}[])", (*params, array)
        return f"{lhs} IN ({', '.join(['%s'] * len(self.rhs))})", (*params, *self.rhs)


class ContainsAny(OneListParameter):
    """`filter(ContainsAny(F("codes"), ["CV1", "CV2"]))`: a JSON list of
    strings holds at least one of the given strings. A distance search asks
    which services cover any of a hundred postcode districts; one LIKE per
    district cost more to build than to run."""

    lookup_name = "contains_any"

    def list_sql(self, lhs, params, connection):
        if connection.vendor == "sqlite":
            return (
                f"EXISTS (SELECT 1 FROM json_each({lhs}) WHERE value IN (SELECT value FROM json_each(%s)))",
                (*params, json.dumps(self.rhs)),
            )
        if connection.vendor == "postgresql":
            return f"{lhs} ?| %s", (*params, self.rhs)
        clauses = " OR ".join([f"{lhs} LIKE %s"] * len(self.rhs))
        return f"({clauses})", tuple(item for value in self.rhs for item in (*params, f"%{json.dumps(value)}%"))
