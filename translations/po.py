"""Move translatable text out to a translator as a PO catalogue, and back in.

Each entry's context names the record and field (and, inside a StreamField,
the block), e.g. ``waymark.informationpage:<translation key>:body/<block id>/value``.
The English text is the msgid; the translation is the msgstr."""

import copy
import re

import polib
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

from . import rich_text
from .status import has_text, records, translatable_models

# StreamField values under these names are data, not words ("kind" is a
# callout's information/warning choice).
NOT_WORDS = {
    "number",
    "url",
    "email",
    "page",
    "image",
    "document",
    "service",
    "services",
    "pictogram",
    "icon",
    "kind",
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
TAG = re.compile(r"<\s*([a-zA-Z][a-zA-Z0-9]*)")


class ImportProblems(Exception):
    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


def localized(name, language):
    return build_localized_fieldname(name, language)


def record_key(instance):
    return str(getattr(instance, "translation_key", None) or getattr(instance, "uuid", None) or instance.pk)


def has_words(block):
    """Whether a stored block can hold words. A block named like data (a
    URL, a page) holds none; a StructBlock does whatever its name, such as
    "services" or "image" with their headings, alt text and captions: its
    fields are judged by their own names."""
    return block["type"] not in NOT_WORDS or isinstance(block["value"], dict)


def stream_leaves(raw, path=""):
    """(path, text) for every translatable string in a StreamField's raw data."""
    if isinstance(raw, str):
        if raw.strip():
            yield path, raw
    elif isinstance(raw, list):
        for index, item in enumerate(raw):
            if isinstance(item, dict) and "type" in item and "value" in item:
                key = item.get("id") or str(index)
                if has_words(item):
                    yield from stream_leaves(item["value"], f"{path}/{key}")
            else:
                yield from stream_leaves(item, f"{path}/{index}")
    elif isinstance(raw, dict):
        for name, value in raw.items():
            if name not in NOT_WORDS:
                yield from stream_leaves(value, f"{path}/{name}")


def set_leaf(raw, path, text):
    """Put `text` at `path` in a StreamField's raw data. False if the path
    is not there (the English text has changed since the export)."""
    parts = path.strip("/").split("/")
    node = raw
    for position, part in enumerate(parts):
        last = position == len(parts) - 1
        if isinstance(node, list):
            index = next((i for i, item in enumerate(node) if isinstance(item, dict) and item.get("id") == part), None)
            if index is None:
                if not part.isdigit() or int(part) >= len(node):
                    return False
                index = int(part)
            item = node[index]
            if isinstance(item, dict) and "type" in item and "value" in item:
                if last:
                    item["value"] = text
                    return True
                node = item["value"]
            elif last:
                node[index] = text
                return True
            else:
                node = item
        elif isinstance(node, dict) and part in node:
            if last:
                node[part] = text
                return True
            node = node[part]
        else:
            return False
    return False


def block_at(block, raw, path):
    """The block definition that holds the text at `path` in a StreamField's
    raw data (found as set_leaf finds it), or None."""
    for part in path.strip("/").split("/"):
        if isinstance(block, (blocks.StreamBlock, blocks.ListBlock)) and isinstance(raw, list):
            item = next((item for item in raw if isinstance(item, dict) and item.get("id") == part), None)
            if item is None and part.isdigit() and int(part) < len(raw):
                item = raw[int(part)]
            if item is None:
                return None
            if isinstance(block, blocks.StreamBlock):
                block = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            else:
                block = block.child_block
            raw = item["value"] if isinstance(item, dict) and "value" in item else item
        elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict) and part in block.child_blocks:
            block, raw = block.child_blocks[part], raw.get(part)
        else:
            return None
    return block


def rich_text_features(instance, name, field, block_path, english):
    """The editor features of the rich text this entry translates, or None
    when it is plain text, which templates escape. Text in a block this
    cannot find is cleaned as rich text with the default features if the
    English has tags."""
    if isinstance(field, RichTextField):
        return rich_text.feature_set(field.features)
    if isinstance(field, StreamField) and block_path:
        raw = list(getattr(instance, localized(name, settings.LANGUAGE_CODE)).raw_data)
        block = block_at(field.stream_block, raw, block_path)
        if block is not None:
            return rich_text.feature_set(block.features) if isinstance(block, blocks.RichTextBlock) else None
    return rich_text.feature_set(None) if TAG.search(english) else None


def entries_for(instance, name, language):
    """(context suffix, English, current translation) for one field."""
    english = getattr(instance, localized(name, settings.LANGUAGE_CODE))
    current = getattr(instance, localized(name, language))
    if isinstance(instance._meta.get_field(localized(name, language)), StreamField):
        translated = dict(stream_leaves(list(current.raw_data))) if has_text(current) else {}
        for path, text in stream_leaves(list(english.raw_data) if has_text(english) else []):
            yield f"{name}{path}", text, translated.get(path, "")
    elif has_text(english):
        yield name, str(english), str(current or "")


def export_catalogue(language, everything=False):
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {"Language": language, "Content-Type": "text/plain; charset=utf-8", "MIME-Version": "1.0"}
    for model, names in translatable_models():
        for instance in records(model):
            for name in names:
                for suffix, english, current in entries_for(instance, name, language):
                    if current and not everything:
                        continue
                    catalogue.append(
                        polib.POEntry(
                            msgctxt=f"{model._meta.label_lower}:{record_key(instance)}:{suffix}",
                            msgid=english,
                            msgstr=current,
                            comment=f"{model._meta.verbose_name} “{instance}”",
                        )
                    )
    return catalogue


def find_record(label, key):
    """The live record a context names, and its translatable fields."""
    for model, names in translatable_models():
        if model._meta.label_lower == label:
            field_names = {field.name for field in model._meta.get_fields()}
            lookup = next((name for name in ("translation_key", "uuid") if name in field_names), "pk")
            try:
                return records(model).get(**{lookup: key}), names
            except (ObjectDoesNotExist, ValueError, ValidationError):
                return None, names
    return None, ()


def check_text(entry):
    """A problem with this translation, or None."""
    if sorted(PLACEHOLDER.findall(entry.msgid)) != sorted(PLACEHOLDER.findall(entry.msgstr)):
        return "its placeholders (such as %(name)s or {name}) differ from the English"
    english_tags = {tag.lower() for tag in TAG.findall(entry.msgid)}
    new_tags = {tag.lower() for tag in TAG.findall(entry.msgstr)} - english_tags
    if new_tags:
        return "it adds HTML tags the English does not have: " + ", ".join(sorted(new_tags))
    return None


def import_catalogue(language, catalogue):
    """Validate every entry, then write all of them in one transaction.
    Raises ImportProblems, naming each bad entry, and writes nothing."""
    if language == settings.LANGUAGE_CODE or language not in dict(settings.LANGUAGES):
        raise ImportProblems([f"“{language}” is not one of the site's other languages."])
    problems, changes = [], {}
    for number, entry in enumerate(catalogue, start=1):
        where = f"Entry {number} ({entry.msgctxt or 'no context'})"
        if not entry.msgstr or entry.obsolete:
            continue
        try:
            label, key, field_path = (entry.msgctxt or "").split(":", 2)
        except ValueError:
            problems.append(f"{where}: the context does not name a record and field.")
            continue
        instance, names = find_record(label, key)
        name, _, block_path = field_path.partition("/")
        if instance is None:
            problems.append(f"{where}: no {label} with id {key} exists here.")
            continue
        if name not in names:
            problems.append(f"{where}: “{name}” is not a translatable field of {label}.")
            continue
        field = instance._meta.get_field(localized(name, language))
        problem = check_text(entry)
        if problem:
            problems.append(f"{where}: {problem}.")
            continue
        features = rich_text_features(instance, name, field, block_path, entry.msgid)
        # The one rule for rich text from outside the editor: the editor's own.
        text = rich_text.clean(entry.msgstr, features) if features is not None else entry.msgstr
        if getattr(field, "max_length", None) and len(text) > field.max_length:
            problems.append(f"{where}: it is {len(text)} characters long; this field holds {field.max_length}.")
            continue
        record = changes.setdefault((label, key), {"instance": instance, "fields": {}, "streams": {}})
        if isinstance(field, StreamField):
            english = copy.deepcopy(list(getattr(instance, localized(name, settings.LANGUAGE_CODE)).raw_data))
            if not set_leaf(english, "/" + block_path, text):
                problems.append(f"{where}: the English text has no such block any more; export again.")
                continue
            record["streams"].setdefault(name, []).append(("/" + block_path, text))
        else:
            record["fields"][name] = text
    if problems:
        raise ImportProblems(problems)
    with transaction.atomic():
        for record in changes.values():
            save_translation(record, language)
    return len(changes)


def save_translation(record, language):
    instance = record["instance"]
    for name, text in record["fields"].items():
        setattr(instance, localized(name, language), text)
    for name, leaves in record["streams"].items():
        # Start from the English structure, keep what is already translated,
        # then add the new translations.
        raw = copy.deepcopy(list(getattr(instance, localized(name, settings.LANGUAGE_CODE)).raw_data))
        current = getattr(instance, localized(name, language))
        existing = list(stream_leaves(list(current.raw_data))) if has_text(current) else []
        for path, text in existing + leaves:
            set_leaf(raw, path, text)
        setattr(instance, localized(name, language), raw)
    if hasattr(instance, "save_revision"):
        revision = instance.save_revision(log_action=True)
        if getattr(instance, "live", True):
            revision.publish()
    else:
        instance.save()
