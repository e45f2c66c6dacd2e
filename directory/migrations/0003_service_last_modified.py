import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_seed_taxonomies"),
    ]

    operations = [
        migrations.AddField(
            model_name="service",
            name="last_modified",
            field=models.DateTimeField(auto_now=True, db_index=True, default=django.utils.timezone.now),
            preserve_default=False,
        ),
    ]
