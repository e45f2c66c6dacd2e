"""Moderators keep the directory settings, headline helplines included.

Settings have no moderation: a change shows on the home page at once, so
only the role that may publish services gets it. Directory editors do not."""

from django.db import migrations

ACTIONS = ["change", "view"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:  # the roles were removed by hand: leave them be
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="directory", model="directorysettings")
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_directorysettings",
            defaults={"name": f"Can {action} service directory settings"},
        )
        moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0010_contact_route_kinds"),
        ("waymark", "0004_editor_roles"),
    ]

    # Roles may since have been changed by hand: undoing leaves them be.
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
