from django.db import migrations


class Migration(migrations.Migration):
    """A phone becomes one of a service's contact routes (see 0009 for how
    its old label maps onto the route's kind)."""

    dependencies = [
        ("directory", "0006_service_languages_help"),
    ]

    operations = [
        migrations.RenameModel("Phone", "ContactRoute"),
        migrations.RenameField("contactroute", "free_from_landlines_and_mobiles", "free"),
    ]
