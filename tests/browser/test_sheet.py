"""The signposting sheet in Chromium, as a professional uses it: search the
directory, turn on signposting mode, tick three results, open the sheet and print it to PDF. The PDF
has the services' phone numbers and the notes; the plain sheet's PDF has no
topic words and no site name; the notes never leave the page; the quick exit
is on screen and not in print; nothing is stored; it works without
JavaScript; axe-core finds no violations, in English and in Arabic."""

import io
import re
import unicodedata

from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from tests.browser.test_crawl import STORAGE_IS_EMPTY

NOTES = "Call on Tuesday after 10. Ask for Sam. Zebra-7781"
# Written for this test, apart from the product: words that would tell
# someone reading the printout what it is about, and the site's name.
TOPIC_WORDS = [
    "abuse",
    "abusive",
    "domestic",
    "violence",
    "violent",
    "rape",
    "sexual",
    "assault",
    "refuge",
    "marriage",
    "honour",
    "FGM",
    "stalking",
    "coercive",
    "coercion",
    "survivor",
    "survivors",
    "perpetrator",
    "IDVA",
    "ISVA",
    "MARAC",
    "SARC",
    "harassment",
    "trafficking",
    "exploitation",
    "Waymark",
]


def digits(value):
    return re.sub(r"\D", "", value)


def pdf_text(page):
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = "\n".join(sheet.extract_text() for sheet in reader.pages)
    title = str((reader.metadata or {}).get("/Title", ""))
    return unicodedata.normalize("NFKC", text), len(reader.pages), title


def record_requests(page):
    requests = []
    page.on("request", lambda request: requests.append((request.url, request.post_data or "")))
    return requests


def search_near_coventry(page, site):
    page.goto(site + "/directory/")
    page.locator("#directory-where").fill("CV1 1AA")
    page.locator(".directory-form button[type=submit]").click()
    page.locator("[data-results-heading]").filter(has_text="found").wait_for()


def turn_on_signposting(page):
    """The switch under the search form keeps the search and shows the
    sheet's controls."""
    page.get_by_role("button", name="For professionals: turn on signposting mode").click()
    page.get_by_text("Signposting mode is on.").wait_for()


def pick_three(page):
    """Tick the refuge (its name has a topic word, so the plain test can
    fail) and the next two local results; return their names and main
    phone numbers, as the result cards show them."""
    cards = page.locator("[data-local-results] .service-card")
    chosen = [cards.filter(has_text="Refuge").first]
    for index in range(cards.count()):
        card = cards.nth(index)
        if "Refuge" not in card.locator(".service-card__name").inner_text():
            chosen.append(card)
        if len(chosen) == 3:
            break
    picked = []
    for card in chosen:
        name = card.locator(".service-card__name").inner_text().strip()
        phone = card.locator('a[href^="tel:"]').first.inner_text().removeprefix("Call").strip()
        card.get_by_label("Add to sheet").check()
        picked.append((name, phone))
    assert any(re.search(r"\brefuge\b", name, re.I) for name, _phone in picked)
    return picked


def assert_no_topic_words(text, extra=()):
    for word in [*TOPIC_WORDS, *extra]:
        assert not re.search(rf"\b{re.escape(word)}\b", text, re.I), f"{word!r} is in the printout"


def test_shortlist_three_results_and_print_the_sheet_and_the_plain_sheet(site, context, page):
    requests = record_requests(page)
    search_near_coventry(page, site)
    turn_on_signposting(page)
    picked = pick_three(page)
    assert page.locator("[data-sheet-count]").inner_text() == "Services on your sheet: 3"
    # The search form and the pager now carry the list, so it survives a new search or page.
    actions = [form.get_attribute("action") for form in page.locator("form[data-swap]").all()]
    assert len(actions) == 2 and all(action.count(",") == 2 for action in actions)

    page.get_by_role("button", name="Open signposting sheet").click()
    page.wait_for_url(re.compile(r"/directory/sheet/\?s=[0-9a-f-]+(,[0-9a-f-]+){2}$"))
    names = page.locator(".sheet-service__name").all_inner_texts()
    assert names == [name for name, _phone in picked]

    # The quick exit is on screen, and not in print.
    assert page.locator(".exit-button").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".exit-button").is_visible()
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".sheet-tools").is_visible()
    page.emulate_media(media="screen")
    assert page.locator(".exit-button").is_visible()
    page.emulate_media(media="null")  # page.pdf() prints with print media again

    page.locator("#sheet-notes").fill(NOTES)
    text, pages, title = pdf_text(page)
    flat = digits(text)
    for name, phone in picked:
        assert digits(phone) in flat, (name, phone)
        assert name in " ".join(text.split()), name
    assert NOTES in " ".join(text.split())
    assert pages == 2, "three services print two to an A4 side"
    assert "Signposting sheet" in title
    assert "Exit this page" not in text

    page.get_by_role("link", name="Switch to the plain sheet").click()
    page.wait_for_url(re.compile(r"plain=1"))
    assert page.locator(".exit-button").is_visible()
    page.locator("#sheet-notes").fill(NOTES)
    text, pages, title = pdf_text(page)
    flat = digits(text)
    for name, phone in picked:
        assert digits(phone) in flat, (name, phone)
    assert NOTES in " ".join(text.split())
    assert_no_topic_words(text + "\n" + title, extra=[name for name, _phone in picked] + ["Example"])
    assert title == "Useful contacts"

    # The notes never left the page; the search words never reached a URL.
    for url, body in requests:
        assert "Zebra" not in url and "Zebra" not in body, url
        assert "cv1" not in url.lower(), url
    assert page.evaluate(STORAGE_IS_EMPTY)
    assert context.cookies() == []


def test_the_sheet_needs_no_javascript(site, no_js_context):
    page = no_js_context.new_page()
    requests = record_requests(page)
    search_near_coventry(page, site)
    turn_on_signposting(page)
    picked = pick_three(page)
    page.get_by_role("button", name="Open signposting sheet").click()
    page.wait_for_url(re.compile(r"/directory/sheet/\?"))
    assert page.locator(".sheet-service__name").all_inner_texts() == [name for name, _phone in picked]
    assert page.locator("[data-print]").is_hidden()
    assert "use your browser's Print command" in page.locator("main").inner_text()
    assert page.locator(".exit-button").is_visible()
    page.locator("#sheet-notes").fill(NOTES)
    text, _pages, _title = pdf_text(page)
    for _name, phone in picked:
        assert digits(phone) in digits(text)
    assert "Zebra-7781" in text

    # Back to the directory with the list, and a new search keeps it.
    page.get_by_role("link", name="Add more services").click()
    page.wait_for_url(re.compile(r"/directory/\?s="))
    page.locator("#directory-where").fill("CV2")
    page.locator(".directory-form button[type=submit]").click()
    page.wait_for_load_state()
    checked = page.locator("[data-sheet-pick]:checked").count()
    carried = page.locator('input[type=hidden][form="sheet-form"]').count()
    assert checked + carried == 3
    page.get_by_role("button", name="Open signposting sheet").click()
    page.wait_for_url(re.compile(r"/directory/sheet/\?"))
    assert sorted(page.locator(".sheet-service__name").all_inner_texts()) == sorted(name for name, _phone in picked)
    for url, body in requests:
        assert "Zebra" not in url and "Zebra" not in body
        assert "cv1" not in url.lower() and "cv2" not in url.lower(), url
    assert no_js_context.cookies() == []


def test_add_from_a_service_page_and_remove_from_the_sheet(site, page):
    search_near_coventry(page, site)
    turn_on_signposting(page)
    page.locator("[data-local-results] .service-card__name :is(a, button)").first.click()
    page.wait_for_url(re.compile(r"/directory/service/"))
    name = page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("link", name="Add to signposting sheet").click()
    page.wait_for_url(re.compile(r"/directory/sheet/\?s="))
    assert page.locator(".sheet-service__name").all_inner_texts() == [name]
    remove = page.get_by_role("link", name=re.compile(r"^Remove from the sheet"))
    assert name in remove.inner_text()  # named for screen readers, not only "Remove"
    remove.click()
    page.wait_for_url(re.compile(r"/directory/sheet/$"))
    assert "There are no services on this sheet yet." in page.locator("main").inner_text()


def sheet_path(page, site):
    search_near_coventry(page, site)
    turn_on_signposting(page)
    pick_three(page)
    return page.locator("[data-sheet-form]").get_attribute("data-shortlist")


def test_sheet_is_accessible_and_lays_out_right_to_left(site, page):
    ids = sheet_path(page, site)
    for path in (
        f"/directory/sheet/?s={ids}",
        f"/directory/sheet/?s={ids}&plain=1",
        "/directory/sheet/",
        f"/directory/?s={ids}&signposting=1",
        f"/ar/directory/sheet/?s={ids}",
        f"/ar/directory/?s={ids}&signposting=1",
        f"/ur/directory/sheet/?s={ids}&plain=1",
    ):
        page.set_viewport_size({"width": 320, "height": 640})
        page.goto(site + path)
        results = Axe().run(page)
        assert results.violations_count == 0, (path, results.generate_report())
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
        assert page.locator(".exit-button").is_visible(), path
        if path.startswith(("/ar/", "/ur/")):
            assert page.locator("html").get_attribute("dir") == "rtl"
            # The list survives a change of language.
            assert f"s={ids}" in page.locator('.language-switcher a[hreflang="en"]').get_attribute("href")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site + "/directory/")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
