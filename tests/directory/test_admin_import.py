"""The admin's import: the same checks as the command, a confirmation that
cannot be forged or replayed by someone else, and nothing stored."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from directory import admin_import
from directory.models import Location

from .conftest import SECRET_ADDRESS
from .test_import_confidentiality import assert_address_hidden_everywhere, exported_row, write_csv

URL = "/admin/directory/import/"


@pytest.fixture
def moderator(client, django_user_model, db):
    user = django_user_model.objects.create_user("moderator", password="a long moderator password")
    user.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(user)
    return user


def upload(client, path, **extra):
    with open(path, "rb") as handle:
        return client.post(URL, {"file": SimpleUploadedFile(path.name, handle.read()), **extra})


def checked_payload(response):
    assert response.status_code == 200, response.content.decode()[:500]
    return response.context["payload"]


def test_a_refuge_stays_confidential_unless_the_box_is_ticked(admin_client, moderator, directory, client, tmp_path):
    row = exported_row(admin_client, directory["hidden"])
    row.update(confidential_address="no", address_1="1 Example Public Street")
    path = write_csv(tmp_path, [row])
    client.force_login(moderator)

    refused = upload(client, path)
    html = refused.content.decode()
    assert "Row 2, location 1 confidential_address:" in html
    assert "Let this file make confidential addresses public" in html
    assert "payload" not in refused.context

    checked = upload(client, path, allow_lifting_confidentiality="on")
    assert "ROW 2, LOCATION 1: WOULD MAKE A CONFIDENTIAL ADDRESS PUBLIC" in checked.content.decode()
    assert_address_hidden_everywhere(client, directory["hidden"])
    done = client.post(URL, {"payload": checked_payload(checked), "confirm": "1"}, follow=True)
    assert "MADE A CONFIDENTIAL ADDRESS PUBLIC" in done.content.decode()
    assert not Location.objects.get(address_1="1 Example Public Street").confidential_address


def test_a_confirmation_is_refused_if_altered_or_from_another_editor(
    admin_client, moderator, directory, client, django_user_model, tmp_path
):
    row = exported_row(admin_client, directory["near"])
    row["summary"] = "A summary from the checked file."
    path = write_csv(tmp_path, [row])
    client.force_login(moderator)
    payload = checked_payload(upload(client, path))

    tampered = client.post(URL, {"payload": payload[:-3] + "abc", "confirm": "1"}, follow=True)
    assert "That check has expired or is not valid" in tampered.content.decode()
    other = django_user_model.objects.create_user("other", password="another long password")
    other.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(other)
    replayed = client.post(URL, {"payload": payload, "confirm": "1"}, follow=True)
    assert "That check has expired or is not valid" in replayed.content.decode()
    directory["near"].refresh_from_db()
    assert directory["near"].summary != "A summary from the checked file."


def test_files_that_cannot_be_read_get_a_clear_message(moderator, directory, client, monkeypatch):
    latin1 = client.post(URL, {"file": SimpleUploadedFile("services.csv", "name\nCafé".encode("latin-1"))})
    assert "services.csv is not UTF-8 text" in latin1.content.decode()
    monkeypatch.setattr(admin_import, "MAX_UPLOAD_BYTES", 10)
    large = client.post(URL, {"file": SimpleUploadedFile("services.csv", b"x" * 11)})
    assert "This file is larger than 2 MB." in large.content.decode()


def test_the_secret_address_never_reaches_the_check_page(admin_client, moderator, directory, client, tmp_path):
    path = write_csv(tmp_path, [exported_row(admin_client, directory["hidden"])])
    client.force_login(moderator)
    assert SECRET_ADDRESS not in upload(client, path).content.decode()
