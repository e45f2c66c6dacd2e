import io
import json

import pytest
from django.core.management import CommandError, call_command

from directory.models import Nation, Phone, Service

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
            {"number": "0808 111 2222", "label": "Freephone helpline", "hours": "24 hours a day, 7 days a week"}
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
    assert [p.number for p in checked.phones.all()] == ["0808 111 2222"]
    assert checked.url == "https://line.example.org" and checked.open_24_7
    assert "Anyone." in checked.description and "Live chat." in checked.description
    area = checked.service_areas.get()
    assert area.kind == "national" and set(area.nations) == set(Nation.values)

    doubtful = Service.objects.get(name="Doubtful Line")
    assert not doubtful.phones.exists() and doubtful.url == "" and doubtful.description == ""
    assert not doubtful.open_24_7
    area = doubtful.service_areas.get()
    assert area.kind == "national" and area.nations == []
    assert doubtful.summary == "Our own words."
    assert not Service.objects.filter(name="Closed Line").exists()
    assert not Phone.objects.filter(number__startswith="0808 000").exists()


def test_importing_again_updates_without_duplicates(tmp_path):
    path = write(tmp_path, [service("Checked Line", {})])
    run(path)
    path = write(tmp_path, [service("Checked Line", {}, summary="New words.")])
    assert "0 created, 1 updated" in run(path)
    assert Service.objects.get().summary == "New words." and Phone.objects.count() == 1


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
    phone = Service.objects.get(name="Silent").phones.get()
    assert phone.number == "999" and "press 55" in phone.hours


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Could not read"):
        run(str(tmp_path / "missing.json"))
