from django.db import migrations


def seed(apps, schema_editor):
    from campaigns.taxonomy import seed as seed_rows

    seed_rows(apps.get_model("campaigns", "Topic"), apps.get_model("campaigns", "Audience"))


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
