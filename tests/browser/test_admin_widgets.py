"""The admin's edit forms as an editor sees them in Chromium: language
toggles named in their own script and in English, the "Languages spoken"
filter (and plain checkboxes without JavaScript), and pictograms chosen by
picture. Each test saves a screenshot under var/screenshots/."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from campaigns.models import CampaignPage
from directory.models import Service

SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
ADMIN = "/" + settings.WAGTAIL_ADMIN_PATH


@pytest.fixture
def signed_in(site, browser, django_db_blocker):
    """A browser context signed in as a superuser (by session cookie: the
    sign-in form itself is tested elsewhere)."""
    with django_db_blocker.unblock():
        user, _created = get_user_model().objects.get_or_create(
            username="example-widget-editor", defaults={"is_superuser": True, "is_staff": True}
        )
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value

    def open_context(**options):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": site + ADMIN}])
        return context

    contexts = []

    def new_page(**options):
        context = open_context(**options)
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()


def shot(locator, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    locator.screenshot(path=str(SHOTS / f"{name}.png"))


def shot_around(locator, name):
    """The window's view with `locator` in it, for things in a long form."""
    locator.scroll_into_view_if_needed()
    SHOTS.mkdir(parents=True, exist_ok=True)
    locator.page.screenshot(path=str(SHOTS / f"{name}.png"))


@pytest.fixture
def polish_service(django_db_blocker):
    with django_db_blocker.unblock():
        return next(service for service in Service.objects.order_by("name") if "pl" in service.languages)


def test_language_toggles_name_each_language_in_its_own_script_and_english(site, signed_in, polish_service):
    page = signed_in()
    page.goto(f"{site}{ADMIN}snippets/directory/service/edit/{polish_service.pk}/")
    toggles = page.locator(".language-toggles button")
    names = toggles.all_inner_texts()
    assert "Cymraeg (Welsh)" in names and "اردو (Urdu)" in names and "Polski (Polish)" in names
    assert not any(name.strip().upper() in ("CY", "UR", "ZH-HANS") for name in names)
    urdu = page.locator(".language-toggles button[data-language=ur] span[lang=ur]")
    assert urdu.get_attribute("dir") == "rtl"
    # English shows; Welsh shows once its toggle is pressed, labelled by name.
    assert page.locator("#id_name_en").is_visible() and not page.locator("#id_name_cy").is_visible()
    page.locator(".language-toggles button[data-language=cy]").click()
    assert page.locator("#id_name_cy").is_visible()
    assert page.locator("label[for=id_name_cy]").inner_text().startswith("Name: Cymraeg (Welsh)")
    page.locator(".language-toggles button[data-language=ur]").click()
    assert page.locator("#id_name_ur").get_attribute("dir") == "rtl"
    shot_around(page.locator(".language-toggles"), "admin-language-toggles")


def test_languages_spoken_filter_by_name_and_work_without_javascript(site, signed_in, polish_service):
    page = signed_in()
    page.goto(f"{site}{ADMIN}snippets/directory/service/edit/{polish_service.pk}/")
    box = page.locator("[data-choice-filter]")
    box.locator("[data-choice-filter-input]").fill("punj")
    visible = [label.strip() for label in box.locator(".choice-filter__options label:visible").all_inner_texts()]
    # Punjabi matches; ticked languages stay in view; nothing else does.
    assert "Punjabi (ਪੰਜਾਬੀ)" in visible
    ticked = {name.strip() for name in box.locator("label:has(input:checked)").all_inner_texts()}
    assert set(visible) <= ticked | {"Punjabi (ਪੰਜਾਬੀ)"}
    assert "Welsh (Cymraeg)" not in visible
    shot(box, "admin-languages-filtered")

    plain = signed_in(java_script_enabled=False)
    plain.goto(f"{site}{ADMIN}snippets/directory/service/edit/{polish_service.pk}/")
    assert not plain.locator("[data-choice-filter-input]").is_visible()
    assert plain.locator("input[name=languages][value=cy]").is_visible()
    assert plain.locator("label:has(input[name=languages][value=pl])").inner_text().strip() == "Polish (polski)"


@pytest.fixture
def campaign_form(site, signed_in, django_db_blocker):
    """The demo's coercive-control campaign, open in the admin's edit form."""
    with django_db_blocker.unblock():
        campaign = CampaignPage.objects.get(slug="is-it-coercive-control")
    page = signed_in()
    page.goto(f"{site}{ADMIN}pages/{campaign.pk}/edit/")
    return page


def test_pictograms_are_chosen_by_picture(campaign_form):
    page = campaign_form
    choices = page.locator(".pictogram-choices").first
    choices.scroll_into_view_if_needed()
    assert choices.locator("img[src$='/pictograms/phone.svg']").is_visible()
    assert "Phone" in choices.locator("label").all_inner_texts()[1]
    assert not [text for text in choices.locator("label").all_inner_texts() if ": " in text]
    chosen = choices.locator("label:has(input:checked)")
    assert chosen.count() == 1 and chosen.locator("img").count() == 1
    # Every picture loads, from this site.
    assert choices.evaluate("el => [...el.querySelectorAll('img')].every(img => img.naturalWidth > 0)")
    shot(choices, "admin-pictograms")


def test_readability_verdict_is_the_first_thing_on_the_campaign_form(campaign_form):
    page = campaign_form
    verdict = page.locator(".readability-verdict").first
    assert verdict.is_visible()
    assert verdict.bounding_box()["y"] < 900, "seen without scrolling"
    assert "Easy read version: 1 thing to fix: see below" in verdict.inner_text()
    shot(page.locator(".readability-panel"), "admin-readability-verdict")


@pytest.fixture
def service_without_hours(django_db_blocker):
    """A service of its own, with no opening periods yet, removed afterwards:
    the other browser tests read the same demo."""
    from tests.directory.factories import ServiceFactory

    with django_db_blocker.unblock():
        service = ServiceFactory(name="Example Hours Service", open_24_7=False)
    yield service
    with django_db_blocker.unblock():
        service.delete()


def test_opening_hours_preset_and_copy_to_other_days_save_as_periods(
    site, signed_in, django_db_blocker, service_without_hours
):
    service = service_without_hours
    page = signed_in()
    page.goto(f"{site}{ADMIN}snippets/directory/service/edit/{service.pk}/")
    tools = page.locator("[data-weekly-hours]")
    tools.locator("[data-weekly-preset=weekdays]").click()
    assert "Opening periods added below: 5." in tools.locator("[data-weekly-status]").inner_text()
    # Friday's hours, copied to Saturday.
    friday = page.locator("[data-inline-panel-child]:has(select[id$=-weekday] option[value='4']:checked)")
    friday.locator(".weekly-hours__copy label:has-text('Saturday') input").check()
    friday.locator(".weekly-hours__copy button").click()
    assert "Opening periods added below: 1." in friday.locator(".weekly-hours__copy [role=status]").inner_text()
    shot_around(friday, "admin-weekly-hours")
    with page.expect_navigation():
        page.locator("button[name=action-publish], button[type=submit]:has-text('Save draft')").first.click()
    with django_db_blocker.unblock():
        saved = Service.objects.get(pk=service.pk).get_latest_revision_as_object()
        periods = sorted(
            (p.weekday, f"{p.opens_at:%H:%M}", f"{p.closes_at:%H:%M}") for p in saved.schedule_periods.all()
        )
    assert periods == [(day, "09:00", "17:00") for day in range(6)]
