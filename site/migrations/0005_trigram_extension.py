"""pg_trgm, for "Did you mean…" in the directory search on PostgreSQL
(directory/search/spelling.py). CreateExtension does nothing on other
databases."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("waymark", "0004_editor_roles")]

    operations = [TrigramExtension()]
