"""The roles a migration gives a new site: who may edit, and who publishes."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from directory.models import Service


@pytest.fixture
def person(django_user_model):
    def in_group(name):
        user = django_user_model.objects.create_user(name.replace(" ", "-"), password="a long editor password")
        user.groups.add(Group.objects.get(name=name))
        return django_user_model.objects.get(pk=user.pk)  # fresh permission cache

    return in_group


def test_directory_editors_edit_services_but_only_moderators_publish_them(db, person):
    editor, moderator = person("Directory editors"), person("Moderators")
    for perm in ("wagtailadmin.access_admin", "directory.add_service", "directory.change_service"):
        assert editor.has_perm(perm) and moderator.has_perm(perm), perm
    assert not editor.has_perm("directory.publish_service")
    assert moderator.has_perm("directory.publish_service")
    assert not editor.has_perm("directory.delete_service")


def test_campaign_editors_write_pages_but_only_moderators_publish_them(db, person):
    editor, moderator = person("Campaign editors"), person("Moderators")
    home = Page.objects.get(depth=2)
    assert home.permissions_for_user(editor).can_add_subpage()
    assert home.permissions_for_user(editor).can_edit()
    assert not home.permissions_for_user(editor).can_publish()
    assert home.permissions_for_user(moderator).can_publish()
    from wagtail.documents.permissions import permission_policy as documents
    from wagtail.images.permissions import permission_policy as images

    assert images.user_has_permission(editor, "add") and documents.user_has_permission(editor, "add")
    assert images.user_has_permission(editor, "choose") and documents.user_has_permission(editor, "choose")
    assert not editor.has_perm("directory.change_service")
    assert not Group.objects.filter(name="Editors").exists()


def test_services_and_pages_go_to_the_moderators_for_approval(db):
    for workflow in (Service().get_workflow(), Page.objects.get(depth=2).get_workflow()):
        [task] = [step.specific for step in workflow.tasks]
        assert [group.name for group in task.groups.all()] == ["Moderators"]


def test_only_moderators_choose_the_headline_helplines(db, person, client):
    editor, moderator = person("Directory editors"), person("Moderators")
    assert moderator.has_perm("directory.change_directorysettings")
    assert not editor.has_perm("directory.change_directorysettings")
    client.force_login(moderator)
    page = client.get("/admin/settings/directory/directorysettings/", follow=True)
    assert page.status_code == 200 and "Headline helplines" in page.content.decode()
    client.force_login(editor)
    refused = client.get("/admin/settings/directory/directorysettings/", follow=True)
    assert "Headline helplines" not in refused.content.decode()
