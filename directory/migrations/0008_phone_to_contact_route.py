from django.db import migrations


class Migration(migrations.Migration):
    """A phone becomes one of a service's contact routes (see 0010 for how
    its old label maps onto the route's kind)."""

    dependencies = [
        ("directory", "0007_headline_helplines"),
    ]

    operations = [
        migrations.RenameModel("Phone", "ContactRoute"),
        migrations.RenameField("contactroute", "free_from_landlines_and_mobiles", "free"),
    ]
