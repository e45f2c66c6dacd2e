"""StreamField blocks shared across page types. Each renders with its own
template in templates/blocks/ and shows a preview in the block picker."""

from django.core.validators import RegexValidator
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.rich_text import RichText

from translations.rich_text import SanitisedRichText

phone_number_validator = RegexValidator(
    r"^\+?[0-9][0-9 ]{1,18}[0-9]$",
    _("Enter a phone number using digits and spaces only, e.g. 0808 2000 247 or 999."),
)


class HeadingBlock(blocks.CharBlock):
    class Meta:
        template = "blocks/heading.html"
        icon = "title"
        label = _("Heading")
        preview_value = "What happens when you call"
        description = _("A section heading (shown as a level 2 heading).")


class RichTextBlock(blocks.RichTextBlock):
    """Every rich text block on the site. Its values render only what its
    features allow (translations.rich_text), however the text reached the
    database."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "document-link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    def to_python(self, value):
        return SanitisedRichText(value, self.features)

    def normalize(self, value):
        source = value.source if isinstance(value, RichText) else value and force_str(value)
        return SanitisedRichText(source, self.features)

    def value_from_form(self, value):
        return SanitisedRichText(value, self.features)

    class Meta:
        template = "blocks/rich_text.html"
        icon = "pilcrow"
        label = _("Text")
        preview_value = "<p>You are not alone. Help is free and confidential.</p>"
        description = _("Paragraphs, lists and links.")


class HelpRouteBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=120, help_text=_("Who or what this number reaches."))
    number = blocks.CharBlock(max_length=20, validators=[phone_number_validator])
    note = blocks.CharBlock(required=False, max_length=300, help_text=_("When to use it, in one sentence."))

    class Meta:
        icon = "mobile-alt"
        label = _("Phone route")


class GetHelpBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default=_("Get help now"), max_length=80)
    intro = blocks.TextBlock(required=False, max_length=400)
    routes = blocks.ListBlock(HelpRouteBlock(), min_num=1)

    class Meta:
        template = "blocks/get_help.html"
        icon = "warning"
        label = _("Get help now")
        description = _("Emergency and helpline numbers, shown prominently with tap-to-call links.")
        preview_value = {
            "heading": "Get help now",
            "intro": "If you are in danger now, call 999.",
            "routes": [
                {"label": "Police, in an emergency", "number": "999", "note": ""},
            ],
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = RichTextBlock()
    get_help = GetHelpBlock()
