"""Issue 13's acceptance: a campaign editor writes a campaign with one block
of every kind, previews it, submits it; a moderator approves it; a visitor
reads it, on a desktop and on a phone. Chromium against the live server, and
nobody's browser calls another origin."""

import io
import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from PIL import Image as PILImage
from PIL import ImageDraw
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect
from wagtail.documents.models import Document
from wagtail.images.models import Image

from campaigns.blocks import CampaignBodyBlock
from campaigns.models import CampaignPage
from directory.models import Service
from tests.browser.conftest import elsewhere, watched_context
from tests.browser.test_editors import make_user, signed_in

TITLE = "Noticing the signs together"
SLUG = "noticing-the-signs-together"
INTRO = "What to look for, and who can help."
HEADING = "What happens when you reach out"
CALLOUT_HEADING = "Clear your history"
CALLOUT_TEXT = "Delete this page from your browser history if someone checks your phone."
SIGNS = ["check your phone without asking?", "control the money you spend?"]
QUOTE = "I thought it only counted if he hit me."
IMAGE_TITLE = "Two hands"
ALT = "Two hands reaching towards each other"
CAPTION = "Reaching out is the first step."
HELPLINE = "Example Domestic Abuse Helpline"
POLICE = "Police, in an emergency"
QUESTION = "Will anyone know I called?"
ANSWER = "No. Calls are confidential."
VIDEO_TITLE = "What coercive control looks like"
VIDEO_URL = "https://www.youtube.com/watch?v=waymark-journey"
STATEMENTS = {"They respect my choices.": True, "They check my phone.": False}
WORRYING = "What you describe sounds like abuse. It is not your fault."
EASY_READ = "You can call for help. It is free."
PREVIEW_WAIT = 20_000  # ms

# One of each: the journey must keep up with the blocks editors can choose.
BLOCK_TYPES = [
    "heading", "text", "callout", "signs", "quote", "image",
    "services", "emergency", "faq", "document", "video", "quiz",
]  # fmt: skip


def test_the_journey_covers_every_campaign_block():
    assert sorted(CampaignBodyBlock().child_blocks) == sorted(BLOCK_TYPES)


@pytest.fixture
def leave_the_demo_as_it_was(django_db_blocker):
    """The browser tests share one committed demo: take away the page, the
    image and the people this journey makes. Asked for first, so it cleans
    up after the browsers have closed."""
    with django_db_blocker.unblock():
        images = set(Image.objects.values_list("pk", flat=True))
        documents = set(Document.objects.values_list("pk", flat=True))
    yield
    with django_db_blocker.unblock():
        for page in CampaignPage.objects.filter(slug=SLUG):
            page.delete()
        for image in Image.objects.exclude(pk__in=images):
            image.delete()
        for document in Document.objects.exclude(pk__in=documents):
            document.delete()
        get_user_model().objects.filter(username__in=["cara", "mona"]).delete()


@pytest.fixture
def visitor_context(browser, site):
    """A visitor's browser, no sign-in, whose every request is logged: the
    public site calls no other origin, and its policy refuses nothing."""
    context = watched_context(browser)
    yield context
    context.close()
    assert elsewhere(context.requests, site) == [], "the public site called another origin"
    assert context.console_errors == [], "the public site's own policy broke the page"


def shot(page, name):
    page.screenshot(path=f"var/shots/campaign-{name}.png", full_page=True)


def test_a_campaign_editor_writes_a_campaign_a_moderator_publishes_it_and_a_visitor_reads_it(
    leave_the_demo_as_it_was, site, browser, editor_context, visitor_context, django_db_blocker
):
    make_user(django_db_blocker, "cara", group="Campaign editors")
    make_user(django_db_blocker, "mona", group="Moderators")
    with django_db_blocker.unblock():
        helpline_phone = Service.objects.get(name=HELPLINE).contact_routes.first().number
        guide = Document.objects.get().title  # the demo's one document

    # A campaign editor finds the campaigns and adds one.
    editor = signed_in(editor_context, site, "cara")
    open_the_campaigns(editor)
    editor.get_by_role("link", name="Add child page", exact=True).click()
    expect(editor.get_by_role("heading", level=1)).to_have_text("New: Campaign page")
    write_the_campaign(editor, guide)
    shot(editor, "1-written")

    # The preview panel shows the page as visitors will see it, in both versions.
    editor.get_by_role("button", name="Toggle preview").click()
    editor.get_by_role("radio", name="Preview in desktop size").check()
    preview = editor.frame_locator("#w-preview-iframe")  # the one shown; Wagtail swaps in a new frame on each update
    expect(preview.get_by_role("heading", name=HEADING)).to_be_visible(timeout=PREVIEW_WAIT)
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.locator("blockquote")).to_have_text(QUOTE)
    shot(editor, "2-preview")
    choose_preview_mode(editor, "Easy read version", "easy-read")
    expect(preview.get_by_text("Easy read", exact=True)).to_be_visible()
    expect(preview.get_by_text(EASY_READ)).to_be_visible()
    expect(preview.get_by_role("img", name="A phone")).to_be_visible()
    shot(editor, "3-preview-easy-read")

    # They cannot publish; they submit it for moderation.
    editor.get_by_role("button", name="More actions").click()
    submit = editor.get_by_role("button", name="Submit to Moderators approval")
    expect(submit).to_be_visible()  # the menu is open: every action they have is showing
    assert editor.get_by_role("button", name=re.compile("Publish")).count() == 0
    submit.click()
    expect(editor.get_by_role("status").first).to_contain_text(f"Page '{TITLE}' has been submitted for moderation")
    shot(editor, "4-submitted")
    public_url = f"{site}/campaigns/{SLUG}/"
    assert visitor_context.request.get(public_url).status == 404, "a page awaiting review is not public"

    # A moderator finds it awaiting their review and approves it.
    moderator_context = watched_context(browser, log=editor_context)
    moderator = signed_in(moderator_context, site, "mona")
    review = moderator.get_by_role("region", name="Awaiting your review")
    row = review.get_by_role("row").filter(has=moderator.get_by_role("link", name=TITLE))
    expect(row).to_contain_text("cara")
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    # Back on the dashboard, nothing is left awaiting review; among the
    # campaigns, the page is live.
    expect(moderator.get_by_role("link", name=TITLE)).to_have_count(0)
    open_the_campaigns(moderator)
    row = moderator.get_by_role("row").filter(has=moderator.get_by_role("link", name=TITLE, exact=True))
    expect(row.get_by_role("link", name=re.compile("status"))).to_have_text(re.compile("live", re.IGNORECASE))
    shot(moderator, "5-approved")
    moderator_context.close()

    # A visitor finds it among the campaigns and reads every block.
    visitor = visitor_context.new_page()
    visitor.goto(site + "/campaigns/")
    visitor.get_by_role("link", name=TITLE, exact=True).click()
    assert visitor.url == public_url
    read_the_campaign(visitor, helpline_phone, guide)
    shot(visitor, "6-public")

    visitor.get_by_role("link", name="Easy read version").click()
    assert visitor.url == public_url + "easy-read/"
    read_the_easy_read_version(visitor)
    shot(visitor, "7-public-easy-read")

    # On a phone, neither version scrolls sideways.
    visitor.set_viewport_size({"width": 360, "height": 640})
    for url, name in [(public_url, "8-phone"), (public_url + "easy-read/", "9-phone-easy-read")]:
        visitor.goto(url)
        expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
        assert visitor.evaluate("document.documentElement.scrollWidth") <= 360, f"{url} scrolls sideways on a phone"
        shot(visitor, name)
    visitor.goto(public_url)
    read_the_campaign(visitor, helpline_phone, guide)


# The editor: the admin's own widgets, found as a person finds them.


def open_the_campaigns(page):
    """Pages, in the sidebar, opens the page explorer at the home page."""
    page.get_by_role("button", name="Pages", exact=True).click()
    explorer = page.get_by_role("dialog", name="Page explorer")
    explorer.get_by_role("link", name=re.compile("^View child pages of")).click()
    explorer.get_by_role("link", name="Campaigns", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Exploring: Campaigns")


def write_the_campaign(page, guide):
    page.get_by_role("textbox", name=re.compile(r"^Title: English")).fill(TITLE)
    page.get_by_role("textbox", name="Intro: English").fill(INTRO)
    body = page.get_by_role("region", name="Body: English")

    block = add_block(page, body, "Heading")
    block.get_by_role("textbox").fill(HEADING)

    block = add_block(page, body, "Text")
    type_rich_text(page, block.get_by_role("textbox"), "You can talk to someone ", "**today", ", in confidence.")

    block = add_block(page, body, "Callout")
    block.get_by_role("combobox", name=re.compile("^Kind")).select_option(label="Warning")
    field(block, "Heading").fill(CALLOUT_HEADING)
    type_rich_text(page, block.get_by_role("textbox").last, CALLOUT_TEXT)

    block = add_block(page, body, "Signs to look out for")
    field(block, "Intro").fill("Does your partner:")
    sign = block.locator("section").first
    sign.get_by_role("textbox").fill(SIGNS[0])
    add_item_after(page, block, sign).get_by_role("textbox").fill(SIGNS[1])

    block = add_block(page, body, "Quote or lived experience")
    field(block, "Quote").fill(QUOTE)
    field(block, "Attribution").fill("Sam, 34")

    block = add_block(page, body, "Image")
    chooser = open_chooser(page, block.get_by_role("button", name="Choose an image"))
    chooser.get_by_role("tab", name="Upload").click()
    field(chooser, "Title").fill(IMAGE_TITLE)
    chooser.get_by_label("File").set_input_files(
        files=[{"name": "two-hands.png", "mimeType": "image/png", "buffer": a_picture()}]
    )
    chooser.get_by_role("button", name="Upload").click()
    expect(block.get_by_text(IMAGE_TITLE)).to_be_visible()
    field(block, "Alt text").fill(ALT)
    field(block, "Caption").fill(CAPTION)

    block = add_block(page, body, "Get help (from the directory)")
    service = add_item_after(page, block, block.get_by_text("Services", exact=True))
    chooser = open_chooser(page, service.get_by_role("button", name="Choose service"))
    chooser.get_by_role("textbox", name="Search term").fill(HELPLINE)
    chooser.get_by_role("link", name=HELPLINE, exact=True).click()
    expect(service.get_by_text(HELPLINE)).to_be_visible()

    block = add_block(page, body, "Get help now")
    field(block, "Label").fill(POLICE)
    field(block, "Number").fill("999")
    field(block, "Note").fill("If you cannot speak, press 55.")

    block = add_block(page, body, "Questions and answers")
    item = block.locator("section").first
    field(item, "Question").fill(QUESTION)
    type_rich_text(page, item.get_by_role("textbox").last, ANSWER)

    block = add_block(page, body, "Download")
    open_chooser(page, block.get_by_role("button", name="Choose a document")).get_by_role("link", name=guide).click()
    expect(block.get_by_text(guide)).to_be_visible()

    block = add_block(page, body, "Video (link)")
    field(block, "Title").fill(VIDEO_TITLE)
    field(block, "Video address").fill(VIDEO_URL)
    field(block, "Description").fill("A two-minute film.")

    block = add_block(page, body, "Relationship quiz")
    field(block, "Intro").fill("Answer for yourself. Your answers stay on this device.")
    statement = block.locator("section").first
    for number, (text, healthy) in enumerate(STATEMENTS.items()):
        if number:
            statement = add_item_after(page, block, statement)
        field(statement, "Text").fill(text)
        statement.get_by_role("checkbox", name="Healthy").set_checked(healthy)
    field(block, "Healthy message").fill("It sounds like your relationship is healthy.")
    field(block, "Some concerns message").fill("Some of what you said is worrying.")
    field(block, "Worrying message").fill(WORRYING)

    easy_read = page.get_by_role("region", name="Easy read version: English")
    block = add_block(page, easy_read)  # its only kind of block: no menu
    choose(block.get_by_role("radio", name="Phone"))
    field(block, "Text").fill(EASY_READ)


def open_chooser(page, button):
    """A chooser's dialog. A block's buttons answer only once Wagtail has set
    the new block up, which under load can be after the first click lands:
    a person who saw nothing open would click again; so do we."""
    dialog = page.get_by_role("dialog")
    for _attempt in range(3):
        button.click()
        try:
            expect(dialog).to_be_visible(timeout=10_000)
            return dialog
        except AssertionError:
            continue
    raise AssertionError("the chooser never opened")


def choose(radio):
    """Check a radio button in a block that Wagtail may still be setting up
    (its first click can be lost as the block's widgets are replaced)."""
    for _attempt in range(3):
        try:
            radio.check(timeout=10_000)
            break
        except PlaywrightError:
            continue
    expect(radio).to_be_checked()


def choose_preview_mode(page, label, mode):
    """Wagtail drops a change of mode made while the preview is updating (as
    it does after an autosave): the running update is reused, not redone, and
    the frame keeps the old mode. A person would choose it again; so do we."""
    choice = page.get_by_role("combobox", name="Preview mode")
    shown = page.locator("#w-preview-iframe")  # Wagtail loads each update in a new frame, then swaps it in
    for _attempt in range(3):
        choice.select_option(label=label)
        try:
            expect(shown).to_have_attribute("src", re.compile(f"[?&]mode={mode}&"), timeout=5_000)
            return
        except AssertionError:
            choice.select_option(index=0 if choice.evaluate("select => select.selectedIndex") else 1)
    raise AssertionError(f"the preview never showed the {label}")


def add_block(page, stream, kind=None):
    """Insert a block at the end of a StreamField; the new block's panel."""
    before = panel_ids(stream)
    stream.get_by_role("button", name="Insert a block").last.click()
    if kind:
        page.get_by_role("option", name=kind, exact=True).click()
    return new_panel(page, stream, before)


def add_item_after(page, block, item):
    """A list block's Add button is the first one below an item (or below the
    list's label, for an empty list); the new item's panel."""
    before = panel_ids(block)
    item.locator("xpath=following::button[@title='Add'][1]").click()
    return new_panel(page, block, before)


def panel_ids(scope):
    return scope.locator("section[id^='block-']").evaluate_all("sections => sections.map(section => section.id)")


def new_panel(page, scope, before):
    """Blocks are panels (sections) with generated ids; the first new one in
    document order is the added block, the rest are its own children."""
    scope.locator("section[id^='block-']").nth(len(before)).wait_for()
    added = [id for id in panel_ids(scope) if id not in before]
    return page.locator(f"#{added[0]}")


def field(scope, label):
    """A text field by its label; required ones are marked with a star."""
    return scope.get_by_role("textbox", name=re.compile("^" + re.escape(label) + r"\*?$"))


def type_rich_text(page, editor, *parts):
    """Type into Draftail; a part starting with ** is typed in bold (Ctrl+B)."""
    editor.click()
    for part in parts:
        bold = part.startswith("**")
        if bold:
            page.keyboard.press("Control+b")
        page.keyboard.type(part.removeprefix("**"))
        if bold:
            page.keyboard.press("Control+b")


def a_picture():
    """A small PNG, different every run: Wagtail would otherwise offer the
    upload as a duplicate of an earlier one."""
    picture = PILImage.new("RGB", (400, 300), tuple(os.urandom(3)))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((60, 90, 180, 210), fill=(250, 220, 180))
    draw.ellipse((220, 90, 340, 210), fill=(160, 110, 70))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


# The visitor: what each block shows on the public page.


def read_the_campaign(page, helpline_phone, guide):
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(main.get_by_text(INTRO)).to_be_visible()

    expect(main.get_by_role("heading", name=HEADING, level=2)).to_be_visible()
    expect(main.get_by_text("You can talk to someone today, in confidence.")).to_be_visible()
    expect(main.get_by_text("today", exact=True)).to_have_css("font-weight", "700")  # typed in bold

    callout = main.get_by_role("complementary").filter(has_text=CALLOUT_HEADING)
    expect(callout.get_by_role("heading", name=CALLOUT_HEADING)).to_be_visible()
    expect(callout).to_contain_text(CALLOUT_TEXT)
    expect(callout).to_have_class(re.compile(r"\bcallout--warning\b"))

    signs = main.locator("section").filter(has=page.get_by_role("heading", name="Signs to look out for"))
    expect(signs.get_by_role("listitem")).to_have_text(SIGNS)

    quote = main.locator("figure").filter(has=page.locator("blockquote"))
    expect(quote.locator("blockquote")).to_have_text(QUOTE)
    expect(quote).to_contain_text("Sam, 34")
    expect(quote).to_contain_text("Names and details have been changed to protect the people involved.")

    picture = main.get_by_role("img", name=ALT)
    expect(picture).to_be_visible()
    assert picture.evaluate("image => image.complete && image.naturalWidth > 0"), "the picture did not load"
    expect(main.get_by_text(CAPTION)).to_be_visible()

    services = main.locator("section").filter(has=page.get_by_role("heading", name="Where to get help"))
    expect(services.get_by_role("link", name=HELPLINE)).to_be_visible()
    call = services.get_by_role("link", name=helpline_phone)
    expect(call).to_have_attribute("href", "tel:" + helpline_phone.replace(" ", ""))

    get_help = main.locator("section").filter(has=page.get_by_role("heading", name="Get help now"))
    expect(get_help.get_by_role("link", name="999")).to_have_attribute("href", "tel:999")
    expect(get_help).to_contain_text(POLICE)

    question = main.get_by_text(QUESTION)
    expect(main.get_by_text(ANSWER)).to_be_hidden()
    question.click()
    expect(main.get_by_text(ANSWER)).to_be_visible()

    download = main.get_by_role("link", name=guide)
    expect(download).to_have_attribute("href", re.compile(r"^/documents/"))
    expect(main.locator(".download")).to_contain_text("(PDF, ")
    with page.expect_download() as downloaded:
        download.click()
    assert Path(downloaded.value.path()).read_bytes()[:5] == b"%PDF-"

    video = main.locator("section").filter(has=page.get_by_role("heading", name=VIDEO_TITLE))
    expect(video.get_by_role("link", name="Watch on youtube.com")).to_have_attribute("href", VIDEO_URL)
    expect(video).to_contain_text("nothing has been loaded from youtube.com")
    assert page.locator("iframe, video, embed, object").count() == 0, "a video player was embedded"

    quiz = main.locator("section").filter(has=page.get_by_role("heading", name="Is my relationship healthy?"))
    for statement, healthy in STATEMENTS.items():
        # Answer as someone in an abusive relationship would.
        quiz.get_by_role("group", name=statement).get_by_label("No" if healthy else "Yes", exact=True).check()
    quiz.get_by_role("button", name="Show what my answers mean").click()
    expect(quiz.get_by_text(WORRYING)).to_be_visible()


def read_the_easy_read_version(page):
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(main.get_by_text("Easy read", exact=True)).to_be_visible()
    expect(main.get_by_text(EASY_READ)).to_be_visible()
    pictogram = main.get_by_role("img", name="A phone")
    expect(pictogram).to_be_visible()
    # Waits for the picture to arrive; times out if it never loads.
    page.wait_for_function("image => image.complete && image.naturalWidth > 0", arg=pictogram.element_handle())
    expect(main.get_by_role("link", name="Standard version").first).to_have_attribute("href", re.compile(f"/{SLUG}/$"))
