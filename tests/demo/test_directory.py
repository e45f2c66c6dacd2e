import datetime
import io
import json
import re

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone

from demo import directory as demo
from directory.importing import national
from directory.models import AUDIENCES, SERVICE_TYPES, ContactRoute, Location, PostcodeDistrict, Service, TaxonomyTerm

pytestmark = pytest.mark.django_db


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def national_ids():
    if not demo.NATIONAL_SERVICES.exists():
        return set()
    return {record["id"] for record in national.records(json.loads(demo.NATIONAL_SERVICES.read_text()))}


def fictional_services():
    return Service.objects.exclude(uuid__in=national_ids())


def test_demo_services_are_fictional_and_loading_twice_keeps_editors_changes(demo_site):
    services = list(fictional_services())
    assert len(services) >= 43
    assert all(service.name.startswith("Example") for service in services)
    routes = ContactRoute.objects.filter(service__in=services)
    assert all(route.number.startswith("01632 960") for route in routes if route.number)
    assert all(".example.org/" in route.address for route in routes if route.address)
    assert all(service.email.endswith("example.org") for service in services)
    assert all(service.url == "" or ".example.org/" in service.url for service in services)

    refuge = Service.objects.get(name="Example Refuge")
    refuge.summary = "Example summary written by an editor."
    refuge.save()
    counts = (Service.objects.count(), Location.objects.count(), ContactRoute.objects.count())
    load_demo()
    assert (Service.objects.count(), Location.objects.count(), ContactRoute.objects.count()) == counts
    assert Service.objects.get(pk=refuge.pk).summary == "Example summary written by an editor."


def test_demo_refuge_address_is_confidential(demo_site):
    location = Service.objects.get(name="Example Refuge").service_at_locations.get().location
    assert location.confidential_address and location.public_address is None
    coventry = Service.objects.get(name="Example Coventry Women's Refuge").service_at_locations.get().location
    assert coventry.confidential_address and coventry.public_coordinates is None


def test_demo_local_services_cover_every_type_and_audience_in_coventry(demo_site):
    services = fictional_services().exclude(
        name__in=["Example Refuge", "Example Domestic Abuse Helpline", "Example Young People's Counselling"]
    )
    for taxonomy, field in ((SERVICE_TYPES, "service_types"), (AUDIENCES, "audiences")):
        used = {term.code for service in services for term in getattr(service, field).all()}
        assert used == set(TaxonomyTerm.objects.filter(taxonomy__code=taxonomy).values_list("code", flat=True))
    assert {code for service in services for code in service.languages} >= {"en", "pl", "ur", "ar", "so", "bn"}
    assert services.filter(open_24_7=True).exists() and services.filter(schedule_periods__weekday=0).exists()
    assert services.filter(next_review_due__lt=timezone.localdate()).count() == 1
    postcodes = Location.objects.filter(service_at_locations__service__in=services).values_list("postcode", flat=True)
    assert {postcode.split()[0] for postcode in postcodes} == {"CV1", "CV2", "CV3", "CV4", "CV5", "CV6"}
    assert set(PostcodeDistrict.objects.values_list("outcode", flat=True)) >= set(demo.DISTRICTS)


def test_demo_dates_are_relative_to_today():
    today = datetime.date(2027, 3, 3)
    records = demo.local_records(today)
    assert len(records) == demo.LOCAL_COUNT + 1
    dates = {record["service"]["name"]: record["service"]["last_verified"] for record in records}
    assert dates[demo.OVERDUE_SERVICE] == today - datetime.timedelta(days=demo.OVERDUE_DAYS)
    assert min(dates.values()) == today - datetime.timedelta(days=demo.OVERDUE_DAYS)
    assert sorted(dates.values())[1] >= today - datetime.timedelta(days=demo.LATEST_REVIEW_DAYS)


# The names a professional reads, and the taxonomy terms they promise. A word
# (or phrase) in a demo service's name, or in its organisation's name, must be
# backed by one of the listed terms on that service (for an organisation: on
# every service it runs); a specialist role named in a service's summary must
# be one of its roles. Written out here, apart from the demo, so the test
# checks the demo rather than repeating it.
PROMISES = {
    "advice": {"information", "legal", "financial-advice", "immigration"},
    "advocacy": {"information"},
    "drug": {"drug-alcohol"},
    "alcohol": {"drug-alcohol"},
    "recovery": {"drug-alcohol"},
    "law": {"legal"},
    "legal": {"legal"},
    "court": {"legal"},
    "solicitor": {"legal"},
    "immigration": {"immigration"},
    "money": {"financial-advice"},
    "debt": {"financial-advice"},
    "benefits": {"financial-advice"},
    "interpreting": {"interpreting"},
    "interpreters": {"interpreting"},
    "health": {"health"},
    "hospital": {"health"},
    "hospitals": {"health"},
    "midwife": {"health"},
    "refuge": {"accommodation"},
    "sanctuary": {"accommodation"},
    "housing": {"accommodation"},
    "peer support": {"emotional-support"},
    "group": {"emotional-support"},
    "helpline": {"helpline"},
    "idva": {"idva"},
    "isva": {"isva"},
    "sarc": {"sarc"},
    "sexual assault referral": {"sarc"},
    "marac": {"marac"},
    "outreach": {"outreach"},
    "counselling": {"counselling"},
    "therapeutic": {"counselling"},
    "change programme": {"perpetrator-programme"},
    "change project": {"perpetrator-programme"},
    "perpetrator": {"perpetrator-programme"},
    "child": {"childrens-services", "children", "children-young-people"},
    "children": {"childrens-services", "children", "children-young-people"},
    "young people": {"young-people", "children-young-people"},
    "youth": {"young-people", "children-young-people"},
    "women": {"women"},
    "men": {"men"},
    "lgbt": {"lgbt"},
    "older": {"older-people"},
    "deaf": {"disabled-deaf"},
    "bsl": {"disabled-deaf"},
    "asian": {"black-minoritised"},
    "somali": {"black-minoritised"},
    "chinese": {"black-minoritised"},
    "migrant": {"migrants-nrpf"},
    "no recourse": {"migrants-nrpf"},
}
ROLE_WORDS = {
    "idva": "idva",
    "isva": "isva",
    "marac": "marac",
    "sarc": "sarc",
    "helpline": "helpline",
    "outreach": "outreach",
    "counselling": "counselling",
    "perpetrator": "perpetrator-programme",
}
ABOUT_OWN_BEHAVIOUR = ("perpetrator", "stop being abusive", "own behaviour", "behaviour change", "change programme")


def promised(text):
    """The words in `text` that PROMISES knows, whole words only."""
    text = text.lower().replace("’", "'")
    return {word for word in PROMISES if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text)}


def terms_of(service):
    return {
        term.code
        for field in ("service_types", "specialist_roles", "audiences")
        for term in getattr(service, field).all()
    }


def test_service_names_organisations_and_terms_tell_one_story(demo_site):
    problems = []
    services = list(fictional_services().select_related("organisation"))
    by_organisation = {}
    for service in services:
        terms = terms_of(service)
        by_organisation.setdefault(service.organisation, []).append(terms)
        words = promised(service.name)
        if not words:
            problems.append(f"{service.name}: the name says nothing about what it offers or for whom")
        for word in words:
            if not PROMISES[word] & terms:
                problems.append(f"{service.name}: '{word}' in the name, but none of {sorted(PROMISES[word])}")
        for word, role in ROLE_WORDS.items():
            if re.search(rf"\b{word}", service.summary.lower()) and role not in terms:
                problems.append(f"{service.name}: the summary names '{word}', a role it does not have")
    for organisation, services_terms in by_organisation.items():
        if re.search(r"\d", organisation.name):
            problems.append(f"{organisation.name}: a numbered organisation name")
        for word in promised(organisation.name):
            if not all(PROMISES[word] & terms for terms in services_terms):
                problems.append(f"{organisation.name}: '{word}' in the name, but not every service it runs is that")
    assert problems == []


def test_no_childrens_or_young_peoples_service_mentions_programmes_for_abusers(demo_site, client):
    young = (
        fictional_services()
        .filter(
            Q(service_types__code="childrens-services")
            | Q(specialist_roles__code="children-young-people")
            | Q(audiences__code__in=["children", "young-people"])
        )
        .distinct()
    )
    assert young.count() >= 5
    for service in young:
        assert not {"perpetrator-programme", "own-behaviour"} & terms_of(service), service.name
        page = client.get(f"/directory/service/{service.uuid}/").content.decode().lower()
        assert service.name.lower().replace("'", "&#x27;") in page
        for words in ABOUT_OWN_BEHAVIOUR:
            assert words not in page, (service.name, words)


def overdue(today):
    return set(Service.objects.filter(next_review_due__lt=today).values_list("name", flat=True))


@pytest.mark.parametrize("today", [datetime.date(2027, 3, 3), datetime.date(2028, 2, 29), datetime.date(2026, 8, 31)])
def test_exactly_the_intended_service_is_overdue_on_the_day_the_demo_is_loaded(today):
    call_command("load_demo", today=today, stdout=io.StringIO())
    assert overdue(today) == {demo.OVERDUE_SERVICE}


def test_loading_again_later_keeps_one_service_overdue_and_editors_review_dates(admin_user):
    first = datetime.date(2026, 1, 31)
    call_command("load_demo", today=first, stdout=io.StringIO())
    verified = Service.objects.get(name="Example Sanctuary Scheme")
    verified.last_verified = first
    verified.save()
    verified.save_revision(user=admin_user)  # as the admin does
    hand_set = Service.objects.get(name="Example Family Court Support")
    Service.objects.filter(pk=hand_set.pk).update(next_review_due=first + datetime.timedelta(days=30))

    later = first + datetime.timedelta(days=400)
    out = load_demo_on(later)
    assert f"Moved the review dates of {demo.LOCAL_COUNT + 4 - 2} demo services" in out
    assert overdue(later) == {demo.OVERDUE_SERVICE, "Example Sanctuary Scheme", "Example Family Court Support"}
    assert Service.objects.get(pk=verified.pk).last_verified == first
    assert Service.objects.get(pk=hand_set.pk).next_review_due == first + datetime.timedelta(days=30)
    # The same day again changes nothing.
    assert "Moved" not in load_demo_on(later)


def load_demo_on(today):
    out = io.StringIO()
    call_command("load_demo", today=today, stdout=out)
    return out.getvalue()


def test_the_dashboard_counts_the_one_overdue_service_after_the_demo_has_aged(admin_client):
    load_demo_on(timezone.localdate() - datetime.timedelta(days=300))
    load_demo()  # `make run` on a database loaded ten months ago
    dashboard = admin_client.get("/admin/").content.decode()
    assert "1 service is overdue for review." in dashboard
    report = admin_client.get("/admin/reports/overdue-services/").content.decode()
    listed = set(re.findall(r"/admin/snippets/directory/service/edit/(\d+)/", report))
    assert listed == {str(Service.objects.get(name=demo.OVERDUE_SERVICE).pk)}
