"""Every way to make contact, on a 360×640 phone in English and Arabic:
someone who can't talk safely ticks "I can't talk safely right now", and
every result card then offers a route that needs no speaking, a text line
as an sms: link; the service page lists each route with its own hours."""

import re

import pytest

from .test_thumb import phone, shoot  # noqa: F401  (the 360×640 page fixture)

LANGUAGES = ["", "/ar"]
SILENT_LINK = re.compile(r"^(sms:\+?[0-9]+|https://\S+|mailto:\S+@\S+|tel:[0-9+]+)$")


def card_routes(page, group):
    """(href, shown number or address) of the route each card offers."""
    cards = page.locator(f"[data-{group}-results] > li.service-card")
    found = []
    for card in cards.all():
        link = card.locator(".service-card__route a")
        assert link.count() == 1, card.inner_text()
        found.append((link.get_attribute("href"), link.locator("[dir=ltr]").inner_text().strip()))
    return found


def texting_cards(page):
    return page.locator("[data-local-results] > li.service-card").filter(
        has=page.locator(".service-card__route a[href^='sms:']")
    )


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_cant_talk_shows_only_silent_routes_and_text_is_an_sms_link(site, phone, prefix):  # noqa: F811
    phone.goto(site + prefix + "/directory/")
    phone.locator(".filters > summary").click()
    phone.locator("details.filter-group:has(input[name=silent]) > summary").click()
    silent = phone.locator("input[name=silent]")
    assert silent.is_visible()
    silent.check()
    shoot(
        phone.locator("details.filter-group:has(input[name=silent])"),
        f"contact-routes-filters{prefix.replace('/', '-')}",
    )
    phone.locator("#directory-where").fill("CV1 1AA")
    phone.locator(".directory-form button[type=submit]").click()
    phone.locator("[data-local-results] .service-card__name").first.wait_for()

    local = card_routes(phone, "local")
    national = card_routes(phone, "national")
    assert len(local) >= 5
    for href, _shown in local + national:
        assert SILENT_LINK.match(href), href
    # A number a local card offers is a text line: an sms: link to that number
    # (a national line may offer WhatsApp instead, a wa.me link).
    for href, shown in local:
        if re.fullmatch(r"\+?[0-9 ]+", shown):
            assert href == "sms:" + shown.replace(" ", ""), (href, shown)
    for href, shown in national:
        if re.fullmatch(r"\+?[0-9 ]+", shown):
            assert href.startswith(("sms:", "https://wa.me/")) and not href.startswith("tel:"), (href, shown)
    assert any(href.startswith("sms:") for href, _shown in local)
    # The closed panel names the filter in force.
    assert phone.locator(".filters > summary").inner_text().startswith(("Filters (1):", "عوامل التصفية (1)"))
    shoot(texting_cards(phone).first, f"contact-routes-card{prefix.replace('/', '-')}")

    # The service page of a card with a text line lists every route, each with its hours.
    texting_cards(phone).first.locator(".service-card__name").locator("a, button").click()
    routes = phone.locator("li.contact-route")
    routes.first.wait_for()
    assert routes.count() >= 2
    hrefs = [route.locator("a").first.get_attribute("href") for route in routes.all()]
    assert any(href.startswith("tel:") for href in hrefs) and any(href.startswith("sms:") for href in hrefs)
    for route in routes.all():
        # Each route shows its status or hours (never nothing, never a guessed "Closed").
        lines = [line.strip() for line in route.inner_text().split("\n") if line.strip()]
        assert len(lines) >= 2, lines
        number = route.locator("a[dir=ltr]").first
        assert number.is_visible() and number.bounding_box()["height"] >= 1
    shoot(phone.locator("ul.contact-routes"), f"contact-routes-service{prefix.replace('/', '-')}")
