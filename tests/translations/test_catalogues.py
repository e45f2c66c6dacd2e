"""Every interface catalogue compiles and declares usable plural rules."""

import gettext
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])


@pytest.mark.parametrize("code", [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE])
def test_each_language_has_a_catalogue_that_compiles(code, tmp_path):
    po_path = LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po"
    assert po_path.exists(), f"no catalogue for {code}"
    catalogue = polib.pofile(str(po_path))
    mo_path = tmp_path / "django.mo"
    catalogue.save_as_mofile(str(mo_path))
    with open(mo_path, "rb") as file:
        compiled = gettext.GNUTranslations(file)  # parses Plural-Forms; fails on placeholders
    assert compiled.ngettext("result", "results", 1) == compiled.ngettext("result", "results", 1)
    for entry in catalogue.translated_entries():
        if "%(" in entry.msgid:
            assert set(polib_placeholders(entry.msgid)) == set(polib_placeholders(entry.msgstr or entry.msgid)), entry.msgid


def polib_placeholders(text):
    import re

    return re.findall(r"%\(\w+\)[sd]", text)


def test_visitor_facing_strings_are_translated_in_the_demo_languages():
    for code in ("cy", "pl", "ur", "ar"):
        catalogue = polib.pofile(str(LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po"))
        translated = {entry.msgid for entry in catalogue.translated_entries()}
        for msgid in ("Exit this page", "Skip to main content", "Choose a language"):
            assert msgid in translated, (code, msgid)
