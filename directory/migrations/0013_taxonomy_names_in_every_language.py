from django.db import migrations


def fill(apps, schema_editor):
    """The seeded terms' names in the other nine languages, for databases
    seeded before they existed: only empty columns of unrenamed terms."""
    from directory.taxonomies import seed_taxonomies

    seed_taxonomies(apps.get_model("directory", "Taxonomy"), apps.get_model("directory", "TaxonomyTerm"))


class Migration(migrations.Migration):
    dependencies = [("directory", "0012_explain_marac_term")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
