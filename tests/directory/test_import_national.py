import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from directory.models import ContactRoute, Nation, Service

pytestmark = pytest.mark.django_db

ALL = {
    "phone": "VERIFIED",
    "hours": "VERIFIED",
    "other_contact": "VERIFIED",
    "website": "VERIFIED",
    "nations": "VERIFIED",
    "audience": "VERIFIED",
}


def write(tmp_path, services):
    path = tmp_path / "national.json"
    path.write_text(
        json.dumps(
            {
                "services": services,
                "excluded": [{"name": "Closed Line", "reason": "closed"}],
                "outdated_numbers_never_to_publish": ["0808 000 0000 (old)"],
            }
        )
    )
    return str(path)


def service(name, verification, **fields):
    return {
        "name": name,
        "organisation": "Example Org",
        "summary": "Our own words.",
        "audience": "Anyone.",
        "phones": [
            {
                "number": "0808 111 2222",
                "label": "Freephone helpline",
                "hours": "24 hours a day, 7 days a week",
                "schedule": {"open_24_7": True},
            }
        ],
        "other_contact": "Live chat.",
        "website": "https://line.example.org",
        "nations": "UK",
        "verification": {**ALL, **verification},
        **fields,
    }


def run(path):
    out = io.StringIO()
    call_command("import_national_services", path, stdout=out)
    return out.getvalue()


def test_only_verified_fields_are_published(tmp_path):
    path = write(
        tmp_path,
        [
            service("Checked Line", {}),
            service(
                "Doubtful Line",
                {
                    "phone": "UNVERIFIED",
                    "website": "UNVERIFIED",
                    "nations": "UNVERIFIED",
                    "audience": "UNVERIFIED",
                    "other_contact": "UNVERIFIED",
                    "hours": "UNVERIFIED",
                },
            ),
        ],
    )
    assert "2 created" in run(path)
    checked = Service.objects.get(name="Checked Line")
    assert [p.number for p in checked.contact_routes.all()] == ["0808 111 2222"]
    assert checked.url == "https://line.example.org" and checked.open_24_7
    assert "Anyone." in checked.description and "Live chat." in checked.description
    area = checked.service_areas.get()
    assert area.kind == "national" and set(area.nations) == set(Nation.values)

    doubtful = Service.objects.get(name="Doubtful Line")
    assert not doubtful.contact_routes.exists() and doubtful.url == "" and doubtful.description == ""
    assert not doubtful.open_24_7
    area = doubtful.service_areas.get()
    assert area.kind == "national" and area.nations == []
    assert doubtful.summary == "Our own words."
    assert not Service.objects.filter(name="Closed Line").exists()
    assert not ContactRoute.objects.filter(number__startswith="0808 000").exists()


def test_importing_again_updates_without_duplicates(tmp_path):
    path = write(tmp_path, [service("Checked Line", {})])
    run(path)
    path = write(tmp_path, [service("Checked Line", {}, summary="New words.")])
    assert "0 created, 1 updated" in run(path)
    assert Service.objects.get().summary == "New words." and ContactRoute.objects.count() == 1


def test_nations_and_odd_numbers(tmp_path):
    path = write(
        tmp_path,
        [
            service("Wales Line", {}, nations="Wales"),
            service("Maybe Line", {}, nations="UK (Northern Ireland unconfirmed)"),
            service(
                "Silent",
                {},
                phones=[{"number": "999, then press 55 when prompted", "label": "Emergency", "hours": "Any time"}],
            ),
        ],
    )
    run(path)
    assert Service.objects.get(name="Wales Line").service_areas.get().nations == ["wales"]
    assert Service.objects.get(name="Maybe Line").service_areas.get().nations == ["england", "wales", "scotland"]
    phone = Service.objects.get(name="Silent").contact_routes.get()
    assert phone.number == "999" and "press 55" in phone.hours


def periods_of(name):
    return [
        (p.weekday, f"{p.opens_at:%H:%M}", f"{p.closes_at:%H:%M}")
        for p in Service.objects.get(name=name).schedule_periods.all()
    ]


def test_verified_schedules_become_opening_hours_and_words_alone_do_not(tmp_path):
    weekly = {
        "periods": [
            {"days": ["mon", "fri"], "opens": "09:00", "closes": "17:00"},
            {"days": ["sun"], "opens": "18:00", "closes": "24:00"},
        ]
    }
    line = {"number": "0808 111 2222", "label": "Helpline"}
    path = write(
        tmp_path,
        [
            service("Weekly Line", {}, phones=[{**line, "hours": "Mon and Fri 9 to 5", "schedule": weekly}]),
            # "24 hours" in words, with no schedule: not known to be round the clock.
            service("Words Line", {}, phones=[{**line, "hours": "24 hours", "schedule": None}]),
            service(
                "Unverified Line",
                {"hours": "UNVERIFIED"},
                phones=[{**line, "hours": "24/7", "schedule": {"open_24_7": True}}],
            ),
        ],
    )
    run(path)
    # Sunday 6pm to midnight; the model writes the closing midnight as 00:00.
    assert periods_of("Weekly Line") == [(0, "09:00", "17:00"), (4, "09:00", "17:00"), (6, "18:00", "00:00")]
    words = Service.objects.get(name="Words Line")
    assert not words.open_24_7 and periods_of("Words Line") == []
    assert words.contact_routes.get().hours == "Helpline – 24 hours"
    unverified = Service.objects.get(name="Unverified Line")
    assert not unverified.open_24_7 and periods_of("Unverified Line") == []
    # Unverified hours are not published, and the label alone is not hours.
    assert unverified.contact_routes.get().hours == ""


def test_phones_with_different_schedules_give_the_service_no_hours(tmp_path):
    office = {"periods": [{"days": ["mon"], "opens": "09:00", "closes": "17:00"}]}
    path = write(
        tmp_path,
        [
            service(
                "Two Lines",
                {},
                phones=[
                    {"number": "0808 111 2222", "label": "Helpline", "hours": "Mon 9-5", "schedule": office},
                    {"number": "0808 111 3333", "label": "Out of hours", "hours": "Other times", "schedule": None},
                ],
            ),
            service(
                "Same Lines",
                {},
                phones=[
                    {"number": "0808 111 2222", "label": "Helpline", "hours": "24/7", "schedule": {"open_24_7": True}},
                    {"number": "07700 900123", "label": "Text", "hours": "24/7", "schedule": {"open_24_7": True}},
                ],
            ),
        ],
    )
    run(path)
    two = Service.objects.get(name="Two Lines")
    assert not two.open_24_7 and periods_of("Two Lines") == []
    assert Service.objects.get(name="Same Lines").open_24_7


def test_reimporting_replaces_the_opening_hours(tmp_path):
    weekly = {"periods": [{"days": ["tue"], "opens": "10:00", "closes": "16:00"}]}
    line = {"number": "0808 111 2222", "label": "Helpline", "hours": "Tuesdays"}
    run(write(tmp_path, [service("Line", {}, phones=[{**line, "schedule": weekly}])]))
    assert periods_of("Line") == [(1, "10:00", "16:00")]
    run(write(tmp_path, [service("Line", {}, phones=[{**line, "schedule": None}])]))
    assert periods_of("Line") == [] and not Service.objects.get(name="Line").open_24_7


def test_unconfirmed_nations_publish_no_research_note(tmp_path):
    run(write(tmp_path, [service("Line", {"nations": "UNVERIFIED"}, nations="Not confirmed")]))
    area = Service.objects.get(name="Line").service_areas.get()
    assert area.nations == [] and area.description == ""


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Could not read"):
        run(str(tmp_path / "missing.json"))


def published_ids(client, name):
    """The phone and area ids the Open Referral API publishes for a service."""
    service = Service.objects.get(name=name)
    data = client.get(f"/api/openreferral/v3/services/{service.uuid}").json()
    return {phone["number"]: phone["id"] for phone in data["phones"]}, [area["id"] for area in data["service_areas"]]


def test_importing_again_keeps_the_published_ids_of_phones_and_areas(tmp_path, client):
    phones = [
        {"number": "0808 111 2222", "label": "Freephone helpline", "hours": "24 hours a day, 7 days a week"},
        {"number": "07700 900123", "label": "Text", "hours": "Weekdays 9am to 5pm"},
        {"number": "0300 123 4567", "label": "Office", "hours": "Weekdays 9am to 5pm"},
    ]
    run(write(tmp_path, [service("Checked Line", {}, phones=phones)]))
    phone_ids, area_ids = published_ids(client, "Checked Line")

    changed = [
        {**phones[0], "hours": "Weekdays 8am to 8pm"},
        {**phones[1], "number": "07700900123"},  # spaced differently: the same phone
        {"number": "0800 999 8888", "label": "New line", "hours": ""},
    ]
    assert "0 created, 1 updated" in run(
        write(tmp_path, [service("Checked Line", {}, phones=changed, nations="Wales")])
    )
    new_phone_ids, new_area_ids = published_ids(client, "Checked Line")

    assert new_phone_ids["0808 111 2222"] == phone_ids["0808 111 2222"]
    assert new_phone_ids["07700900123"] == phone_ids["07700 900123"]
    assert new_phone_ids["0800 999 8888"] not in phone_ids.values()
    assert "0300 123 4567" not in new_phone_ids
    assert new_area_ids == area_ids
    checked = Service.objects.get(name="Checked Line")
    assert checked.contact_routes.get(number="0808 111 2222").hours == "Freephone helpline – Weekdays 8am to 8pm"
    assert not checked.open_24_7
    assert checked.service_areas.get().nations == ["wales"]


def test_importing_writes_the_services_history(tmp_path, admin_client):
    run(write(tmp_path, [service("Checked Line", {})]))
    run(write(tmp_path, [service("Checked Line", {}, summary="New words.")]))
    checked = Service.objects.get(name="Checked Line")
    history = admin_client.get(reverse("wagtailsnippets_directory_service:history", args=[checked.pk]))
    # Newest first, by "system": the import, not an editor.
    rows = [(str(entry.message), entry.user_display_name) for entry in history.context["object_list"]]
    assert rows == [("Edited", "system"), ("Created", "system")]


def test_a_service_that_fails_validation_imports_nothing_and_says_which(tmp_path):
    run(write(tmp_path, [service("Checked Line", {})]))
    path = write(
        tmp_path,
        [service("Checked Line", {}, summary="New words."), service("Long " * 50 + "Line", {})],
    )
    with pytest.raises(CommandError) as failure:
        run(path)
    message = str(failure.value)
    assert message.startswith("Nothing was imported.")
    assert "Service 2 (Long Long" in message
    assert ", name: Ensure this value has at most 200 characters (it has 254)." in message
    assert Service.objects.get().summary == "Our own words."


def test_each_verified_phone_keeps_its_own_schedule_and_verified_contacts_become_routes(tmp_path):
    phones = [
        {
            "number": "0808 111 2222",
            "label": "Freephone helpline",
            "hours": "24 hours a day",
            "schedule": {"open_24_7": True},
            "free": True,
            "on_bills": False,
            "note": "Seen on an old leaflet.",
        },
        {
            "number": "07700 900123",
            "label": "Text",
            "hours": "Weekdays 9am to 5pm",
            "schedule": {
                "periods": [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "17:00"}]
            },
            "free": None,
            "on_bills": None,
            "note": "",
        },
    ]
    contacts = [
        {"kind": "chat", "text": "Live chat", "hours": "Evenings", "note": "As of 2020."},
        {"kind": "email", "text": "Email help@line.example.org", "hours": "", "note": ""},
        {"kind": "email", "text": "Email via the website", "hours": "", "note": ""},
        {"kind": "forum", "text": "Survivors' forum", "hours": "", "note": ""},
    ]
    path = write(
        tmp_path,
        [
            service("Checked Line", {}, phones=phones, contacts=contacts),
            service("Unchecked Contacts", {"other_contact": "UNVERIFIED"}, phones=phones[:1], contacts=contacts),
        ],
    )
    run(path)
    checked = Service.objects.get(name="Checked Line")
    routes = list(checked.contact_routes.all())
    assert [(r.kind, r.target) for r in routes] == [
        ("call", "0808 111 2222"),
        ("text", "07700 900123"),
        ("chat", "https://line.example.org"),
        ("email", "help@line.example.org"),
    ]
    call, text, chat, email = routes
    assert call.open_24_7 and call.free and call.may_appear_on_bills_note == "Does not show on phone bills."
    assert text.weekly_hours == [{"weekday": day, "opens_at": "09:00", "closes_at": "17:00"} for day in range(5)]
    assert not text.free and not text.may_appear_on_bills_note
    assert chat.hours == "Evenings" and email.hours == ""
    # The lines differ, so the service keeps no hours of its own; each route has its own.
    assert not checked.open_24_7 and not checked.schedule_periods.exists()
    assert not any("As of" in r.hours or "leaflet" in r.hours for r in routes)
    unchecked = Service.objects.get(name="Unchecked Contacts")
    assert [r.kind for r in unchecked.contact_routes.all()] == ["call"]
    # Importing again keeps the routes' ids (the ids the API publishes).
    ids = [r.uuid for r in routes]
    run(path)
    assert [r.uuid for r in checked.contact_routes.all()] == ids
