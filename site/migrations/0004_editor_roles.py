"""Editors' roles and the moderation workflow, so a partnership can give each
person the least they need without building groups by hand:

- Directory editors keep services, organisations and places right, and submit
  changes to services for moderation; they cannot publish.
- Campaign editors write and translate pages, images and documents, and submit
  pages for moderation; they cannot publish. (This is Wagtail's own "Editors"
  group, renamed to say what it is for.)
- Moderators approve and publish both.

Frozen here as data: later changes to roles need a migration of their own."""

from django.db import migrations

# (app label, model, actions) granted as model permissions.
ADMIN = [("wagtailadmin", "admin", ["access_admin"])]
MEDIA = [
    ("wagtailimages", "image", ["add", "change", "choose"]),
    ("wagtaildocs", "document", ["add", "change", "choose"]),
]
DIRECTORY_READ = [
    ("directory", "taxonomy", ["view"]),
    ("directory", "taxonomyterm", ["view"]),
    ("directory", "postcodedistrict", ["view"]),
]
DIRECTORY_EDIT = [
    ("directory", "service", ["add", "change", "view", "lock", "unlock"]),
    ("directory", "organisation", ["add", "change", "view"]),
    ("directory", "location", ["add", "change", "view"]),
]
DIRECTORY_MODERATE = [
    ("directory", "service", ["add", "change", "delete", "view", "publish", "lock", "unlock"]),
    ("directory", "organisation", ["add", "change", "delete", "view"]),
    ("directory", "location", ["add", "change", "delete", "view"]),
    ("directory", "taxonomyterm", ["add", "change", "view"]),
]

ROLES = {
    "Directory editors": {"models": ADMIN + DIRECTORY_READ + DIRECTORY_EDIT, "pages": []},
    "Campaign editors": {"models": ADMIN + MEDIA, "pages": ["add", "change"]},
    "Moderators": {
        "models": ADMIN + MEDIA + DIRECTORY_READ + DIRECTORY_MODERATE,
        "pages": ["add", "change", "publish", "lock", "unlock"],
    },
}
WORKFLOW_NAME = "Moderators approval"


def permission(apps, app_label, model, action):
    """Permissions are normally made after all migrations have run, and
    Wagtail's publish, lock and choose ones later still: make any that are
    missing now, with the names Django and Wagtail would give them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    codename = action if app_label == "wagtailadmin" else f"{action}_{model}"
    name = "Can access Wagtail admin" if app_label == "wagtailadmin" else f"Can {action} {model}"
    found, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
    return found


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    if not Group.objects.filter(name="Campaign editors").exists():
        Group.objects.filter(name="Editors").update(name="Campaign editors")
    root = Page.objects.filter(depth=1).order_by("path").first()
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    all_media = Collection.objects.filter(depth=1).order_by("path").first()
    groups = {}
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, model, actions in grants["models"]:
            granted = [permission(apps, app_label, model, action) for action in actions]
            group.permissions.add(*granted)
            # Wagtail grants images and documents per collection: all of them.
            if app_label in ("wagtailimages", "wagtaildocs") and all_media:
                for perm in granted:
                    GroupCollectionPermission.objects.get_or_create(group=group, collection=all_media, permission=perm)
        for action in grants["pages"] if root else []:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission(apps, "wagtailcore", "page", action)
            )
    moderate_services_and_pages(apps, groups["Moderators"], root)


def moderate_services_and_pages(apps, moderators, root):
    """One workflow, one task: the Moderators approve. Wagtail makes it for
    pages on a new site; services join it here."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is None:
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=task_type, active=True)
        task.groups.add(moderators)
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if root and not WorkflowPage.objects.filter(page=root).exists():
        WorkflowPage.objects.create(page=root, workflow=workflow)
    service_type, _ = ContentType.objects.get_or_create(app_label="directory", model="service")
    WorkflowContentType.objects.get_or_create(content_type=service_type, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("waymark", "0003_search_title_body_index"),
        ("directory", "0005_child_order"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    # Roles may since have been changed by hand: undoing leaves them be.
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
