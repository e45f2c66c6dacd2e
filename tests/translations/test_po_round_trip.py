"""export_translations / import_translations: PO out to a translator and back."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from translations.po import export_catalogue
from waymark.models import InformationPage


def stored(page):
    return InformationPage.objects.get(pk=page.pk)


def translate_page(catalogue, page, prefix="RO "):
    """Fill in a translator's answers for the page's entries."""
    key = str(page.translation_key)
    for entry in catalogue:
        if key in entry.msgctxt:
            entry.msgstr = prefix + entry.msgid
    return catalogue


def test_export_lists_untranslated_page_text_with_record_and_field(safety_page):
    catalogue = export_catalogue("ro")
    contexts = [entry.msgctxt for entry in catalogue]
    page = safety_page
    assert f"waymark.informationpage:{page.translation_key}:title" in contexts
    assert any(context.startswith(f"waymark.informationpage:{page.translation_key}:body/") for context in contexts)
    assert all(entry.msgstr == "" for entry in catalogue)
    # Phone numbers are data, not words: they never go to the translator.
    assert not any(entry.msgid == "999" for entry in catalogue)


def test_import_writes_translations_and_keeps_stream_structure(safety_page, tmp_path, client):
    path = tmp_path / "pl.po"
    translate_page(export_catalogue("ro"), safety_page).save(str(path))
    call_command("import_translations", "ro", str(path), stdout=io.StringIO())
    page = stored(safety_page)
    with translation.override("ro"):
        assert page.title == "RO Staying safe online"
        assert [block.block_type for block in page.body] == [block.block_type for block in page.body_en]
    html = client.get("/ro/staying-safe-online/").content.decode()
    assert "RO Use a private browsing window" in html
    assert "fallback-notice" not in html


def test_export_then_import_round_trips_with_no_change(safety_page, tmp_path):
    first = tmp_path / "first.po"
    translate_page(export_catalogue("cy"), safety_page, "CY ").save(str(first))
    call_command("import_translations", "cy", str(first), stdout=io.StringIO())
    before = stored(safety_page)
    exported = tmp_path / "again.po"
    export_catalogue("cy", everything=True).save(str(exported))
    call_command("import_translations", "cy", str(exported), stdout=io.StringIO())
    after = stored(safety_page)
    assert after.title_cy == before.title_cy
    assert after.intro_cy == before.intro_cy
    assert list(after.body_cy.raw_data) == list(before.body_cy.raw_data)


@pytest.mark.parametrize(
    "tamper,message",
    [
        (
            lambda entry: setattr(
                entry, "msgctxt", "waymark.informationpage:00000000-0000-0000-0000-000000000000:title"
            ),
            "no waymark.informationpage with id",
        ),
        (lambda entry: setattr(entry, "msgstr", entry.msgstr + "<script>alert(1)</script>"), "adds HTML tags"),
        (lambda entry: setattr(entry, "msgid", entry.msgid + " %(name)s"), "placeholders"),
        (lambda entry: setattr(entry, "msgctxt", "nonsense"), "does not name a record"),
    ],
)
def test_a_broken_file_changes_nothing_and_names_the_problem(safety_page, tmp_path, tamper, message):
    catalogue = translate_page(export_catalogue("ro"), safety_page)
    last = max(i for i, entry in enumerate(catalogue) if entry.msgstr)
    tamper(catalogue[last])
    path = tmp_path / "broken.po"
    catalogue.save(str(path))
    with pytest.raises(CommandError) as error:
        call_command("import_translations", "ro", str(path))
    assert message in str(error.value)
    assert f"Entry {last + 1}" in str(error.value)
    assert stored(safety_page).title_ro in (None, "")


def test_unreadable_file_and_unknown_language_are_clear_errors(db, tmp_path):
    path = tmp_path / "junk.po"
    path.write_bytes(b"\xff\xfe not a po file \x00")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_translations", "ro", str(path))
    with pytest.raises(CommandError, match="not one of the site's other languages"):
        call_command("export_translations", "xx")


def test_a_translation_too_long_for_its_field_is_refused(safety_page, tmp_path):
    catalogue = export_catalogue("ro")
    title = next(entry for entry in catalogue if entry.msgctxt.endswith(":title"))
    title.msgstr = "x" * 300
    path = tmp_path / "long.po"
    catalogue.save(str(path))
    with pytest.raises(CommandError, match="300 characters long; this field holds 255"):
        call_command("import_translations", "ro", str(path))
