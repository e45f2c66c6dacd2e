"""The one rule for rich text: what Wagtail's editor itself would let a block
hold. Text typed in the editor already obeys it; text that arrives any other
way (a translator's PO file, a demo loader, a row written straight into the
database) goes through `clean` with the features of the block it is for.

`clean` is Wagtail's own whitelister for the editor (`DbWhitelister`, built
from the feature set by `EditorHTMLConverter`), taught one thing more: it
reads the stored form of links and embeds (`<a linktype="page" id="3">`) as
well as the editor's (`<a data-linktype="page" data-id="3">`). Everything the
features do not allow is dropped: unknown elements are unwrapped to their
text (code, such as a script, is dropped whole), unknown attributes (`on*`,
`style`) and unsafe URLs (`javascript:`) are removed, and links of a type
the block does not offer are unwrapped.
"""

import re
from functools import lru_cache

from django.utils.safestring import mark_safe
from wagtail.admin.rich_text.converters.editor_html import DbWhitelister, EditorHTMLConverter
from wagtail.rich_text import RichText
from wagtail.rich_text import features as feature_registry

from .direction import link_phone_numbers

# The attribute that marks a stored entity, by element.
ENTITY_TYPE_ATTRIBUTE = {"a": "linktype", "embed": "embedtype"}
# Wagtail looks entities up by primary key: an id that is not a number makes
# that look-up raise, which would be a 500 on the public page.
ENTITY_ID = re.compile(r"[0-9]{1,18}\Z")
# Elements whose contents are code or another document, never words for the
# reader: dropped whole, where other unknown elements keep their text.
DROPPED_WITH_CONTENTS = {"script", "style", "template", "iframe", "object", "noscript", "svg", "math", "textarea"}


class StoredHTMLWhitelister(DbWhitelister):
    def clean_tag_node(self, doc, tag):
        if tag.name in DROPPED_WITH_CONTENTS:
            tag.decompose()
            return
        type_attribute = ENTITY_TYPE_ATTRIBUTE.get(tag.name)
        if type_attribute and type_attribute in tag.attrs:
            # The stored form, renamed to the editor's, so that the editor's
            # own rule for this link or embed type decides what survives.
            tag.attrs = {f"data-{name}": value for name, value in tag.attrs.items()}
        is_entity = "data-linktype" in tag.attrs or "data-embedtype" in tag.attrs
        if is_entity and "data-id" in tag.attrs and not ENTITY_ID.match(tag["data-id"]):
            drop_entity(tag)
            return
        try:
            super().clean_tag_node(doc, tag)
        except KeyError:
            # The type's handler wanted an attribute the element lacks.
            drop_entity(tag)


def drop_entity(tag):
    """A link keeps its words; an embed has none to keep."""
    if tag.name == "a":
        tag.attrs = {}
        tag.unwrap()
    else:
        tag.decompose()


def feature_set(features):
    """A block's features as a hashable key; None means Wagtail's defaults."""
    return tuple(features if features is not None else feature_registry.get_default_features())


@lru_cache(maxsize=32)
def whitelister(features):
    return StoredHTMLWhitelister(EditorHTMLConverter(features=features).converter_rules)


@lru_cache(maxsize=4096)
def _clean(html, features):
    return whitelister(features).clean(html)


def clean(html, features=None):
    """`html` reduced to what the editor allows for `features` (a block's
    feature list; None for Wagtail's defaults), in stored form."""
    return _clean(html or "", feature_set(features))


class SanitisedRichText(RichText):
    """A rich text value that renders only what its block's features allow.

    Defending at render time, not only on import, makes rich text already in
    a database safe too, whoever wrote it. The stored source is left as it is
    (the editor keeps its block keys for comments). The cost is one parse
    per distinct text and feature set per process: results are kept in
    `_clean`'s cache, so a page served again pays a dictionary look-up per
    block (README, "Security figures", has the measurement)."""

    def __init__(self, source, features=None):
        super().__init__(source)
        self.features = features

    def __html__(self):
        # Phone numbers become tap-to-call links after cleaning, so that the
        # links are the site's own and not the editor's to allow or refuse.
        return mark_safe(link_phone_numbers(RichText(clean(self.source, self.features)).__html__()))
