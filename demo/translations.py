"""Demo translations (Welsh, Polish, Urdu, Arabic) of the home and "Staying
safe online" pages, two campaigns with their easy read versions, the
campaign topics and audiences, and the site settings text. Whatever a
language already has is left as editors made it."""

import copy

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Site

from campaigns.models import Audience, CampaignPage, Topic
from translations.languages import is_translated
from translations.po import NOT_WORDS, has_words
from translations.review import mark_for_review
from waymark.models import HomePage, InformationPage, SiteSettings

from . import safety_page
from .translated_campaigns import AUDIENCES, CAMPAIGNS, SITE_SETTINGS, SITE_SETTINGS_SOURCE, TOPICS
from .translated_content import PAGES


class StreamMismatch(ValueError):
    """The translation no longer matches the English stream's blocks."""


def load(stdout, today=None):
    home = HomePage.objects.first()
    safety = InformationPage.objects.filter(slug="staying-safe-online").first()
    offered = dict(settings.LANGUAGES)
    for code, content in PAGES.items():
        if code not in offered:
            continue
        translated = [
            _translate(
                home,
                code,
                {
                    "title": content["home"]["title"],
                    "intro": content["home"]["intro"],
                    "body": [("get_help", content["home"]["get_help"])],
                },
            ),
            _translate(
                safety,
                code,
                {
                    "title": content["safety"]["title"],
                    "intro": content["safety"]["intro"],
                    "search_description": content["safety"]["search_description"],
                    "body": safety_page.body(content["safety"]["sections"]),
                },
            ),
        ]
        for slug, campaign in CAMPAIGNS.get(code, {}).items():
            translated.append(_translate_campaign(slug, code, campaign, stdout))
        translated.append(_translate_names(Topic, TOPICS.get(code, {}), code))
        translated.append(_translate_names(Audience, AUDIENCES.get(code, {}), code))
        translated.append(_translate_site_settings(code, SITE_SETTINGS.get(code, {})))
        if any(translated):
            stdout.write(f"Translated the demo pages into {offered[code]}.")


def _translate(page, code, values):
    if page is None or is_translated(page, "title", code):
        return False
    # A page with unpublished changes (the demo's easy read draft) keeps
    # them: the translation is published, then the draft saved again with it.
    draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else None
    for target in (page, draft):
        for name, value in values.items() if target is not None else ():
            setattr(target, build_localized_fieldname(name, code), value)
    page.save_revision().publish()
    if draft is not None:
        draft.save_revision()
    # The demo's translations are the team's own, not a native speaker's.
    mark_for_review(page, code)
    return True


def _translate_campaign(slug, code, campaign, stdout):
    page = CampaignPage.objects.filter(**{build_localized_fieldname("slug", settings.LANGUAGE_CODE): slug}).first()
    if page is None or is_translated(page, "title", code):
        return False
    try:
        body = translated_stream(english_stream(page, "body"), campaign["body"])
        easy_read = translated_stream(english_stream(page, "easy_read_body"), campaign["easy_read"])
    except StreamMismatch as problem:
        stdout.write(
            f"“{page.title}” has changed since its demo translation was written, so it stays in "
            f"English in {dict(settings.LANGUAGES)[code]} ({problem})."
        )
        return False
    return _translate(
        page,
        code,
        {
            "title": campaign["title"],
            "intro": campaign["intro"],
            "search_description": campaign["intro"],
            "body": body,
            "easy_read_body": easy_read,
        },
    )


def english_stream(page, name):
    return copy.deepcopy(list(getattr(page, build_localized_fieldname(name, settings.LANGUAGE_CODE)).raw_data))


def translated_stream(english, words, where=""):
    """A copy of the English stream's raw data with its words replaced by
    `words`, which has the same shape but gives only the text: a block's
    value for each block, and for a StructBlock only its text fields. Ids,
    numbers, chosen services and pictograms come from the English, so the
    PO export pairs each translated leaf with its English source."""
    if isinstance(english, str):
        if not english.strip():
            return english
        if not isinstance(words, str) or not words.strip():
            raise StreamMismatch(f"no text for {where or 'the field'}")
        return words
    if isinstance(english, list):
        if not isinstance(words, list) or len(words) != len(english):
            raise StreamMismatch(f"{where or 'the stream'} has {len(english)} items")
        return [
            translated_stream(item, text, f"{where}/{index}")
            for index, (item, text) in enumerate(zip(english, words, strict=True))
        ]
    if isinstance(english, dict) and {"type", "value"} <= set(english):
        # A block (or a list item stored with its id): translate its value.
        if not has_words(english):
            return english
        return dict(english, value=translated_stream(english["value"], words, f"{where}:{english['type']}"))
    if isinstance(english, dict):
        if not isinstance(words, dict) or set(words) - set(english):
            raise StreamMismatch(f"{where} has no field {sorted(set(words or {}) - set(english))}")
        result = dict(english)
        for name, value in english.items():
            if name in NOT_WORDS:
                continue
            if name not in words:
                if _has_text(value):
                    raise StreamMismatch(f"no text for {where}/{name}")
                continue
            result[name] = translated_stream(value, words[name], f"{where}/{name}")
        return result
    return english


def _has_text(value):
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(_has_text(item) for item in value)
    if isinstance(value, dict):
        return any(_has_text(item) for name, item in value.items() if name not in NOT_WORDS)
    return False


def _translate_names(model, names, code):
    field = build_localized_fieldname("name", code)
    changed = False
    for record in model.objects.filter(slug__in=names):
        if not getattr(record, field):
            setattr(record, field, names[record.slug])
            record.save(update_fields=[field])
            mark_for_review(record, code)
            changed = True
    return changed


def _translate_site_settings(code, values):
    """Each text is translated only while English visitors see the text it
    is a translation of, and only where the language has none yet."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or not values:
        return False
    site_settings = SiteSettings.for_site(site)
    english_defaults = {
        "exit_label": SITE_SETTINGS_SOURCE["exit_label"],
        "safety_notice": SITE_SETTINGS_SOURCE["safety_notice"],
    }
    changed = []
    for name, value in values.items():
        english = getattr(site_settings, build_localized_fieldname(name, settings.LANGUAGE_CODE)) or ""
        shown = english or english_defaults.get(name, "")
        field = build_localized_fieldname(name, code)
        if shown == SITE_SETTINGS_SOURCE[name] and not getattr(site_settings, field):
            setattr(site_settings, field, value)
            changed.append(field)
    if changed:
        site_settings.save(update_fields=changed)
        mark_for_review(site_settings, code)
    return bool(changed)
