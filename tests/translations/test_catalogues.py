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
            assert set(polib_placeholders(entry.msgid)) == set(polib_placeholders(entry.msgstr or entry.msgid)), (
                entry.msgid
            )


def polib_placeholders(text):
    import re

    return re.findall(r"%\(\w+\)[sd]", text)


def test_visitor_facing_strings_are_translated_in_the_demo_languages():
    for code in ("cy", "pl", "ur", "ar"):
        catalogue = polib.pofile(str(LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po"))
        translated = {entry.msgid for entry in catalogue.translated_entries()}
        for msgid in ("Exit this page", "Skip to main content", "Choose a language"):
            assert msgid in translated, (code, msgid)


def test_catalogues_hold_every_message_in_the_code_and_no_other(tmp_path, monkeypatch):
    """The "messages up to date" gate: makemessages, run into a scratch copy
    of the catalogues, finds nothing new, nothing untranslated or fuzzy, and
    nothing the code no longer uses. If it fails, run the makemessages
    command in the README and translate what it adds."""
    from django.core.management import call_command
    from django.test import override_settings

    codes = [to_locale(code) for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    for code in codes:
        scratch = tmp_path / code / "LC_MESSAGES"
        scratch.mkdir(parents=True)
        (scratch / "django.po").write_bytes((LOCALE_DIR / code / "LC_MESSAGES" / "django.po").read_bytes())
    monkeypatch.chdir(settings.BASE_DIR)
    # The real locale folder is left out of the walk, so makemessages writes only to the scratch copy.
    with override_settings(LOCALE_PATHS=[str(tmp_path)]):
        call_command(
            "makemessages",
            locale=codes,
            no_obsolete=True,
            verbosity=0,
            ignore_patterns=[".venv", "tests", "var", "node_modules", "translations/locale"],
        )
    for code in codes:
        committed = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
        fresh = polib.pofile(str(tmp_path / code / "LC_MESSAGES" / "django.po"))
        keys = lambda catalogue: {(entry.msgctxt, entry.msgid) for entry in catalogue if not entry.obsolete}  # noqa: E731
        assert keys(fresh) - keys(committed) == set(), f"{code}: messages in the code missing from the catalogue"
        assert keys(committed) - keys(fresh) == set(), f"{code}: messages no longer in the code"
        assert [entry.msgid for entry in fresh.untranslated_entries()] == [], f"{code}: untranslated"
        assert [entry.msgid for entry in fresh.fuzzy_entries()] == [], f"{code}: fuzzy"
