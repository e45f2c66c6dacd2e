from django.db import migrations

# A phone's old label -> (kind, label) of its contact route.
MAPPING = {
    "helpline": ("call", "helpline"),
    "office": ("call", "office"),
    "other": ("call", ""),
    "text": ("text", ""),
    "whatsapp": ("whatsapp", ""),
    "minicom": ("textphone", ""),
}


def forwards(apps, schema_editor):
    ContactRoute = apps.get_model("directory", "ContactRoute")
    for old, (kind, label) in MAPPING.items():
        ContactRoute.objects.filter(label=old).update(kind=kind, label=label)
    _revisions(apps, _route_from_phone)


def _route_from_phone(content):
    """A saved revision's phones become its contact routes, so comparing,
    previewing and reverting to an earlier revision keep them."""
    if "phones" not in content:
        return False
    routes = []
    for phone in content.pop("phones") or []:
        kind, label = MAPPING.get(phone.get("label"), ("call", ""))
        phone.update(kind=kind, label=label, free=phone.pop("free_from_landlines_and_mobiles", False))
        routes.append(phone)
    content["contact_routes"] = routes
    return True


def _phone_from_route(content):
    if "contact_routes" not in content:
        return False
    phones = []
    for route in content.pop("contact_routes") or []:
        old = next((name for name, pair in MAPPING.items() if pair == (route.get("kind"), route.get("label"))), None)
        if old:
            phones.append({**route, "label": old, "free_from_landlines_and_mobiles": route.get("free", False)})
    content["phones"] = phones
    return True


def _revisions(apps, change):
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    service_type = ContentType.objects.filter(app_label="directory", model="service").first()
    if service_type is None:
        return
    for revision in Revision.objects.filter(content_type=service_type).iterator():
        if isinstance(revision.content, dict) and change(revision.content):
            revision.save(update_fields=["content"])


def backwards(apps, schema_editor):
    ContactRoute = apps.get_model("directory", "ContactRoute")
    for old, (kind, label) in MAPPING.items():
        ContactRoute.objects.filter(kind=kind, label=label).update(label=old)
    # Routes a phone could not be (chat, email, forms…) have no old label.
    ContactRoute.objects.exclude(kind__in=["call", "text", "whatsapp", "textphone"]).delete()
    _revisions(apps, _phone_from_route)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0009_contact_route_fields"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
