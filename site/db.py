"""Database upkeep that Django leaves to the deployer."""

import json

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Lookup


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


class InIds(Lookup):
    """`filter(InIds(F("pk"), ids))`: membership of a long list of ids, sent
    as one parameter rather than one placeholder per id.

    A text search can match thousands of services; a plain `__in` with a
    placeholder each made compiling and parsing the directory's queries
    cost more than running them. SQLite reads a JSON array, PostgreSQL an
    array; other databases get a plain IN.
    """

    lookup_name = "in_ids"
    prepare_rhs = False

    def __init__(self, lhs, ids):
        super().__init__(lhs, [int(pk) for pk in ids])

    def as_sql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        if connection.vendor == "sqlite":
            return f"{lhs} IN (SELECT value FROM json_each(%s))", (*params, json.dumps(self.rhs))
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", (*params, self.rhs)
        return f"{lhs} IN ({', '.join(['%s'] * len(self.rhs))})", (*params, *self.rhs)


class ContainsAny(Lookup):
    """`filter(ContainsAny(F("codes"), ["CV1", "CV2"]))`: a JSON list of
    strings holds at least one of the given strings, with the strings sent
    as one parameter.

    A distance search asks which services cover any of a hundred postcode
    districts; one LIKE per district cost more to build than to run.
    """

    lookup_name = "contains_any"
    prepare_rhs = False

    def __init__(self, lhs, values):
        super().__init__(lhs, [str(value) for value in values])

    def as_sql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        if connection.vendor == "sqlite":
            return (
                f"EXISTS (SELECT 1 FROM json_each({lhs}) WHERE value IN (SELECT value FROM json_each(%s)))",
                (*params, json.dumps(self.rhs)),
            )
        if connection.vendor == "postgresql":
            return f"{lhs} ?| %s", (*params, self.rhs)
        clauses = " OR ".join([f"{lhs} LIKE %s"] * len(self.rhs))
        return f"({clauses})", tuple(item for value in self.rhs for item in (*params, f'%{json.dumps(value)}%'))
