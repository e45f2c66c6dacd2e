"""The demo's "For professionals" hub (demo/professionals.py): the sheet, the
professionals' campaign and referral routes that name only fitting services."""

import re

from directory.models import Service
from waymark.models import HomePage, InformationPage


def test_demo_has_a_professionals_hub_linking_the_sheet_and_referral_routes(demo_site, client):
    hub = InformationPage.objects.get(slug="for-professionals")
    html = client.get(hub.url).content.decode()
    assert "/directory/sheet/" in html
    # Its links into the directory show the sheet's controls.
    assert 'href="/directory/?signposting=1"' in html
    assert "/campaigns/for-professionals-spotting-and-responding/" in html
    assert 'href="tel:' not in html.replace('href="tel:999"', "")
    home = client.get(HomePage.objects.get().url).content.decode()
    assert f'href="{hub.url}"' in home


# Each referral route on the hub: the taxonomy term its services must carry,
# and words their name or summary must use, so a reader sees why it is there.
ROUTES = {
    "MARAC": ("specialist_roles", "marac", ("marac",)),
    "IDVA": ("specialist_roles", "idva", ("idva",)),
    "Children&#x27;s services": ("service_types", "childrens-services", ("child", "young people")),
}


def test_each_professional_route_links_only_to_services_of_its_kind(demo_site, client):
    html = client.get("/for-professionals/").content.decode()
    sections = dict(re.findall(r"<h3>(.*?)</h3>(.*?)</ul>", html, re.S))
    assert set(sections) == set(ROUTES)
    for heading, (field, code, words) in ROUTES.items():
        ids = re.findall(r'href="/directory/service/([0-9a-f-]+)/\?signposting=1"', sections[heading])
        assert ids, heading
        for service in Service.objects.filter(uuid__in=ids):
            assert getattr(service, field).filter(code=code).exists(), (heading, service.name)
            said = f"{service.name} {service.summary}".lower()
            assert any(word in said for word in words), (heading, service.name)
        assert (
            len(set(ids)) == len(ids) == min(3, Service.objects.filter(live=True, **{f"{field}__code": code}).count())
        )
