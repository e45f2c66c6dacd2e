"""Editors' journeys in the Wagtail admin, through Chromium against the live
server: signing in, locking out, saving, and never calling another origin."""

import csv
import json
import re
import uuid
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from campaigns.models import CampaignIndexPage
from directory.importing.csv_format import COLUMNS
from directory.models import ContactRoute, Organisation, Service
from tests.browser.conftest import watched_context

PASSWORD = "correct horse battery staple"


def make_user(django_db_blocker, username, group=None, **extra):
    with django_db_blocker.unblock():
        User = get_user_model()
        User.objects.filter(username=username).delete()
        user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, **extra)
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user


def signed_in(context, site, username):
    page = context.new_page()
    sign_in(page, site, username)
    page.wait_for_url(site + "/admin/")
    return page


def sign_in(page, site, username, password=PASSWORD):
    page.goto(site + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.parametrize(
    "language,viewport,direction",
    [("en", {"width": 1280, "height": 800}, "ltr"), ("ar", {"width": 360, "height": 640}, "rtl")],
    ids=["english-desktop", "arabic-phone"],
)
def test_an_editor_signs_in_and_reaches_the_dashboard(
    site, editor_context, django_db_blocker, language, viewport, direction
):
    user = make_user(django_db_blocker, "ada", is_superuser=True)
    with django_db_blocker.unblock():
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    page = editor_context.new_page()
    page.set_viewport_size(viewport)
    sign_in(page, site, "ada")
    page.wait_for_url(site + "/admin/")
    assert page.get_by_role("heading", level=1).first.inner_text() == "Waymark"
    assert page.locator("html").get_attribute("dir") == direction
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.screenshot(path=f"var/shots/dashboard-{language}.png")


def test_five_wrong_passwords_lock_the_account_with_a_clear_message(site, editor_context, django_db_blocker):
    make_user(django_db_blocker, "bea", is_superuser=True, is_staff=True)
    page = editor_context.new_page()
    for _attempt in range(4):
        sign_in(page, site, "bea", "not the password")
        assert page.get_by_role("status").inner_text().startswith("Your username and password didn't match")
    sign_in(page, site, "bea", "not the password")
    assert page.get_by_role("heading", level=1).inner_text() == "This account is locked for now"
    assert "wrong 5 times in a row, so nobody can sign in to this account for 30 minutes" in (
        page.get_by_role("alert").inner_text()
    )
    page.screenshot(path="var/shots/locked.png", full_page=True)
    # Even the right password is refused until the lock ends.
    page.get_by_role("link", name="Back to sign in").click()
    sign_in(page, site, "bea")
    assert page.get_by_role("heading", level=1).inner_text() == "This account is locked for now"
    page.set_viewport_size({"width": 360, "height": 640})
    page.screenshot(path="var/shots/locked-phone.png", full_page=True)


HELPLINE = "Example Domestic Abuse Helpline"
NEW_NUMBER = "01632 960999"


@pytest.fixture
def helpline(django_db_blocker):
    """The demo helpline; its main number is put back afterwards, as the
    other browser tests read the same demo."""
    with django_db_blocker.unblock():
        service = Service.objects.get(name=HELPLINE)
        main_phone = service.contact_routes.first()
    yield service
    with django_db_blocker.unblock():
        ContactRoute.objects.filter(pk=main_phone.pk).update(number=main_phone.number)


def test_an_editors_change_is_published_only_when_a_moderator_approves_it(
    site, browser, editor_context, django_db_blocker, helpline
):
    make_user(django_db_blocker, "dee", group="Directory editors")
    make_user(django_db_blocker, "mo", group="Moderators")

    # A directory editor changes the main number and submits it.
    page = signed_in(editor_context, site, "dee")
    page.get_by_role("button", name="Directory").click()
    page.get_by_role("link", name="Services").click()
    page.get_by_role("link", name=HELPLINE, exact=True).click()
    page.locator("input[name='contact_routes-0-number']").fill(NEW_NUMBER)
    page.get_by_role("button", name="More actions").click()
    assert page.get_by_role("button", name="Publish").count() == 0
    page.get_by_role("button", name="Submit to Moderators approval").click()
    assert "submitted for moderation" in page.get_by_role("status").first.inner_text()
    assert NEW_NUMBER not in public_service_page(browser, site, helpline)

    approve_from_dashboard(browser, editor_context, site, "mo", HELPLINE)

    # The new number is everywhere the public and other systems read it.
    assert NEW_NUMBER in public_service_page(browser, site, helpline)
    visitor = browser.new_page()
    visitor.goto(site + "/directory/")
    visitor.locator("#directory-q").fill(HELPLINE)
    visitor.locator(".directory-form button[type=submit]").click()
    card = visitor.locator("article, li").filter(has_text=HELPLINE).first
    card.wait_for()
    assert NEW_NUMBER in card.inner_text()
    visitor.goto(f"{site}/directory/sheet/?s={helpline.uuid}")
    assert NEW_NUMBER in visitor.locator("main").inner_text()
    api = json.loads(visitor.request.get(f"{site}/api/openreferral/v3/services/{helpline.uuid}").text())
    assert NEW_NUMBER in [phone["number"] for phone in api["phones"]]
    visitor.close()


def approve_from_dashboard(browser, editor_context, site, username, title):
    """A moderator, in a browser of their own, finds the change on their
    dashboard and approves it, which publishes it."""
    moderator = watched_context(browser, log=editor_context)
    page = signed_in(moderator, site, username)
    review = page.locator("section, .w-panel").filter(has=page.get_by_role("heading", name="Awaiting your review")).last
    row = review.locator("tr").filter(has_text=title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("tr").filter(has_text=title).count() == 0, "still awaiting review"
    moderator.close()


def public_service_page(browser, site, service):
    visitor = browser.new_page()
    visitor.goto(f"{site}/directory/service/{service.uuid}/")
    text = visitor.locator("main").inner_text()
    visitor.close()
    return text


def test_a_moderator_downloads_the_services_overdue_for_review(site, editor_context, django_db_blocker):
    make_user(django_db_blocker, "rae", group="Moderators")
    with django_db_blocker.unblock():
        overdue = sorted(
            Service.objects.filter(live=True, next_review_due__lt=date.today()).values_list("name", flat=True)
        )
    assert overdue, "the demo has services overdue for review"
    page = signed_in(editor_context, site, "rae")
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Services overdue for review").click()
    page.screenshot(path="var/shots/overdue.png", full_page=True)
    listed = page.locator("table tbody tr:has(a)")
    expect(listed).to_have_count(len(overdue))  # the listing has loaded
    assert sorted(listed.nth(i).get_by_role("link").first.inner_text() for i in range(listed.count())) == overdue
    page.locator("header").get_by_role("button", name="Actions").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    with open(download.value.path(), encoding="utf-8-sig") as exported:
        rows = list(csv.DictReader(exported))
    assert sorted(row["Name"] for row in rows) == overdue


@pytest.fixture
def campaigns_index(django_db_blocker):
    """The demo's campaigns index with no Welsh title or intro yet (the demo
    gives it both), whose Welsh text is put back afterwards."""
    with django_db_blocker.unblock():
        page = CampaignIndexPage.objects.get()
        CampaignIndexPage.objects.filter(pk=page.pk).update(title_cy="", intro_cy="")
    yield page
    with django_db_blocker.unblock():
        CampaignIndexPage.objects.filter(pk=page.pk).update(title_cy=page.title_cy, intro_cy=page.intro_cy)


def test_a_campaign_editor_translates_a_page_into_welsh(
    site, browser, editor_context, django_db_blocker, campaigns_index
):
    make_user(django_db_blocker, "cam", group="Campaign editors")
    make_user(django_db_blocker, "mod", group="Moderators")
    visitor = browser.new_page()
    visitor.goto(site + "/cy/campaigns/")
    assert visitor.get_by_role("heading", level=1).inner_text() == "Campaigns", "not yet in Welsh"

    page = signed_in(editor_context, site, "cam")
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="Find support, safely").first.click()
    page.get_by_role("link", name="Campaigns", exact=True).first.click()
    page.wait_for_url("**/edit/")
    page.get_by_role("button", name="Cymraeg (Welsh)").click()
    page.get_by_role("textbox", name="Title: Cymraeg (Welsh)").fill("Ymgyrchoedd")
    page.get_by_role("textbox", name="Intro: Cymraeg (Welsh)").fill("Gwybodaeth am wahanol fathau o gam-drin.")
    page.screenshot(path="var/shots/welsh-edit.png")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Moderators approval").click()
    page.wait_for_load_state()
    approve_from_dashboard(browser, editor_context, site, "mod", "Campaigns")

    visitor.goto(site + "/cy/campaigns/")
    assert visitor.get_by_role("heading", level=1).inner_text() == "Ymgyrchoedd"
    assert "Gwybodaeth am wahanol fathau o gam-drin." in visitor.locator("main").inner_text()
    assert visitor.locator("html").get_attribute("lang") == "cy"
    visitor.goto(site + "/campaigns/")
    assert visitor.get_by_role("heading", level=1).inner_text() == "Campaigns", "English unchanged"
    visitor.close()


IMPORTED = ["Example Wayfinder Drop-in", "Example Wayfinder Advice Line"]


def import_file(tmp_path, rows):
    """A CSV in the import format, as a spreadsheet would save it."""
    path = tmp_path / "services.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(dict.fromkeys(COLUMNS, "") | row)
    return str(path)


def wayfinder_row(name, number, **extra):
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://wayfinder.example.org/{name}")),
        "name": name,
        "organisation_name": "Example Wayfinder Trust",
        "summary": "Drop in for advice about staying safe at home.",
        "status": "active",
        "route1_kind": "call",
        "route1_label": "office",
        "route1_contact": number,
        "referral_route": "self",
        "area_kind": "postcode-districts",
        "area_postcode_districts": "CV1; CV2",
        **extra,
    }


@pytest.fixture
def imported_services(django_db_blocker):
    yield IMPORTED
    with django_db_blocker.unblock():
        for service in Service.objects.filter(name__in=IMPORTED):
            service.delete()
        Organisation.objects.filter(name="Example Wayfinder Trust").delete()


def test_a_moderator_imports_a_csv_in_the_admin_after_reading_its_check(
    site, browser, editor_context, django_db_blocker, tmp_path, imported_services
):
    make_user(django_db_blocker, "ivy", group="Moderators")
    page = signed_in(editor_context, site, "ivy")
    page.get_by_role("button", name="Directory").click()
    page.get_by_role("link", name="Import services").click()

    # A file with mistakes: every one is named by row and field, and nothing changes.
    bad = import_file(
        tmp_path,
        [wayfinder_row(IMPORTED[0], "01632 960501", status="maybe"), wayfinder_row(IMPORTED[1], "not a number")],
    )
    page.get_by_label("CSV or Open Referral JSON file").set_input_files(bad)
    page.get_by_role("button", name="Check the file").click()
    report = page.get_by_role("alert")
    assert "Nothing was imported" in report.inner_text()
    assert re.search(r"Row 2, status: .*maybe", report.inner_text())
    assert re.search(r"Row 3, contact route 1 number: ", report.inner_text())
    page.screenshot(path="var/shots/import-errors.png", full_page=True)
    with django_db_blocker.unblock():
        assert not Service.objects.filter(name__in=IMPORTED).exists()

    # A good file: the check lists every service, and only "Import" changes anything.
    good = import_file(
        tmp_path, [wayfinder_row(IMPORTED[0], "01632 960501"), wayfinder_row(IMPORTED[1], "01632 960502")]
    )
    page.get_by_label("CSV or Open Referral JSON file").set_input_files(good)
    page.get_by_role("button", name="Check the file").click()
    assert "Importing it would create 2 services and update 0." in page.locator("main").inner_text()
    assert [cell.inner_text() for cell in page.locator("tbody td:nth-child(3)").all()] == IMPORTED
    page.screenshot(path="var/shots/import-check.png", full_page=True)
    with django_db_blocker.unblock():
        assert not Service.objects.filter(name__in=IMPORTED).exists()
    page.get_by_role("button", name="Import these services").click()
    assert "2 services created, 0 updated" in page.get_by_role("status").first.inner_text()

    visitor = browser.new_page()
    visitor.goto(site + "/directory/")
    visitor.locator("#directory-q").fill("Wayfinder")
    visitor.locator(".directory-form button[type=submit]").click()
    visitor.locator("[data-results-heading]").filter(has_text="found").wait_for()
    results = visitor.locator("main").inner_text()
    assert all(name in results for name in IMPORTED)
    visitor.close()


def test_directory_editors_cannot_import(site, editor_context, django_db_blocker):
    make_user(django_db_blocker, "ned", group="Directory editors")
    page = signed_in(editor_context, site, "ned")
    page.get_by_role("button", name="Directory").click()
    expect(page.get_by_role("link", name="Services")).to_be_visible()  # the menu has opened
    assert page.get_by_role("link", name="Import services").count() == 0
    page.goto(site + "/admin/directory/import/")
    assert page.url == site + "/admin/"
    assert "do not have permission" in page.get_by_role("status").first.inner_text()


def test_the_translation_status_names_every_row_with_a_link_and_reads_right_to_left(
    site, editor_context, django_db_blocker
):
    make_user(django_db_blocker, "tia", is_superuser=True)
    page = signed_in(editor_context, site, "tia")
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Translation status").click()
    page.get_by_role("link", name=re.compile(r"\(Arabic\)")).click()
    heading = page.get_by_role("heading", level=2).filter(has_text="Missing in")
    assert heading.locator("[lang=ar][dir=rtl]").inner_text() == "العربية"
    rows = page.locator("table.translation-status tbody tr")
    assert rows.count() > 0
    for index in range(rows.count()):
        link = rows.nth(index).locator("td").first.get_by_role("link")
        assert link.inner_text().strip(), "every row has a name"
        assert "/admin/" in link.get_attribute("href"), "and a link to edit it"
    page.set_viewport_size({"width": 360, "height": 640})
    page.screenshot(path="var/shots/translation-status-ar.png")
    rows.first.locator("td").first.get_by_role("link").click()
    assert "/edit/" in page.url
