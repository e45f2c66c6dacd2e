"""Database upkeep that Django leaves to the deployer."""

from django.db import connection


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
