import django.db.models.deletion
import modelsearch.index
from django.db import migrations, models


def copy_page_text(apps, schema_editor):
    """Keep page search working across the upgrade, without a rebuild."""
    PageText = apps.get_model("translations", "PageText")
    SearchText = apps.get_model("translations", "SearchText")
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not PageText.objects.exists():
        return
    page_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    SearchText.objects.bulk_create(
        SearchText(content_type=page_type, object_id=entry.page_id, language=entry.language, title=entry.title,
                   text=entry.text)
        for entry in PageText.objects.all()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("translations", "0001_page_text"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchText",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("object_id", models.PositiveBigIntegerField()),
                ("language", models.CharField(max_length=15)),
                ("title", models.CharField(max_length=255)),
                ("text", models.TextField(blank=True)),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="contenttypes.contenttype"
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("content_type", "object_id", "language"), name="one_text_per_language"
                    )
                ],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.RunPython(copy_page_text, migrations.RunPython.noop),
        migrations.DeleteModel(name="PageText"),
    ]
