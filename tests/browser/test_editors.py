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
    context.on("console", lambda message: message.type == "error" and context.console_errors.append(message.text))
    yield context
    context.close()
    origin = urlsplit(site)[:2]
    elsewhere = [url for url in context.requests if urlsplit(url).scheme in ("http", "https") and urlsplit(url)[:2] != origin]
    assert elsewhere == [], "the admin called another origin"
    # A Content-Security-Policy refusal shows as a console error: the admin's
    # own policy must not break the admin.
    assert context.console_errors == []


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
