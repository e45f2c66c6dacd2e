"""The MARAC filter says what a MARAC is (jargon explained where visitors
first meet it). Only the seeded name changes: a name an editor chose is kept."""

from django.db import migrations

OLD = "MARAC referral (for professionals)"
NEW = "MARAC referral: multi-agency risk assessment conference (for professionals)"


def rename(apps, old, new):
    TaxonomyTerm = apps.get_model("directory", "TaxonomyTerm")
    for term in TaxonomyTerm.objects.filter(code="marac", name_en=old):
        term.name = term.name_en = new
        term.save(update_fields=["name", "name_en"])


def forwards(apps, schema_editor):
    rename(apps, OLD, NEW)


def backwards(apps, schema_editor):
    rename(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [("directory", "0011_moderators_keep_directory_settings")]

    operations = [migrations.RunPython(forwards, backwards)]
