"""The directory in the visitor's language: the seeded taxonomies' names,
numbers, dates and the languages a service speaks, as each page reads them."""

import datetime
import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from directory.languages import ISO_639_1_CODES
from directory.models import ClosedDay, SchedulePeriod, Taxonomy, TaxonomyTerm
from directory.search.parameters import FILTER_LANGUAGES
from directory.taxonomies import TAXONOMIES, seed_taxonomies
from directory.taxonomy_translations import TAXONOMY_NAMES, TERM_NAMES, needing_review
from translations import formats
from translations.language_names import name_in, visitor_then_own

from .conftest import term
from .test_search_view import text

OTHER_LANGUAGES = [code.replace("-", "_") for code, _name in settings.LANGUAGES if code != "en"]
SEEDED_TERMS = {code for _name, terms in TAXONOMIES.values() for code, _term in terms}


def test_every_seeded_name_has_a_translation_in_every_other_language_and_no_stale_one():
    assert set(TAXONOMY_NAMES) == set(TAXONOMIES)
    assert set(TERM_NAMES) == SEEDED_TERMS
    for names in [*TAXONOMY_NAMES.values(), *TERM_NAMES.values()]:
        assert sorted(names) == sorted(OTHER_LANGUAGES)
        assert all(name.strip() == name and name for name in names.values())


def test_every_translated_name_is_listed_for_a_native_speakers_review():
    listed = {(kind, code, language) for kind, code, language, _name in needing_review()}
    assert len(listed) == (len(TAXONOMIES) + len(SEEDED_TERMS)) * len(OTHER_LANGUAGES)
    assert ("term", "idva", "pl", "Niezależny doradca ds. przemocy domowej (IDVA)") in needing_review()


def test_seeding_fills_empty_names_but_keeps_editors_words(db):
    idva = TaxonomyTerm.objects.get(code="idva")
    assert idva.name_pl == "Niezależny doradca ds. przemocy domowej (IDVA)"
    assert Taxonomy.objects.get(code="audiences").name_ur == "کن کے لیے"
    # An editor's Polish wording stays; a renamed term gets no translation
    # of the name it no longer has.
    TaxonomyTerm.objects.filter(code="idva").update(name_pl="Doradca IDVA", name_cy="")
    TaxonomyTerm.objects.filter(code="outreach").update(name_en="Home visits", name_pl="")
    seed_taxonomies(Taxonomy, TaxonomyTerm)
    idva.refresh_from_db()
    outreach = TaxonomyTerm.objects.get(code="outreach")
    assert idva.name_pl == "Doradca IDVA"
    assert idva.name_cy == "Cynghorydd annibynnol ar drais domestig (IDVA)"
    assert not outreach.name_pl


def test_polish_results_read_in_polish_with_polish_numbers(client, directory):
    response = client.post("/pl/directory/", {"where": "cv1 1aa", "radius": "10"})
    page = text(response)
    assert "0,1 mili stąd" in page and "miles" not in page
    assert "Obejmuje obszar oddalony o 2,0 mili" in page
    for code in ("information", "accommodation", "idva", "women", "migrants-nrpf"):
        assert TERM_NAMES[code]["pl"] in page, code
    assert "Access to information" not in page and "Women" not in page
    html = response.content.decode()
    languages = re.search(r'<fieldset[^>]*>(?:(?!</fieldset>).)*name="language".*?</fieldset>', html, re.S)[0]
    assert "polski" in languages and 'angielski (<bdi lang="en">English</bdi>)' in languages


def test_language_names_never_show_a_code_in_any_of_the_sites_languages():
    for visitor, _name in settings.LANGUAGES:
        for code in ISO_639_1_CODES:
            assert name_in(code, visitor)[0] != code, (visitor, code)


@pytest.mark.parametrize(
    ("visitor", "code", "shown"),
    [
        ("en", "pl", "Polish (polski)"),
        ("en", "cy", "Welsh (Cymraeg)"),
        ("cy", "cy", "Cymraeg"),
        ("pl", "pl", "polski"),
        ("pl", "zh", "chiński (中文)"),
        ("pl", "ku", "kurdyjski (kurdî)"),  # not "kurdî (kurmancî)" in brackets
        ("ar", "so", "الصومالية (Soomaali)"),
        ("zh-hans", "zh", "中文"),
    ],
)
def test_a_language_is_named_in_the_visitors_language_then_in_itself(visitor, code, shown):
    assert visitor_then_own(code, visitor) == shown


def test_every_filter_language_is_named_on_every_language_page(client, directory):
    for visitor, _name in settings.LANGUAGES:
        html = client.post(f"/{visitor}/directory/", {"q": "advice"}).content.decode()
        labels = re.findall(r'name="language" value="(\w+)"[^>]*>\s*((?:(?!<span class="count">).)*)', html, re.S)
        for code, label in labels:
            assert code in FILTER_LANGUAGES
            assert re.sub(r"<[^>]+>", "", label).strip() != code, (visitor, code)


def test_service_page_names_languages_and_dates_in_the_visitors_language(client, directory):
    service = directory["far"]
    SchedulePeriod.objects.create(service=service, weekday=3, opens_at="09:00", closes_at="12:00")
    SchedulePeriod.objects.create(service=service, weekday=3, opens_at="18:00", closes_at="20:30")
    ClosedDay.objects.create(service=service, date="2099-12-25", note="")
    url = reverse("directory:service", args=[service.uuid])
    arabic = text(client.get("/ar" + url))
    assert "اللغات المتاحة: الإنجليزية ( English )، الأوردية ( اردو )" in arabic
    assert "الخميس من 09:00 إلى 12:00، من 18:00 إلى 20:30" in arabic
    assert "25 ديسمبر 2099" in arabic
    somali = text(client.get("/so" + url))
    assert "Diseembar 25, 2099" in somali  # Django has no Somali formats; the CLDR has
    welsh = client.get("/cy" + url).content.decode()
    assert 'Saesneg (<bdi lang="en">English</bdi>), Wrdw (<bdi lang="ur">اردو</bdi>)' in welsh


@pytest.mark.parametrize(
    ("language", "number", "date", "weekday"),
    [
        ("en", "1.9", "30 November 2026", "Monday"),
        ("pl", "1,9", "30 listopada 2026", "poniedziałek"),
        ("ro", "1,9", "30 noiembrie 2026", "luni"),
        ("ar", "1.9", "30 نوفمبر 2026", "الاثنين"),
        ("zh-hans", "1.9", "2026年11月30日", "星期一"),
    ],
)
def test_numbers_and_dates_follow_the_visitors_language(language, number, date, weekday):
    with translation.override(language):
        assert formats.decimal(1.94) == number
        assert formats.day_month_year(datetime.date(2026, 11, 30)) == date
        assert formats.weekday(datetime.date(2026, 11, 30)) == weekday


def test_a_term_with_no_translation_falls_back_to_english(client, directory):
    women = term("audiences", "women")
    women.name_pl = ""
    women.save()
    page = text(client.post("/pl/directory/", {"q": "advice"}))
    assert "Women" in page and TERM_NAMES["men"]["pl"] in page


def test_a_routes_hours_in_words_shown_in_english_are_marked_english_until_translated(client, directory):
    """WCAG 3.1.2: a screen reader reads the hours an editor wrote only in
    English with English sounds, on the result card and the service page."""
    route = directory["near"].contact_routes.get()
    route.same_hours_as_service = False
    route.hours = "Weekdays, answered by volunteers"
    route.save()
    service_url = "/pl" + reverse("directory:service", args=[directory["near"].uuid])
    english = re.compile(r'<(?:li|span)[^>]*lang="en" dir="ltr"[^>]*>\s*Weekdays, answered by volunteers')
    results = client.post("/pl/directory/", {"where": "cv1 1aa", "radius": "10"}).content.decode()
    service_page = client.get(service_url).content.decode()
    assert english.search(results) and english.search(service_page)
    assert not english.search(client.post("/directory/", {"where": "cv1 1aa", "radius": "10"}).content.decode())

    route.hours_pl = "W dni robocze, odbierają wolontariusze"
    route.save()
    results = client.post("/pl/directory/", {"where": "cv1 1aa", "radius": "10"}).content.decode()
    assert "W dni robocze, odbierają wolontariusze" in results and not english.search(results)
