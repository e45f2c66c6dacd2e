import pytest

from tests.site.factories import HomePageFactory, InformationPageFactory

POLISH = {
    "title_pl": "Bezpieczeństwo w internecie",
    "intro_pl": "Te kroki pomogą ci bezpieczniej szukać wsparcia.",
    "body_pl": [
        {"type": "heading", "value": "Użyj okna prywatnego"},
        {"type": "heading", "value": "Nie dodawaj tej strony do zakładek"},
        {"type": "text", "value": "<p>Zakładki łatwo znaleźć innej osobie.</p>"},
    ],
}


@pytest.fixture
def home_page(db):
    """The home page, in English only, with its Get-help block's emergency number."""
    return HomePageFactory(body__0="get_help")


@pytest.fixture
def safety_page(home_page):
    """The "Staying safe online" page, in English only."""
    return InformationPageFactory(
        title="Staying safe online",
        body__0__heading__value="Use a private browsing window",
        body__1__heading__value="Do not bookmark this site",
        body__2__text__value="<p>Bookmarks are easy for someone else to find.</p>",
        body__3="get_help",
    )


@pytest.fixture
def polish_safety_page(safety_page):
    """The same page with every text translated into Polish (and no other language)."""
    for name, value in POLISH.items():
        setattr(safety_page, name, value)
    safety_page.save_revision().publish()
    return safety_page
