"""Demo services: the fictional ones in the shipped CSV template, imported
once. Services already present (matched by id) are left as editors made them."""

from pathlib import Path

from django.utils import translation

from . import importing
from .management.commands.import_services import parse_csv, read_text
from .models import Service, Taxonomy, TaxonomyTerm
from .taxonomies import seed_taxonomies

TEMPLATE = Path(__file__).parent / "fixtures" / "services-template.csv"


def load(stdout):
    # The seed migration normally did this; a flushed database (browser
    # tests) needs it again. It only adds missing terms.
    seed_taxonomies(Taxonomy, TaxonomyTerm)
    path = str(TEMPLATE)
    with translation.override("en"):
        records = parse_csv(read_text(path), path)
        existing = {str(uuid) for uuid in Service.objects.values_list("uuid", flat=True)}
        new = [record for record in records if record["id"] not in existing]
        if not new:
            return
        importing.save(importing.prepare(new))
    stdout.write(f"Created {len(new)} demo services.")
