import datetime
import html
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from directory.models import Service

from .factories import ContactRouteFactory, LocationFactory, OrganisationFactory, ServiceFactory
from .helpers import new_service_form, one_inline_row

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


@pytest.fixture
def overdue_and_current():
    overdue = ServiceFactory(name="Example Overdue Helpline")
    current = ServiceFactory(name="Example Current Helpline")
    # Set directly: saving a verified date would move the review date on.
    Service.objects.filter(pk=overdue.pk).update(next_review_due=TODAY - datetime.timedelta(days=1))
    Service.objects.filter(pk=current.pk).update(next_review_due=TODAY)
    return overdue, current


def test_overdue_report_lists_only_services_past_their_review_date(admin_client, overdue_and_current):
    response = admin_client.get("/admin/reports/overdue-services/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Example Overdue Helpline" in content
    assert "Example Current Helpline" not in content
    assert f"/admin/snippets/directory/service/edit/{overdue_and_current[0].pk}/" in content


def test_overdue_report_exports_a_spreadsheet(admin_client, overdue_and_current):
    response = admin_client.get("/admin/reports/overdue-services/?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Example Overdue Helpline" in body and "Example Current Helpline" not in body


def test_overdue_report_is_in_the_reports_menu(admin_client):
    response = admin_client.get("/admin/")
    assert "/admin/reports/overdue-services/" in response.content.decode()


def test_overdue_report_is_refused_to_editors_without_service_permissions(client):
    user = get_user_model().objects.create_user("example-reader", "reader@example.org", "example-password-1")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get("/admin/reports/overdue-services/")
    assert response.status_code in (302, 403)


def test_dashboard_shows_the_overdue_count(admin_client, overdue_and_current):
    content = admin_client.get("/admin/").content.decode()
    assert "1 service is overdue for review." in content


def test_dashboard_says_when_nothing_is_overdue(admin_client):
    assert "No services are overdue for review." in admin_client.get("/admin/").content.decode()


def test_service_listing_filters_by_status_and_free(admin_client):
    ServiceFactory(name="Example Active Service", status="active")
    ServiceFactory(name="Example Closed Service", status="temporarily closed", is_free=False)
    url = "/admin/snippets/directory/service/"
    content = admin_client.get(url, {"status": "temporarily closed"}).content.decode()
    assert "Example Closed Service" in content and "Example Active Service" not in content
    content = admin_client.get(url, {"is_free": "true"}).content.decode()
    assert "Example Active Service" in content and "Example Closed Service" not in content


def test_service_listing_search_finds_by_name(admin_client):
    ServiceFactory(name="Example Refuge Service")
    ServiceFactory(name="Example Counselling Service")
    content = admin_client.get("/admin/snippets/directory/service/", {"q": "refuge"}).content.decode()
    assert "Example Refuge Service" in content and "Example Counselling Service" not in content


@pytest.mark.parametrize("model", ["organisation", "location", "taxonomy", "taxonomyterm", "postcodedistrict"])
def test_every_directory_listing_loads(admin_client, model):
    assert admin_client.get(f"/admin/snippets/directory/{model}/").status_code == 200


def test_service_edit_form_shows_inline_phones_and_translated_fields(admin_client):
    phone = ContactRouteFactory(number="01632 960123")
    response = admin_client.get(f"/admin/snippets/directory/service/edit/{phone.service.pk}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "01632 960123" in content
    assert 'name="name_cy"' in content, "Welsh name field from modeltranslation"


def test_editor_can_create_a_service_with_a_phone_in_the_admin(admin_client):
    data = new_service_form(
        organisation=OrganisationFactory().pk,
        name_en="Example New Helpline",
        languages=["en", "pl"],
        is_free="on",
        last_verified="2025-01-15",
        **one_inline_row(
            "contact_routes", kind="call", number="01632 960456", label="helpline", same_hours_as_service="on"
        ),
    )
    response = admin_client.post("/admin/snippets/directory/service/add/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    service = Service.objects.get(name="Example New Helpline")
    assert service.live
    assert service.languages == ["en", "pl"]
    assert service.next_review_due == datetime.date(2025, 7, 15)
    assert [phone.number for phone in service.contact_routes.all()] == ["01632 960456"]


def test_preview_shows_the_service_without_a_confidential_address():
    service = ServiceFactory(name="Example Preview Refuge")
    location = LocationFactory(address_1="7 Secret Example Lane", confidential_address=True)
    service.service_at_locations.create(location=location)
    response = service.make_preview_request()
    content = response.content.decode()
    assert response.status_code == 200
    assert "Example Preview Refuge" in content
    assert "7 Secret Example Lane" not in content


def test_a_service_form_with_an_error_shows_again_with_its_lists(admin_client):
    """The language and area lists are JSON fields edited as text and ticks:
    a form with an error must show them again (it used to crash), and then save them."""
    data = new_service_form(
        organisation=OrganisationFactory().pk,
        name_en="Example Listed Helpline",
        languages=["en", "pl"],
        minimum_age="18",
        maximum_age="16",
        **one_inline_row("service_areas", kind="national", nations=["england", "wales"], postcode_districts=""),
    )
    response = admin_client.post("/admin/snippets/directory/service/add/", data)
    assert response.status_code == 200
    content = response.content.decode()
    ticked = re.findall(r'<input type="checkbox" name="languages" value="([a-z]{2})"[^>]*checked', content)
    assert sorted(ticked) == ["en", "pl"]
    assert "The maximum age must be the same as or above the minimum age." in content
    data["maximum_age"] = "30"
    response = admin_client.post("/admin/snippets/directory/service/add/", data)
    assert response.status_code == 302
    service = Service.objects.get(name="Example Listed Helpline")
    assert service.languages == ["en", "pl"]
    assert service.service_areas.get().nations == ["england", "wales"]


@pytest.mark.parametrize("field", ["service_types", "specialist_roles", "audiences"])
def test_service_form_offers_taxonomy_terms_as_checkboxes(admin_client, field):
    service = ServiceFactory()
    html = admin_client.get(f"/admin/snippets/directory/service/edit/{service.pk}/").content.decode()
    assert f'<select name="{field}"' not in html, "a Ctrl-click list box"
    term = (
        Service._meta.get_field(field)
        .remote_field.model.objects.filter(**Service._meta.get_field(field).get_limit_choices_to())
        .first()
    )
    assert re.search(rf'<input type="checkbox" name="{field}" value="{term.pk}"[^>]*>\s*{re.escape(term.name)}', html)


def test_every_many_to_many_choice_in_the_admin_is_checkboxes():
    from django import forms
    from django.apps import apps
    from modelcluster.fields import ParentalManyToManyField
    from wagtail.admin.panels import get_edit_handler

    checked = []
    for model in apps.get_models():
        if model.__module__.split(".")[0] not in ("directory", "campaigns", "waymark", "translations"):
            continue
        names = [f.name for f in model._meta.get_fields() if isinstance(f, ParentalManyToManyField)]
        if not names:
            continue
        form_class = get_edit_handler(model).get_form_class()
        for name in names:
            assert isinstance(form_class.base_fields[name].widget, forms.CheckboxSelectMultiple), (model, name)
            checked.append(name)
    assert {"service_types", "specialist_roles", "audiences", "topics"} <= set(checked)


def test_languages_spoken_are_ticked_by_name_and_stored_as_codes(admin_client):
    service = ServiceFactory(languages=["pl", "ur"])
    html = admin_client.get(f"/admin/snippets/directory/service/edit/{service.pk}/").content.decode()
    assert "Two-letter codes" not in html
    boxes = re.findall(
        r'<input type="checkbox" name="languages" value="([a-z]{2})"([^>]*)>\s*([^<]+?)\s*</label>', html
    )
    names = {code: name for code, _attrs, name in boxes}
    assert names["pl"] == "Polish (polski)"
    assert names["ur"] == "Urdu (اردو)"
    assert names["cy"] == "Welsh (Cymraeg)"
    assert len(boxes) > 180, "every ISO 639-1 language"
    # What is ticked comes first; the rest in order of English name.
    assert [(code, "checked" in attrs) for code, attrs, _name in boxes[:3]] == [
        ("pl", True),
        ("ur", True),
        ("ab", False),
    ]
    # A filter box, shown by a same-origin script; without it, plain checkboxes.
    assert re.search(r'<p class="choice-filter__search" data-choice-filter-search hidden>', html)
    assert "/static/js/admin-choice-filter.js" in html


def test_service_languages_help_text_matches_the_widget():
    assert "Tick every language" in str(Service._meta.get_field("languages").help_text)


def test_opening_hours_shortcuts_are_offered_and_hidden_until_their_script_runs(admin_client):
    service = ServiceFactory()
    html = admin_client.get(f"/admin/snippets/directory/service/edit/{service.pk}/").content.decode()
    tools = html.split("data-weekly-hours", 1)[1].split("</div>", 1)[0]
    assert tools.lstrip().startswith("hidden"), "no dead buttons without JavaScript"
    assert "Monday to Friday, 9 to 5" in tools and "24 hours, every day" in tools
    assert "/static/js/admin-weekly-hours.js" in html
    # The shortcuts come before the periods they fill in.
    assert html.index("data-weekly-hours") < html.index('id="id_schedule_periods-ADD"')


def test_an_editor_gives_a_text_line_its_own_weekly_hours_and_is_told_what_a_chat_needs(admin_client):
    route = {"kind": "text", "number": "01632 960457", "weekly_hours": "Mon-Fri 09:00-17:00; Sat 10:00-13:00"}
    data = new_service_form(
        organisation=OrganisationFactory().pk, name_en="Example Text Line", **one_inline_row("contact_routes", **route)
    )
    response = admin_client.post("/admin/snippets/directory/service/add/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    saved = Service.objects.get(name="Example Text Line").contact_routes.get()
    assert (saved.kind, saved.number, len(saved.weekly_hours)) == ("text", "01632 960457", 6)
    # The edit form shows the hours as they were typed.
    edit = admin_client.get(f"/admin/snippets/directory/service/edit/{saved.service.pk}/").content.decode()
    assert 'value="Mon-Fri 09:00-17:00; Sat 10:00-13:00"' in edit

    bad = {"kind": "chat", "address": "http://chat.example.org/", "weekly_hours": "Weekdays"}
    data = new_service_form(
        organisation=OrganisationFactory().pk, name_en="Example Chat", **one_inline_row("contact_routes", **bad)
    )
    page = admin_client.post("/admin/snippets/directory/service/add/", data).content.decode()
    assert "“Weekdays” is not like “Mon-Fri 09:00-17:00”" in html.unescape(page)
    assert not Service.objects.filter(name="Example Chat").exists()
