"""Editors' journeys in the Wagtail admin, through Chromium against the live
server: signing in, locking out, saving, and never calling another origin."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model

PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor_context(browser, site):
    """A browser whose every request is logged, to prove the admin calls no
    other origin."""
    context = browser.new_context()
    context.requests, context.console_errors = [], []
    context.on("request", lambda request: context.requests.append(request.url))
    context.on("console", lambda message: refused_by_policy(message) and context.console_errors.append(message.text))
    yield context
    context.close()
    origin = urlsplit(site)[:2]
    elsewhere = [url for url in context.requests if urlsplit(url).scheme in ("http", "https") and urlsplit(url)[:2] != origin]
    assert elsewhere == [], "the admin called another origin"
    assert context.console_errors == [], "the admin's own policy broke the admin"


def refused_by_policy(message):
    """Chromium reports what a Content-Security-Policy refuses on the console."""
    return message.type == "error" and "Content Security Policy" in message.text


def make_user(django_db_blocker, username, **extra):
    with django_db_blocker.unblock():
        User = get_user_model()
        User.objects.filter(username=username).delete()
        return User.objects.create_user(username, f"{username}@example.org", PASSWORD, **extra)


def sign_in(page, site, username, password=PASSWORD):
    page.goto(site + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_an_editor_signs_in_and_reaches_the_dashboard(site, editor_context, django_db_blocker):
    make_user(django_db_blocker, "ada", is_superuser=True, is_staff=True)
    page = editor_context.new_page()
    sign_in(page, site, "ada")
    page.wait_for_url(site + "/admin/")
    assert page.get_by_role("heading", level=1).first.inner_text() == "Waymark"
    page.screenshot(path="var/shots/dashboard.png", full_page=True)


def test_five_wrong_passwords_lock_the_account_with_a_clear_message(site, editor_context, django_db_blocker):
    make_user(django_db_blocker, "bea", is_superuser=True, is_staff=True)
    page = editor_context.new_page()
    for attempt in range(4):
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
